package org.srtguide.capacity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.srtguide.TestRequests;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** An instance whose evaluation slots stay busy sheds the request with 503 before evaluating or recording anything. */
@QuarkusTest
@TestProfile(AtCapacityTest.OneSlot.class)
class AtCapacityTest {

    public static class OneSlot implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("srt.evaluation.concurrency", "1", "srt.evaluation.queue-timeout", "200MS");
        }
    }

    @Inject
    EvaluationGate gate;

    @Test
    void shouldAnswer503WithRetryAfterAndNoAuditRecordWhileEverySlotIsBusy() throws Exception {
        long recordsBefore = auditRecordCount();
        try (HeldSlots held = HeldSlots.hold(gate, gate.concurrency())) {
            given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType(ContentType.JSON)
                    .body(TestRequests.ASSESSMENT).when().post("/api/assessments")
                    .then().statusCode(503).contentType(containsString("application/problem+json"))
                    .header("Retry-After", "1").header("X-Audit-Id", (String) null)
                    .body("type", equalTo("https://srtguide.org/problems/at-capacity"))
                    .body("detail", containsString("No evaluation was made"))
                    .body("recommendation", equalTo(null));

            held.release();
        }
        assertThat(auditRecordCount()).isEqualTo(recordsBefore);

        given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body(TestRequests.ASSESSMENT).when().post("/api/assessments").then().statusCode(200);
        assertThat(auditRecordCount()).isEqualTo(recordsBefore + 1);
    }

    private static long auditRecordCount() {
        return given().auth().preemptive().basic(TestUsers.AUDITOR, TestUsers.PASSWORD).when().get("/api/audit/verify")
                .then().statusCode(200).extract().jsonPath().getLong("records");
    }
}
