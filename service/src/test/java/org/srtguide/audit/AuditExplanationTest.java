package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.srtguide.audit.AuditResourceTest.as;
import static org.srtguide.audit.AuditResourceTest.assess;
import static org.srtguide.audit.AuditResourceTest.record;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * GET /api/audit/{id}/explanation for a real assessment, and the pathway filter of the listing:
 * what an auditor reads on the audit explorer page (docs/audit.md, Audit explorer).
 */
@QuarkusTest
class AuditExplanationTest {

    static JsonPath explanation(String id) {
        return as(TestUsers.AUDITOR).when().get("/api/audit/" + id + "/explanation")
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldShowTheSelectedRuleOfRecurrenceStatusWithItsSourceAndCells() {
        String id = assess();

        JsonPath x = explanation(id);

        Map<String, Object> step = x.getMap("models.find { it.name == 'recurrence' }.decisions.find { it.decision == 'recurrenceStatus' }");
        assertThat(step).isNotNull();
        assertThat(step.get("value")).isEqualTo("BIOCHEMICAL_RECURRENCE");
        assertThat((String) step.get("valuePath")).startsWith("invocations[0].results.").endsWith(".recurrenceStatus");
        String table = "models.find { it.name == 'recurrence' }.decisions.find { it.decision == 'recurrenceStatus' }.table";
        assertThat(x.getString(table + ".hitPolicy")).isEqualTo("UNIQUE");
        assertThat(x.getList(table + ".inputs.label")).contains("primaryTreatment", "latestPsaLevel");
        assertThat(x.getList(table + ".outputs.label")).containsExactly("recurrenceStatus");
        List<Map<String, Object>> selected = x.getList(table + ".rules.findAll { it.selected }");
        assertThat(selected).hasSize(1);
        Map<String, Object> rule = selected.get(0);
        assertThat(rule.get("id")).isEqualTo("rec-status-003");
        assertThat(rule.get("matched")).isEqualTo(true);
        assertThat((String) rule.get("source")).contains("AUA/ASTRO/SUO");
        assertThat((List<?>) rule.get("inputEntries")).hasSize(x.getList(table + ".inputs").size());
        assertThat(x.getList(table + ".rules.findAll { !it.selected }")).isNotEmpty();
    }

    @Test
    void shouldHoldTheRequestPsaRulesModelVersionsMessagesAndChainOfTheRecord() {
        String id = assess();
        JsonPath stored = record(id);

        JsonPath x = explanation(id);

        assertThat(x.getString("id")).isEqualTo(id);
        assertThat(x.getString("principal")).isEqualTo(TestUsers.CLINICIAN);
        assertThat(x.getString("endpoint")).isEqualTo("POST /api/assessments");
        assertThat(x.getString("input.caseId")).isEqualTo("audit-test-1");
        assertThat(x.getList("psa.rulesFired.rule")).isNotEmpty().isEqualTo(stored.getList("ruleMatches.rule"));
        assertThat(x.getList("models.sha256")).containsExactlyInAnyOrderElementsOf(stored.getList("models.sha256"));
        assertThat(x.getList("models.archived")).containsOnly(true);
        assertThat(x.getList("models.approval")).containsOnlyNulls();
        // evaluation order: steps numbered as the record lists its table evaluations
        List<Integer> steps = x.getList("models.decisions.flatten().step", Integer.class);
        assertThat(steps).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, stored.getList("tableEvaluations").size()).boxed().toList());
        assertThat(x.getList("messages")).hasSameSizeAs(stored.getList("messages"));
        assertThat(x.getString("output.auditId")).isEqualTo(id);
        assertThat(x.getString("chain.writerId")).isEqualTo(stored.getString("writerId"));
        assertThat(x.getLong("chain.sequence")).isEqualTo(stored.getLong("sequence"));
        assertThat(x.getString("chain.previousHash")).isEqualTo(stored.getString("previousHash"));
        assertThat(x.getString("chain.hash")).isEqualTo(stored.getString("hash"));
        assertThat(x.getBoolean("chain.verified")).isTrue();
        assertThat(x.getLong("chain.recordsChecked")).isEqualTo(stored.getLong("sequence"));
    }

    @Test
    void shouldAnswer404ForAnUnknownRecord() {
        as(TestUsers.AUDITOR).when().get("/api/audit/00000000-0000-0000-0000-000000000000/explanation")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAdmitAuditorsAndAdminsOnly() {
        String id = assess();
        as(TestUsers.ADMIN).when().get("/api/audit/" + id + "/explanation").then().statusCode(200);
        as(TestUsers.CLINICIAN).when().get("/api/audit/" + id + "/explanation").then().statusCode(403);
        as(TestUsers.COMMITTEE).when().get("/api/audit/" + id + "/explanation").then().statusCode(403);
        io.restassured.RestAssured.given().when().get("/api/audit/" + id + "/explanation").then().statusCode(401);
    }

    @Test
    void shouldFilterByPathway() {
        String id = assess();

        List<String> salvage = as(TestUsers.AUDITOR).queryParam("pathway", "SALVAGE_RADIOTHERAPY").queryParam("limit", 500)
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath().getList("records.id");
        List<String> surveillance = as(TestUsers.AUDITOR).queryParam("pathway", "SURVEILLANCE").queryParam("limit", 500)
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath().getList("records.id");

        assertThat(salvage).contains(id);
        assertThat(surveillance).doesNotContain(id);
        String export = as(TestUsers.AUDITOR).queryParam("format", "ndjson").queryParam("pathway", "SURVEILLANCE")
                .when().get("/api/audit/export").then().statusCode(200).extract().asString();
        assertThat(export).doesNotContain(id);
    }

    @Test
    void shouldRefuseAPathwayThatIsNoCode() {
        as(TestUsers.AUDITOR).queryParam("pathway", "salvage%").when().get("/api/audit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("pathway"));
        as(TestUsers.AUDITOR).queryParam("pathway", "' OR 1=1 --").queryParam("format", "csv").when().get("/api/audit/export")
                .then().statusCode(400).body("violations[0].field", equalTo("pathway"));
    }
}
