-- Governed publishing (docs/committee.md, Publishing). Append-only like the audit trail: the service
-- only INSERTs and SELECTs. One SQL form for H2 and PostgreSQL. Model XML lives in model_archive,
-- keyed by SHA-256; these tables name versions by their SHA-256s.

-- A proposal's revisions: title, rationale, models and the evidence frozen at submission (JSON).
CREATE TABLE proposal_revision (
    proposal_id   VARCHAR(36)   NOT NULL,
    revision      INTEGER       NOT NULL,
    author        VARCHAR(200)  NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revision_json TEXT          NOT NULL,
    CONSTRAINT proposal_revision_pk PRIMARY KEY (proposal_id, revision)
);

-- One review per reviewer and revision; a new revision voids the reviews of earlier ones.
CREATE TABLE proposal_review (
    proposal_id  VARCHAR(36)   NOT NULL,
    revision     INTEGER       NOT NULL,
    reviewer     VARCHAR(200)  NOT NULL,
    decision     VARCHAR(20)   NOT NULL,
    review_json  TEXT          NOT NULL,
    reviewed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT proposal_review_pk PRIMARY KEY (proposal_id, revision, reviewer)
);

-- Published model sets. version is unique across replicas (a concurrent publish loses on the key);
-- baseline is the SHA-256 of the repository models the version was proposed against: a replica
-- built from another baseline does not apply it.
CREATE TABLE model_version (
    version            INTEGER       NOT NULL PRIMARY KEY,
    proposal_id        VARCHAR(36)   NOT NULL,
    proposal_revision  INTEGER       NOT NULL,
    baseline           CHAR(64)      NOT NULL,
    published_by       VARCHAR(200)  NOT NULL,
    published_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_from     TIMESTAMP WITH TIME ZONE NOT NULL,
    version_json       TEXT          NOT NULL
);
CREATE INDEX model_version_effective ON model_version (effective_from, version);
