-- PostgreSQL only (H2 has no per-column compression): records are ~20 KB of JSON, and lz4 TOAST
-- compression costs about a third of the CPU of the default pglz for the same size on disk
-- (bench/RESULTS.md, audit trail). Needs PostgreSQL 14+ built with lz4 (Debian/Ubuntu/RHEL are).
ALTER TABLE audit_record ALTER COLUMN record_json SET COMPRESSION lz4;
