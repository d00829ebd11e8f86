import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

/**
 * Fills an audit schema with N records for bench/audit-search.sh: copies of one real assessment
 * record (the template, the newest row of the schema) with their own id, time, principal, endpoint
 * and pathway, hash-chained as one writer (so verify and the explanation's chain check do real
 * work). Times spread over the year before the template; a fixed seed makes runs comparable.
 *
 *   java -cp postgresql.jar bench/AuditSearchFill.java <jdbc url> <records>
 */
public class AuditSearchFill {
    // share of each pathway code among assessments; LOCAL_SALVAGE_EVALUATION is deliberately absent
    static final String[] PATHWAYS = { "SALVAGE_RADIOTHERAPY", "IMAGING_WORKUP", "REPEAT_PSA", "SURVEILLANCE",
        "MULTIDISCIPLINARY_REVIEW", "SYSTEMIC_THERAPY_REFERRAL" };
    static final double[] SHARE = { 0.45, 0.25, 0.15, 0.10, 0.049, 0.001 };
    static final String[] ENDPOINTS = { "POST /api/assessments", "POST /api/decisions/recurrence", "POST /api/dose-checks" };
    static final double[] ENDPOINT_SHARE = { 0.80, 0.15, 0.05 };

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int n = Integer.parseInt(args[1]);
        Random random = new Random(42);
        try (Connection c = DriverManager.getConnection(url, "postgres", "unused")) {
            String template;
            String templateId;
            String templatePrincipal;
            Instant newest;
            String modelNames;
            long duration;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT record_json, id, principal, recorded_at,"
                    + " model_names, duration_micros FROM audit_record ORDER BY recorded_at DESC LIMIT 1")) {
                if (!rs.next()) {
                    throw new IllegalStateException("no template record in the schema");
                }
                template = rs.getString(1);
                templateId = rs.getString(2);
                templatePrincipal = rs.getString(3);
                newest = rs.getObject(4, OffsetDateTime.class).toInstant();
                modelNames = rs.getString(5);
                duration = rs.getLong(6);
            }
            String templateTime = newest.truncatedTo(ChronoUnit.MICROS).toString();
            String templatePathway = between(template, "\"pathway\":\"", "\"");
            // everything after the chain prefix {"sequence":N,"writerId":"…",
            String body = template.substring(template.indexOf(",\"", template.indexOf("\"writerId\":\"") + 12) + 1);
            c.setAutoCommit(false);
            c.createStatement().execute("SET synchronous_commit = off");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String previous = "0".repeat(64);
            Instant start = newest.minus(365, ChronoUnit.DAYS);
            long step = ChronoUnit.MICROS.between(start, newest) / n;
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_record (id, writer_id, seq, recorded_at,"
                    + " principal, endpoint, as_of, model_names, duration_micros, record_json, prev_hash, hash, pathway)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 1; i <= n; i++) {
                    String id = new UUID(random.nextLong(), random.nextLong()).toString();
                    Instant at = start.plus(step * i, ChronoUnit.MICROS);
                    String principal = "user-" + random.nextInt(50);
                    String endpoint = pick(ENDPOINTS, ENDPOINT_SHARE, random);
                    String pathway = pick(PATHWAYS, SHARE, random);
                    String text = "{\"sequence\":" + i + ",\"writerId\":\"bench-fill\"," + body
                            .replace(templateId, id).replace(templateTime, at.toString())
                            .replace("\"principal\":\"" + templatePrincipal + "\"", "\"principal\":\"" + principal + "\"")
                            .replace("\"endpoint\":\"POST /api/assessments\"", "\"endpoint\":\"" + endpoint + "\"")
                            .replace("\"pathway\":\"" + templatePathway + "\"", "\"pathway\":\"" + pathway + "\"");
                    sha.update(previous.getBytes(StandardCharsets.US_ASCII));
                    String hash = HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
                    ins.setString(1, id);
                    ins.setString(2, "bench-fill");
                    ins.setLong(3, i);
                    ins.setObject(4, at.atOffset(ZoneOffset.UTC));
                    ins.setString(5, principal);
                    ins.setString(6, endpoint);
                    ins.setObject(7, java.time.LocalDate.parse("2025-06-01"));
                    ins.setString(8, modelNames);
                    ins.setLong(9, duration);
                    ins.setString(10, text);
                    ins.setString(11, previous);
                    ins.setString(12, hash);
                    ins.setString(13, pathway);
                    ins.addBatch();
                    previous = hash;
                    if (i % 500 == 0 || i == n) {
                        ins.executeBatch();
                        c.commit();
                    }
                    if (i % 20000 == 0) {
                        System.out.println("filled " + i);
                    }
                }
            }
            c.commit();
            // Steady state of an insert-only table: autovacuum (PostgreSQL 13+) sets the visibility map
            // that index-only scans rely on; a fresh bulk load is vacuumed here instead of waiting for it.
            c.setAutoCommit(true);
            c.createStatement().execute("VACUUM (ANALYZE) audit_record");
        }
    }

    static String pick(String[] values, double[] shares, Random random) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= shares[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    static String between(String text, String before, String after) {
        int from = text.indexOf(before) + before.length();
        return text.substring(from, text.indexOf(after, from));
    }
}
