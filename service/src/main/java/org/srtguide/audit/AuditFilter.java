package org.srtguide.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.srtguide.api.InvalidInputException;

/**
 * Which records a listing or export covers. {@code from} is inclusive and {@code to} exclusive; a
 * bare date means the start of that day (UTC) for {@code from} and the end of it for {@code to}.
 * {@code pathway} is the recommended pathway code of an assessment's answer (SALVAGE_RADIOTHERAPY, …).
 */
record AuditFilter(Instant from, Instant to, String model, String principal, String endpoint, String pathway) {

    static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
    /** Pathway codes are upper-case enumeration constants; anything else could not match and is refused. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    static AuditFilter of(String from, String to, String model, String principal, String endpoint) {
        return new AuditFilter(instant("from", from, false), instant("to", to, true), blankToNull(model),
                blankToNull(principal), blankToNull(endpoint), null);
    }

    AuditFilter withPathway(String code) {
        String value = blankToNull(code);
        if (value != null && !CODE.matcher(value).matches()) {
            throw new InvalidInputException("pathway", "a pathway code such as SALVAGE_RADIOTHERAPY");
        }
        return new AuditFilter(from, to, model, principal, endpoint, value);
    }

    /** The SQL condition (starting with " WHERE 1=1") and its parameters, in order. */
    String where(List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE 1=1");
        if (from != null) {
            sql.append(" AND recorded_at >= ?");
            params.add(from.atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" AND recorded_at < ?");
            params.add(to.atOffset(ZoneOffset.UTC));
        }
        if (model != null) {
            sql.append(" AND model_names LIKE ? ESCAPE '!'");
            params.add("%," + model.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ",%");
        }
        if (principal != null) {
            sql.append(" AND principal = ?");
            params.add(principal);
        }
        if (endpoint != null) {
            sql.append(" AND endpoint = ?");
            params.add(endpoint);
        }
        if (pathway != null) {
            // a column copied from the hashed text (RecordJson.pathway), indexed: a range, not a scan
            sql.append(" AND pathway = ?");
            params.add(pathway);
        }
        return sql.toString();
    }

    private static Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "an ISO-8601 date (2025-01-31) or instant (2025-01-31T12:00:00Z)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static List<Object> params() {
        return new ArrayList<>();
    }
}
