package org.srtguide.committee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Field paths in assessment responses: the committee's expectation format and field-by-field comparison. */
public final class JsonFields {
    private JsonFields() {
    }

    /** Dotted path with optional indexes, as in the vignettes: {@code toxicityManagement[0].actions}. */
    public static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            node = node.path(name);
            int open = part.indexOf('[');
            while (open >= 0) {
                int close = part.indexOf(']', open);
                node = node.path(Integer.parseInt(part.substring(open + 1, close)));
                open = part.indexOf('[', close);
            }
        }
        return node;
    }

    /** Numbers compare by value at any depth (60 = 60.0), everything else as JSON. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : a.equals(b) ? 0 : 1;

    /** The vignette rule: null matches absent, numbers by value, arrays as sets (same size, every element found). */
    public static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isNull()) {
            return actual.isNull() || actual.isMissingNode();
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            List<JsonNode> unmatched = new ArrayList<>();
            actual.forEach(unmatched::add);
            for (JsonNode want : expected) {
                int found = -1;
                for (int i = 0; i < unmatched.size() && found < 0; i++) {
                    if (want.equals(BY_VALUE, unmatched.get(i))) {
                        found = i;
                    }
                }
                if (found < 0) {
                    return false;
                }
                unmatched.remove(found);
            }
            return true;
        }
        return expected.equals(BY_VALUE, actual);
    }

    /** Every leaf of a JSON tree by path (arrays of scalars are one leaf), skipping the given top-level fields. */
    static Map<String, JsonNode> leaves(JsonNode root, Set<String> skip) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (root != null && root.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!skip.contains(field.getKey())) {
                    collect(field.getKey(), field.getValue(), out);
                }
            }
        }
        return out;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray() && hasContainers(node)) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), out);
            }
            if (node.isEmpty()) {
                out.put(path, node);
            }
        } else {
            out.put(path, node);
        }
    }

    private static boolean hasContainers(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isContainerNode()) {
                return true;
            }
        }
        return false;
    }

    static JsonNode orMissing(Map<String, JsonNode> leaves, String path) {
        JsonNode node = leaves.get(path);
        return node == null ? MissingNode.getInstance() : node;
    }
}
