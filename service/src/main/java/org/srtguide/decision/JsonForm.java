package org.srtguide.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Engine results in JSON form (what the audit records and a replay compares): exactly what
 * {@code mapper.convertValue(value, Object.class)} gives, without its round trip through a token
 * buffer for the whole result tree (bench/RESULTS.md, issue #16). Contexts, lists, strings, booleans,
 * decimals and nulls — nearly all of a FEEL result — are already in JSON form and are copied as they
 * are; any other value (dates, durations, other number types, maps with keys that are not strings)
 * goes through the mapper, one value at a time.
 */
final class JsonForm {
    private final ObjectMapper mapper;

    JsonForm(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, entry) -> out.put((String) key, of(entry)));
            return out;
        }
        if (value instanceof Collection<?> items) {
            List<Object> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(of(item)));
            return out;
        }
        return mapper.convertValue(value, Object.class);
    }
}
