package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Configured redaction: named fields never reach the store; a record whose model inputs were redacted says so on replay. */
@QuarkusTest
@TestProfile(AuditRedactionTest.Redacting.class)
class AuditRedactionTest {

    public static class Redacting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("srt.audit.redact", "caseId,gradeGroup");
        }
    }

    @Test
    void shouldStoreTheRecordWithTheNamedFieldsMaskedAndListed() {
        String id = AuditResourceTest.assess();

        JsonPath r = AuditResourceTest.record(id);

        assertThat(r.getString("input.caseId")).isEqualTo(Redactor.MASK);
        assertThat(r.getString("input.gradeGroup")).isEqualTo(Redactor.MASK);
        assertThat(r.getString("output.caseId")).isEqualTo(Redactor.MASK);
        assertThat(r.getList("redactions", String.class)).contains("input.caseId", "output.caseId")
                .anyMatch(p -> p.startsWith("invocations[0].context.") && p.endsWith("gradeGroup"));
        String raw = AuditResourceTest.as(TestUsers.AUDITOR).when().get("/api/audit/" + id).then().extract().asString();
        assertThat(raw).doesNotContain("audit-test-1");
        AuditResourceTest.as(TestUsers.AUDITOR).when().get("/api/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void shouldRefuseToReplayARecordWhoseModelInputsWereRedacted() {
        String id = AuditResourceTest.assess();

        AuditResourceTest.as(TestUsers.AUDITOR).when().post("/api/audit/" + id + "/replay")
                .then().statusCode(409).contentType(containsString("application/problem+json"))
                .body("detail", containsString("cannot be replayed")).body("detail", containsString("gradeGroup"));
    }
}
