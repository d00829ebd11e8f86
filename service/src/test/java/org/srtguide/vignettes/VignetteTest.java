package org.srtguide.vignettes;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.srtguide.TestUsers;
import org.srtguide.committee.JsonFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs every committee vignette in test-cases/ through POST /api/assessments and reports every
 * mismatched field of a case at once, compared as the committee workbench compares them (JsonFields).
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
            JsonNode actual = JsonFields.at(response, field.getKey());
            if (!JsonFields.same(field.getValue(), actual)) {
                mismatches.add(field.getKey() + ": expected " + field.getValue() + " but found " + actual);
            }
        }
        if (!mismatches.isEmpty()) {
            throw new AssertionFailedError(vignette.id() + " (" + vignette.source() + ")\n  " + String.join("\n  ", mismatches));
        }
    }
}
