-- PostgreSQL only. A page of the audit listing first finds its rows' keys (AuditQueries.page): with
-- the filter columns included in the time index, that is an index-only scan that never reads the
-- ~7 KB row of a record it skips. A model filter that few records match went from 1.1 s to 0.14 s on
-- 200,000 records (bench/RESULTS.md, Audit explorer search). Replaces audit_record_time (same keys).
CREATE INDEX audit_record_time_cover ON audit_record (recorded_at, id) INCLUDE (model_names, principal, endpoint, pathway);
DROP INDEX audit_record_time;
