package org.srtguide.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replaces the values of configured field names (srt.audit.redact) anywhere in a record tree before
 * it is stored and hashed. What was removed is listed in the record, so a reader, and replay, know.
 */
final class Redactor {
    static final String MASK = "[REDACTED]";
    /** Fields that hold the evaluation itself; redacting inside them makes the record non-replayable. */
    static final String INVOCATIONS = "invocations";
    private static final List<String> PAYLOAD = List.of("input", "output", INVOCATIONS);

    private final Set<String> fields;

    Redactor(Iterable<String> fields) {
        Set<String> names = new TreeSet<>();
        fields.forEach(f -> {
            if (f != null && !f.isBlank()) {
                names.add(f.trim());
            }
        });
        this.fields = Set.copyOf(names);
    }

    boolean isActive() {
        return !fields.isEmpty();
    }

    /**
     * Redacts the payload sections (input, output, invocations) in place; the envelope (id, principal,
     * models, chain) is never touched. Returns the JSON paths whose values were replaced.
     */
    List<String> redact(Map<String, Object> tree) {
        List<String> paths = new ArrayList<>();
        if (isActive()) {
            for (String section : PAYLOAD) {
                Object node = tree.get(section);
                if (node instanceof Map<?, ?> || node instanceof List<?>) {
                    walk(node, section, paths);
                }
            }
        }
        return paths;
    }

    @SuppressWarnings("unchecked")
    private void walk(Object node, String path, List<String> paths) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                String child = path + "." + e.getKey();
                if (fields.contains(e.getKey())) {
                    if (e.getValue() != null) {
                        e.setValue(MASK);
                        paths.add(child);
                    }
                } else {
                    walk(e.getValue(), child, paths);
                }
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", paths);
            }
        }
    }

    /** True when a redaction touched what a replay would feed to, or compare with, the models. */
    static boolean blocksReplay(List<String> redactedPaths) {
        return redactedPaths.stream().anyMatch(p -> p.startsWith(INVOCATIONS + "[") || p.equals(INVOCATIONS));
    }
}
