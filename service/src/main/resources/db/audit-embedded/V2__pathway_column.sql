-- H2 only; the PostgreSQL form is db/audit-postgresql/V2__pathway_column.sql (why: there).
ALTER TABLE audit_record ADD COLUMN pathway VARCHAR(64)
    GENERATED ALWAYS AS (REGEXP_SUBSTR(record_json, '"pathway":"([A-Z0-9_]+)"', 1, 1, NULL, 1));
CREATE INDEX audit_record_pathway ON audit_record (pathway, recorded_at, id);
