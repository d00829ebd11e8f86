package org.srtguide.vignettes;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.srtguide.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs every committee vignette in test-cases/ through POST /api/assessments and reports every
 * mismatched field of a case at once. Arrays compare as sets; numbers by value.
 */
@QuarkusTest
class VignetteTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> shouldDecideEveryVignetteAsTheCommitteeExpects() {
        return Vignette.all().stream().map(v -> DynamicTest.dynamicTest(v.id() + ": " + v.description(), v.file().toUri(),
                () -> run(v)));
    }

    private static void run(Vignette vignette) throws Exception {
        String body = given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD)
                .contentType("application/json").body(vignette.request().toString())
                .when().post("/api/assessments")
                .then().extract().asString();
        JsonNode response = MAPPER.readTree(body);
        if (response.path("status").isInt() && response.path("status").asInt() >= 400) {
            throw new AssertionFailedError(vignette.id() + " was not evaluated: " + body);
        }
        List<String> mismatches = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = vignette.expected().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode actual = at(response, field.getKey());
            if (!same(field.getValue(), actual)) {
                mismatches.add(field.getKey() + ": expected " + field.getValue() + " but found " + actual);
            }
        }
        if (!mismatches.isEmpty()) {
            throw new AssertionFailedError(vignette.id() + " (" + vignette.source() + ")\n  " + String.join("\n  ", mismatches));
        }
    }

    /** Dotted path with optional indexes: {@code toxicityManagement[0].actions}. */
    static JsonNode at(JsonNode root, String path) {
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

    static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isNull()) {
            return actual.isNull() || actual.isMissingNode();
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            Set<String> want = new HashSet<>();
            expected.forEach(e -> want.add(e.toString()));
            Set<String> got = new HashSet<>();
            actual.forEach(a -> got.add(a.toString()));
            return want.equals(got);
        }
        return expected.equals(actual);
    }
}
