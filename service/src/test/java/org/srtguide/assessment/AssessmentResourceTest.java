package org.srtguide.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AssessmentResourceTest {
    static final String CASE = """
            { "caseId": "ref-42", "primaryTreatment": "PROSTATECTOMY", "primaryTreatmentDate": "2023-02-10",
              "psa": [ {"date": "2023-04-01", "value": 0.01}, {"date": "2025-01-10", "value": 0.21},
                       {"date": "2025-03-12", "value": 0.27}, {"date": "2025-05-20", "value": 0.75} ],
              "gradeGroup": 4, "seminalVesicleInvasion": true, "pathologicalNodes": "pN0",
              "imaging": [ {"modality": "PSMA_PET", "date": "2025-05-15", "findings": ["NO_DISEASE"]} ],
              "toxicities": [ {"term": "DIARRHEA", "grade": 2, "phase": "ACUTE"} ] }
            """;

    private static Response post(String body) {
        return given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD)
                .contentType("application/json").body(body).when().post("/api/assessments");
    }

    @Test
    void shouldRecommendSalvageWithAdtAndTraceEveryRuleToItsSource() {
        post(CASE).then().statusCode(200)
                .body("caseId", equalTo("ref-42"))
                .body("recurrence.status", equalTo("BIOCHEMICAL_RECURRENCE"))
                .body("recommendation.pathway", equalTo("SALVAGE_RADIOTHERAPY"))
                .body("recommendation.timing", equalTo("DELAYED"))
                .body("recommendation.adt.recommended", equalTo(true))
                .body("recommendation.adt.highRiskFeatures", hasItem("PSA_AT_LEAST_0_7"))
                .body("recommendation.adt.highRiskFeatures", hasItem("GRADE_GROUP_4_5"))
                .body("recommendation.adt.highRiskFeatures", hasItem("SEMINAL_VESICLE_INVASION"))
                .body("recommendation.rationale.ruleId", everyItem(matchesPattern("[a-z]+-[a-z0-9-]+")))
                .body("recommendation.rationale.source", everyItem(matchesPattern(".*\\[(CONFIRMED|CONFIRMED-S|RECALLED|NOT FOUND)\\].*")))
                .body("recommendation.rationale.model", hasItem("candidacy"))
                .body("toxicityManagement[0].term", equalTo("DIARRHEA"))
                .body("toxicityManagement[0].actions", hasItem("LOPERAMIDE"));
    }

    @Test
    void shouldNameTheValuesThePsaDoublingTimeWasCalculatedFrom() {
        // 0.01 is below the 0.1 minimum; the other three are at least 2 months apart (61 and 69 days).
        post(CASE).then().statusCode(200)
                .body("recurrence.psaDoublingTimeReason", equalTo("CALCULATED"))
                .body("recurrence.psaDoublingTimeValues.date", contains("2025-01-10", "2025-03-12", "2025-05-20"))
                .body("recurrence.psaDoublingTimeValues.value", contains(0.21f, 0.27f, 0.75f));
    }

    @Test
    void shouldCarryTheAuditIdInHeaderAndBody() {
        Response response = post(CASE);
        response.then().statusCode(200).body("auditId", notNullValue());
        String header = response.getHeader("X-Audit-Id");
        response.then().body("auditId", equalTo(header));
    }

    @Test
    void shouldDefaultAsOfToTheLatestPsaDate() {
        post(CASE).then().statusCode(200).body("asOf", equalTo("2025-05-20"));
    }

    @Test
    void shouldUseTheGivenAsOf() {
        post(CASE.replace("\"caseId\": \"ref-42\",", "\"caseId\": \"ref-42\", \"asOf\": \"2025-06-01\","))
                .then().statusCode(200).body("asOf", equalTo("2025-06-01"));
    }

    @Test
    void shouldAnswerEveryFieldOfTheContract() {
        post(CASE).then().statusCode(200)
                .body("recurrence", hasKey("definition")).body("recurrence", hasKey("nadir"))
                .body("recurrence", hasKey("psaDoublingTimeMonths")).body("recurrence", hasKey("eauRiskGroup"))
                .body("imaging", hasKey("recommended")).body("imaging", hasKey("rationale"))
                .body("metastasis", hasKey("salvageRadiotherapyExcluded"))
                .body("recommendation", hasKey("pelvicNodalRadiotherapy")).body("recommendation", hasKey("sbrt"))
                .body("followUp.schedule[0]", hasKey("psaEveryMonths"));
    }

    @Test
    void shouldRejectAPsaDatedAfterAsOf() {
        post(CASE.replace("\"caseId\": \"ref-42\",", "\"asOf\": \"2025-05-01\","))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("psa[3].date"))
                .body("$", not(hasKey("recommendation")));
    }

    @Test
    void shouldRejectTwoDifferentValuesOnOneDate() {
        post(CASE.replace("{\"date\": \"2025-05-20\", \"value\": 0.75}",
                "{\"date\": \"2025-05-20\", \"value\": 0.75}, {\"date\": \"2025-05-20\", \"value\": 0.8}"))
                .then().statusCode(400).body("violations.field", hasItem("psa[4].date"));
    }

    @Test
    void shouldCountARepeatedIdenticalValueOnce() {
        post(CASE.replace("{\"date\": \"2025-05-20\", \"value\": 0.75}",
                "{\"date\": \"2025-05-20\", \"value\": 0.75}, {\"date\": \"2025-05-20\", \"value\": 0.75}"))
                .then().statusCode(200).body("recurrence.status", equalTo("BIOCHEMICAL_RECURRENCE"));
    }

    @Test
    void shouldRejectATreatmentDateAfterAsOf() {
        post(CASE.replace("\"primaryTreatmentDate\": \"2023-02-10\"", "\"primaryTreatmentDate\": \"2026-02-10\""))
                .then().statusCode(400).body("violations.field", hasItem("primaryTreatmentDate"));
    }

    @Test
    void shouldRejectNoDiseaseCombinedWithAFinding() {
        post(CASE.replace("\"findings\": [\"NO_DISEASE\"]", "\"findings\": [\"NO_DISEASE\", \"BONE\"]"))
                .then().statusCode(400).body("violations.field", hasItem("imaging[0].findings"));
    }

    @Test
    void shouldRefuseAnonymousCallers() {
        given().contentType("application/json").body(CASE).when().post("/api/assessments").then().statusCode(401);
    }

    @Test
    void shouldRefuseCallersWithoutAClinicalRole() {
        given().auth().preemptive().basic(TestUsers.AUDITOR, TestUsers.PASSWORD)
                .contentType("application/json").body(CASE).when().post("/api/assessments").then().statusCode(403);
    }
}
