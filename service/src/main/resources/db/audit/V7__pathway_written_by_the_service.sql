-- The pathway column (V2) becomes a plain column that the service fills when it writes a record
-- (org.srtguide.audit.RecordJson.pathway: the same rule as the generated expression) and verify
-- checks against the hashed text, like the other filter columns. Generating it ran a regular
-- expression over the ~16 KB record text inside the database for every insert: about 35 µs of
-- PostgreSQL CPU per record, 40 % of the insert's cost (bench/RESULTS.md, session 14). Existing values
-- are kept; neither database rewrites the table. One SQL form for H2 and PostgreSQL (13+).
ALTER TABLE audit_record ALTER COLUMN pathway DROP EXPRESSION;
