package org.srtguide.models;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hand-made evaluation: the inputs, the expected output values (null allowed) and the rule ids
 * that must be among the selected rules. Its name is the display name of a parameterized test.
 */
record ModelCase(String name, Map<String, Object> inputs, Map<String, Object> expected, List<String> ruleIds) {

    @Override
    public String toString() {
        return name;
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** A copy of base with key/value pairs replaced. */
    static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.putAll(pairs(keyValues));
        return copy;
    }

    static Map<String, Object> pairs(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key/value pairs expected");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
