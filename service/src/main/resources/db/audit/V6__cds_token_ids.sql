-- CDS client token ids (jti) seen until their expiry, shared by all replicas: a captured token is
-- refused on every replica after its first use (CDS Hooks 2.0 requires a unique jti; docs/fhir.md).
-- The first use is the INSERT that succeeds; a replay hits the primary key. The jti is stored as its
-- SHA-256 (hex) so that its length is bounded. Unlike the audit trail, expired rows are DELETEd
-- (org.srtguide.cds.security.TokenIdStore). One SQL form for H2 and PostgreSQL.
CREATE TABLE cds_token_id (
    issuer      VARCHAR(500)  NOT NULL,
    jti_sha256  CHAR(64)      NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cds_token_id_pk PRIMARY KEY (issuer, jti_sha256)
);
CREATE INDEX cds_token_id_expires ON cds_token_id (expires_at);
