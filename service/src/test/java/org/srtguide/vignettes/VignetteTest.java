package org.srtguide.vignettes;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.srtguide.TestUsers;
import org.srtguide.committee.TestRunReport.Mismatch;
import org.srtguide.committee.VignetteLibrary.Vignette;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Runs every committee vignette in test-cases/ through POST /api/assessments: the answer must be
 * HTTP 200, and every mismatched field of a case is reported at once, compared by the same
 * VignetteLibrary the committee workbench's TestRunner uses.
 */
@QuarkusTest
class VignetteTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> shouldDecideEveryVignetteAsTheCommitteeExpects() {
        return Vignettes.LIBRARY.all().stream().map(v -> DynamicTest.dynamicTest(v.id() + ": " + v.description(), v.location(),
                () -> run(v)));
    }

    private static void run(Vignette vignette) throws Exception {
        Response response = given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD)
                .contentType("application/json").body(vignette.request().toString())
                .when().post("/api/assessments");
        String body = response.asString();
        if (response.statusCode() != 200) {
            throw new AssertionFailedError(vignette.id() + " was not evaluated (HTTP " + response.statusCode() + "): " + body);
        }
        List<Mismatch> mismatches = vignette.mismatches(MAPPER.readTree(body));
        if (!mismatches.isEmpty()) {
            throw new AssertionFailedError(vignette.id() + " (" + vignette.source() + ")\n  " + String.join("\n  ", mismatches.stream()
                    .map(m -> m.field() + ": expected " + m.expected() + " but found " + m.actual()).toList()));
        }
    }
}
