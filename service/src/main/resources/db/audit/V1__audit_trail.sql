-- Append-only audit trail (docs/audit.md). The service only ever INSERTs and SELECTs; production
-- grants enforce it. One hash chain per writer (service instance):
--   hash = SHA-256(prev_hash || record_json), record_json being the canonical record text.
-- The columns beside record_json are copies for filtering; verify checks they match the record.
CREATE TABLE audit_record (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    writer_id       VARCHAR(64)   NOT NULL,
    seq             BIGINT        NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    principal       VARCHAR(200),
    endpoint        VARCHAR(200)  NOT NULL,
    as_of           DATE,
    model_names     VARCHAR(2000) NOT NULL,
    duration_micros BIGINT        NOT NULL,
    record_json     TEXT          NOT NULL,
    prev_hash       CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL,
    CONSTRAINT audit_record_chain UNIQUE (writer_id, seq)
);
CREATE INDEX audit_record_time ON audit_record (recorded_at, id);
CREATE INDEX audit_record_principal ON audit_record (principal, recorded_at);
CREATE INDEX audit_record_endpoint ON audit_record (endpoint, recorded_at);

-- Every model version ever deployed, so any record can be replayed against the exact XML it used.
CREATE TABLE model_archive (
    sha256      CHAR(64)      NOT NULL PRIMARY KEY,
    namespace   VARCHAR(400)  NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    xml         TEXT          NOT NULL,
    archived_at TIMESTAMP WITH TIME ZONE NOT NULL
);
