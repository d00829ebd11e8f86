package org.srtguide.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares what a record says the models returned with what they return on replay, as JSON trees.
 * Numbers compare by value (2 equals 2.0): the record holds them as JSON, the replay as FEEL numbers.
 */
final class ReplayComparison {
    private ReplayComparison() {
    }

    record Difference(String path, Object recorded, Object replayed) {
    }

    static List<Difference> compare(String path, Object recorded, Object replayed) {
        List<Difference> out = new ArrayList<>();
        walk(path, recorded, replayed, out);
        return out;
    }

    private static void walk(String path, Object recorded, Object replayed, List<Difference> out) {
        if (recorded instanceof Map<?, ?> a && replayed instanceof Map<?, ?> b) {
            TreeSet<String> keys = new TreeSet<>();
            a.keySet().forEach(k -> keys.add(String.valueOf(k)));
            b.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String key : keys) {
                walk(path + "." + key, a.get(key), b.get(key), out);
            }
        } else if (recorded instanceof List<?> a && replayed instanceof List<?> b) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                walk(path + "[" + i + "]", i < a.size() ? a.get(i) : null, i < b.size() ? b.get(i) : null, out);
            }
        } else if (recorded instanceof Number a && replayed instanceof Number b) {
            if (new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) != 0) {
                out.add(new Difference(path, recorded, replayed));
            }
        } else if (!Objects.equals(recorded, replayed)) {
            out.add(new Difference(path, recorded, replayed));
        }
    }
}
