package org.srtguide.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.srtguide.api.UnavailableException;

/**
 * Walks every writer's chain in sequence order and recomputes it from the stored record text:
 * sequence without gaps from 1, each previous hash equal to the hash before it, each hash equal to
 * SHA-256(previous hash ‖ record), and the filter columns equal to what the hashed record says.
 */
final class ChainVerifier {
    private final DataSource dataSource;

    ChainVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    record ChainReport(String writerId, long records, boolean valid, Long firstBrokenSequence, String reason,
            Long lastSequence, String lastHash) {
    }

    record Report(boolean valid, long records, List<ChainReport> chains) {
    }

    Report verify() {
        List<ChainReport> chains = new ArrayList<>();
        walk("SELECT " + StoredRecord.COLUMNS + " FROM audit_record ORDER BY writer_id, seq", List.of(), chains);
        return new Report(chains.stream().allMatch(ChainReport::valid),
                chains.stream().mapToLong(ChainReport::records).sum(), chains);
    }

    /** One writer's chain from its first record up to and including {@code sequence}. */
    ChainReport verifyUpTo(String writerId, long sequence) {
        List<ChainReport> chains = new ArrayList<>();
        walk("SELECT " + StoredRecord.COLUMNS + " FROM audit_record WHERE writer_id = ? AND seq <= ? ORDER BY seq",
                List.of(writerId, sequence), chains);
        return chains.isEmpty() ? new ChainReport(writerId, 0, false, 1L, "sequence 1 is missing", null, null)
                : chains.get(0);
    }

    private void walk(String sql, List<Object> params, List<ChainReport> chains) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement q = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    q.setObject(i + 1, params.get(i));
                }
                q.setFetchSize(500);
                try (ResultSet rs = q.executeQuery()) {
                    Walk walk = null;
                    while (rs.next()) {
                        StoredRecord row = StoredRecord.read(rs);
                        if (walk == null || !walk.writerId.equals(row.writerId())) {
                            if (walk != null) {
                                chains.add(walk.report());
                            }
                            walk = new Walk(row.writerId());
                        }
                        walk.next(row);
                    }
                    if (walk != null) {
                        chains.add(walk.report());
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new UnavailableException("The audit store is unavailable.", e);
        }
    }

    /** The state of one chain's walk; stops checking at the first break but keeps counting. */
    private static final class Walk {
        private final String writerId;
        private long records;
        private long expectedSequence = 1;
        private String expectedPrevious = RecordJson.GENESIS;
        private Long broken;
        private String reason;

        Walk(String writerId) {
            this.writerId = writerId;
        }

        void next(StoredRecord row) {
            records++;
            if (broken != null) {
                return;
            }
            String problem = check(row);
            if (problem != null) {
                broken = Math.min(expectedSequence, row.sequence());
                reason = problem;
                return;
            }
            expectedSequence = row.sequence() + 1;
            expectedPrevious = row.hash();
        }

        private String check(StoredRecord row) {
            if (row.sequence() != expectedSequence) {
                return "sequence " + expectedSequence + " is missing";
            }
            if (!row.previousHash().equals(expectedPrevious)) {
                return "previous hash does not match the hash of sequence " + (expectedSequence - 1);
            }
            if (!row.hash().equals(RecordJson.chainHash(expectedPrevious, row.recordJson()))) {
                return "hash does not match the stored record (record altered)";
            }
            String column = mismatchedColumn(row);
            return column == null ? null : "indexed column " + column + " differs from the hashed record";
        }

        /** The first filter column that disagrees with the hashed record, or null. */
        private static String mismatchedColumn(StoredRecord row) {
            Map<String, Object> r;
            try {
                r = RecordJson.read(row.recordJson());
            } catch (IllegalStateException e) {
                return "record_json";
            }
            Map<String, Boolean> checks = new LinkedHashMap<>();
            checks.put("id", row.id().equals(r.get("id")));
            checks.put("writer_id", row.writerId().equals(r.get("writerId")));
            checks.put("seq", r.get("sequence") instanceof Number n && n.longValue() == row.sequence());
            checks.put("recorded_at", r.get("timestamp") instanceof String t
                    && Instant.parse(t).equals(row.recordedAt().toInstant()));
            checks.put("principal", Objects.equals(row.principal(), r.get("principal")));
            checks.put("endpoint", Objects.equals(row.endpoint(), r.get("endpoint")));
            checks.put("as_of", Objects.equals(row.asOf(), r.get("asOf")));
            checks.put("model_names", row.modelNames().equals(StoredRecord.modelNames(r.get("models"))));
            checks.put("duration_micros", r.get("durationMicros") instanceof Number d && d.longValue() == row.durationMicros());
            checks.put("pathway", Objects.equals(row.pathway(), RecordJson.pathway(row.recordJson())));
            return checks.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).findFirst().orElse(null);
        }

        ChainReport report() {
            return new ChainReport(writerId, records, broken == null, broken, reason,
                    broken == null ? Long.valueOf(expectedSequence - 1) : null, broken == null ? expectedPrevious : null);
        }
    }
}
