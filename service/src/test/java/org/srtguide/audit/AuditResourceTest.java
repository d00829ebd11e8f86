package org.srtguide.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The audit trail over HTTP: one record per evaluation, holding what the contract lists; reading
 * back, paging, export, verify (with a row tampered in SQL), replay and the roles that may do so.
 */
@QuarkusTest
class AuditResourceTest {
    static final String CASE = """
            { "caseId": "audit-test-1", "asOf": "2025-06-01", "primaryTreatment": "PROSTATECTOMY",
              "primaryTreatmentDate": "2023-02-10",
              "psa": [ {"date": "2023-04-01", "value": 0.01}, {"date": "2025-01-10", "value": 0.21},
                       {"date": "2025-02-12", "value": 0.27} ],
              "gradeGroup": 2, "seminalVesicleInvasion": false, "pathologicalNodes": "pN0",
              "imaging": [ {"modality": "PSMA_PET", "date": "2025-03-01", "findings": ["NO_DISEASE"]} ] }
            """;

    @Inject
    DataSource dataSource;

    @Inject
    InProgress inProgress;

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, TestUsers.PASSWORD);
    }

    static String assess() {
        return as(TestUsers.CLINICIAN).contentType("application/json").body(CASE)
                .when().post("/api/assessments")
                .then().log().ifValidationFails().statusCode(200).header("X-Audit-Id", notNullValue())
                .extract().header("X-Audit-Id");
    }

    static JsonPath record(String id) {
        return as(TestUsers.AUDITOR).when().get("/api/audit/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldCountNoAuditedEvaluationAsInProgressOnceAnsweredWhateverTheOutcome() {
        assess();
        as(TestUsers.CLINICIAN).contentType("application/json").body(CASE.replace("0.21", "-0.21"))
                .when().post("/api/assessments").then().statusCode(400);
        as(TestUsers.CLINICIAN).contentType("application/json").body(CASE.replace("\"PSMA_PET\"", "\"NO_SUCH_SCAN\""))
                .when().post("/api/assessments").then().statusCode(400);
        // Rejected by the model's input types, after its audit scope was opened: closed without a record.
        as(TestUsers.CLINICIAN).contentType("application/json")
                .body("{ \"earlierFindings\": [], \"imagingFindings\": [\"PELVIC_NODES\"], \"imagingDone\": true, \"pathologicalNodes\": \"pX9\" }")
                .when().post("/api/decisions/metastasis").then().statusCode(400);

        // Otherwise the chain writer would hold every later batch open for records that never come.
        assertThat(inProgress.any()).isFalse();
    }

    @Test
    void shouldStoreOneCompleteRecordPerAssessmentBeforeAnswering() {
        int before = count("POST /api/assessments");

        String id = assess();

        assertThat(count("POST /api/assessments")).isEqualTo(before + 1);
        JsonPath r = record(id);
        assertThat(r.getString("id")).isEqualTo(id);
        assertThat(r.getString("principal")).isEqualTo(TestUsers.CLINICIAN);
        assertThat(r.getString("endpoint")).isEqualTo("POST /api/assessments");
        assertThat(r.getString("asOf")).isEqualTo("2025-06-01");
        assertThat(r.getString("writerId")).isNotBlank();
        assertThat(r.getLong("sequence")).isPositive();
        assertThat(r.getString("timestamp")).isNotBlank();
        assertThat(r.getString("input.caseId")).isEqualTo("audit-test-1");
        assertThat(r.getString("output.auditId")).isEqualTo(id);
        assertThat(r.getList("models.name")).contains("pathway", "recurrence");
        assertThat(r.getList("models.sha256", String.class)).allMatch(s -> s.matches("[0-9a-f]{64}"));
        assertThat(r.getList("invocations")).isNotEmpty();
        assertThat(r.getList("tableEvaluations")).isNotEmpty();
        assertThat(r.getList("tableEvaluations.selected.ruleId").toString()).contains("rec-");
        assertThat(r.getList("tableEvaluations.matched.ruleId").toString()).contains("rec-");
        List<String> selected = r.getList("tableEvaluations.selected.ruleId.flatten()", String.class);
        Map<String, Map<String, Object>> rules = r.getMap("rules");
        assertThat(rules).containsKeys(selected.toArray(String[]::new));
        assertThat(rules.values()).allSatisfy(rule -> assertThat(rule).containsOnlyKeys("model", "decision"));
        assertThat(r.getList("ruleMatches")).isNotEmpty();
        assertThat(r.getLong("durationMicros")).isPositive();
        assertThat(r.getString("hash")).matches("[0-9a-f]{64}");
        assertThat(r.getString("previousHash")).matches("[0-9a-f]{64}");
    }

    @Test
    void shouldRecordTheModelVersionsAsDeployed() {
        String id = assess();

        List<Map<String, String>> deployed = as(TestUsers.CLINICIAN).when().get("/api/decisions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<Map<String, String>> recorded = record(id).getList("models");
        for (Map<String, String> model : recorded) {
            assertThat(deployed).anySatisfy(d -> {
                assertThat(d.get("name")).isEqualTo(model.get("name"));
                assertThat(d.get("sha256")).isEqualTo(model.get("sha256"));
            });
        }
    }

    @Test
    void shouldHoldInTheRecordExactlyTheBytesTheCallerReceived() {
        Response assessment = as(TestUsers.CLINICIAN).contentType("application/json").body(CASE)
                .when().post("/api/assessments");
        Response decision = as(TestUsers.CLINICIAN).contentType("application/json")
                .body("{ \"earlierFindings\": [], \"imagingFindings\": [\"NO_DISEASE\"], \"imagingDone\": true, \"pathologicalNodes\": \"pN0\" }")
                .when().post("/api/decisions/metastasis");

        for (Response answer : List.of(assessment, decision)) {
            answer.then().statusCode(200).contentType("application/json");
            String stored = as(TestUsers.AUDITOR).when().get("/api/audit/" + answer.header("X-Audit-Id"))
                    .then().statusCode(200).extract().asString();
            assertThat(stored).contains("\"output\":" + answer.asString() + ",");
        }
    }

    @Test
    void shouldRecordEveryPerModelDecisionCall() {
        String inputs = """
                { "earlierFindings": [], "imagingFindings": ["PELVIC_NODES"], "imagingDone": true, "pathologicalNodes": "pN0" }""";
        Response response = as(TestUsers.CLINICIAN).contentType("application/json").body(inputs)
                .when().post("/api/decisions/metastasis");
        response.then().statusCode(200);

        JsonPath r = record(response.header("X-Audit-Id"));

        assertThat(r.getString("endpoint")).isEqualTo("POST /api/decisions/metastasis");
        assertThat(r.getList("models.name")).contains("metastasis");
        assertThat(r.getString("invocations[0].modelName")).isEqualTo("metastasis");
    }

    @Test
    void shouldReplayARecordIdentically() {
        String id = assess();

        as(TestUsers.AUDITOR).when().post("/api/audit/" + id + "/replay")
                .then().statusCode(200).body("identical", equalTo(true)).body("differences", hasSize(0));
    }

    @Test
    void shouldNameTheFirstBrokenSequenceWhenARowIsTamperedInSql() throws SQLException {
        String id = assess();
        as(TestUsers.AUDITOR).when().get("/api/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        JsonPath r = record(id);

        update("UPDATE audit_record SET record_json = REPLACE(record_json, '\"gradeGroup\":2', '\"gradeGroup\":3')"
                + " WHERE id = ?", id);
        try {
            JsonPath report = as(TestUsers.AUDITOR).when().get("/api/audit/verify").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(report.getBoolean("valid")).isFalse();
            Map<String, Object> chain = report.getMap("chains.find { it.writerId == '" + r.getString("writerId") + "' }");
            assertThat(chain.get("valid")).isEqualTo(false);
            assertThat(((Number) chain.get("firstBrokenSequence")).longValue()).isEqualTo(r.getLong("sequence"));
        } finally {
            update("UPDATE audit_record SET record_json = REPLACE(record_json, '\"gradeGroup\":3', '\"gradeGroup\":2')"
                    + " WHERE id = ?", id);
        }
        as(TestUsers.AUDITOR).when().get("/api/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void shouldPageNewestFirstWithACursor() {
        String older = assess();
        String newer = assess();

        JsonPath first = as(TestUsers.AUDITOR).queryParam("limit", 1).queryParam("principal", TestUsers.CLINICIAN)
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("records.id")).containsExactly(newer);
        JsonPath second = as(TestUsers.AUDITOR).queryParam("limit", 1).queryParam("principal", TestUsers.CLINICIAN)
                .queryParam("after", first.getString("next")).when().get("/api/audit").then().statusCode(200)
                .extract().jsonPath();
        assertThat(second.getList("records.id")).containsExactly(older);
    }

    @Test
    void shouldFilterByModelAndEndpoint() {
        assess();

        JsonPath page = as(TestUsers.AUDITOR).queryParam("model", "recurrence").queryParam("endpoint", "POST /api/assessments")
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath();

        assertThat(page.getList("records.endpoint")).isNotEmpty().containsOnly("POST /api/assessments");
        as(TestUsers.AUDITOR).queryParam("model", "no-such-model").when().get("/api/audit")
                .then().statusCode(200).body("records", hasSize(0));
    }

    @Test
    void shouldStreamTheExportAsNdjsonAndCsv() {
        String id = assess();

        String ndjson = as(TestUsers.AUDITOR).queryParam("format", "ndjson").when().get("/api/audit/export")
                .then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();
        assertThat(ndjson.lines()).anySatisfy(line -> assertThat(line).startsWith("{").contains("\"id\":\"" + id + "\""));
        as(TestUsers.AUDITOR).queryParam("format", "csv").when().get("/api/audit/export")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("id,writer_id,sequence,timestamp")).body(containsString(id));
    }

    @Test
    void shouldAnswerProblemsForUnknownRecordsAndBadParameters() {
        as(TestUsers.AUDITOR).when().get("/api/audit/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        as(TestUsers.AUDITOR).when().post("/api/audit/00000000-0000-0000-0000-000000000000/replay").then().statusCode(404);
        as(TestUsers.AUDITOR).queryParam("limit", 0).when().get("/api/audit").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        as(TestUsers.AUDITOR).queryParam("from", "last week").when().get("/api/audit").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        as(TestUsers.AUDITOR).queryParam("format", "xml").when().get("/api/audit/export").then().statusCode(400);
    }

    @Test
    void shouldAdmitOnlyAuditorsAndAdmins() {
        String id = assess();

        as(TestUsers.ADMIN).when().get("/api/audit/" + id).then().statusCode(200);
        as(TestUsers.CLINICIAN).when().get("/api/audit/" + id).then().statusCode(403);
        as(TestUsers.COMMITTEE).when().get("/api/audit").then().statusCode(403);
        as(TestUsers.CLINICIAN).when().get("/api/audit/verify").then().statusCode(403);
        as(TestUsers.CLINICIAN).when().post("/api/audit/" + id + "/replay").then().statusCode(403);
        given().when().get("/api/audit/export").then().statusCode(401);
    }

    private int count(String endpoint) {
        return as(TestUsers.AUDITOR).queryParam("endpoint", endpoint).queryParam("limit", AuditQueries.MAX_LIMIT)
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath().getList("records").size();
    }

    private void update(String sql, String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }
}
