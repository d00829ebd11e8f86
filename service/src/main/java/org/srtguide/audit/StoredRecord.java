package org.srtguide.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One row of the audit table: the hashed record text and the chain and filter columns beside it. */
record StoredRecord(String id, String writerId, long sequence, OffsetDateTime recordedAt, String principal,
        String endpoint, String asOf, String modelNames, long durationMicros, String recordJson, String previousHash,
        String hash, String pathway) {

    static final String COLUMNS = "id, writer_id, seq, recorded_at, principal, endpoint, as_of, model_names,"
            + " duration_micros, record_json, prev_hash, hash, pathway";

    static StoredRecord read(ResultSet rs) throws SQLException {
        java.sql.Date asOf = rs.getDate(7);
        return new StoredRecord(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getObject(4, OffsetDateTime.class),
                rs.getString(5), rs.getString(6), asOf == null ? null : asOf.toLocalDate().toString(), rs.getString(8),
                rs.getLong(9), rs.getString(10), rs.getString(11).trim(), rs.getString(12).trim(),
                rs.getString(13));
    }

    /**
     * The record as served: the hashed text verbatim, with the chain fields appended, so a reader can
     * re-check the hash from what it received.
     */
    String json() {
        return recordJson.substring(0, recordJson.length() - 1)
                + ",\"previousHash\":\"" + previousHash + "\",\"hash\":\"" + hash + "\"}";
    }

    /** The filter column for models: {@code ,name1,name2,} so that {@code LIKE '%,name,%'} matches one name. */
    @SuppressWarnings("unchecked")
    static String modelNames(Object models) {
        TreeSet<String> names = new TreeSet<>();
        if (models instanceof List<?> list) {
            for (Object m : list) {
                if (m instanceof ModelRef ref) {
                    names.add(ref.name());
                } else if (m instanceof Map<?, ?> map && map.get("name") != null) {
                    names.add(String.valueOf(((Map<String, Object>) map).get("name")));
                }
            }
        }
        return "," + String.join(",", names) + ",";
    }
}
