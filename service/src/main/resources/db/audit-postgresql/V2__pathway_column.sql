-- The audit explorer searches by outcome, the recommended pathway (docs/audit.md, Audit explorer).
-- A stored generated column copies the first "pathway" code of the hashed text (the answer's
-- recommendation.pathway; per-model calls of the candidacy model return one too), so a search is an
-- index range instead of a scan of every record: 0.0x s instead of seconds on 200,000 records
-- (bench/RESULTS.md, Audit explorer). The service never writes it; verify ignores it. Adding the
-- column rewrites the table once. H2: db/audit-embedded, same column.
ALTER TABLE audit_record ADD COLUMN pathway VARCHAR(64)
    GENERATED ALWAYS AS (substring(record_json from '"pathway":"([A-Z0-9_]+)"')) STORED;
CREATE INDEX audit_record_pathway ON audit_record (pathway, recorded_at, id);
