package org.srtguide.security;

import static io.restassured.RestAssured.given;
import static org.srtguide.TestRequests.ASSESSMENT;
import static org.srtguide.TestRequests.assessmentWith;
import static org.srtguide.security.ProblemAssert.assertViolation;


import org.junit.jupiter.api.Test;
import org.srtguide.Json;
import org.srtguide.TestUsers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every way a request can be wrong is a 400 (or 404/405/413/415) problem+json naming what is wrong. */
@QuarkusTest
class InvalidInputTest {

    static Response assess(String body) {
        return given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD)
                .contentType("application/json").body(body).when().post("/api/assessments");
    }

    static Response decide(String model, String body) {
        return given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD)
                .contentType("application/json").body(body).when().post("/api/decisions/" + model);
    }

    private static String withPsa(int index, String field, String json) {
        ObjectNode request = Json.object(ASSESSMENT);
        ((ObjectNode) request.withArray("psa").get(index)).set(field, Json.tree(json));
        return request.toString();
    }

    @Test
    void shouldRejectMalformedJson() {
        assertViolation(assess("{\"caseId\": \"x\", \"psa\": [ {\"date\": "), 400, "psa[0].date");
    }

    @Test
    void shouldRejectJsonThatIsNotAnObject() {
        assertViolation(assess("[1, 2, 3]"), 400, "body");
    }

    @Test
    void shouldRejectAnEmptyBody() {
        assertViolation(assess(""), 400, "body");
    }

    @Test
    void shouldRejectTrailingContentAfterTheRequest() {
        assertViolation(assess(ASSESSMENT + " {}"), 400, "body");
    }

    @Test
    void shouldRejectARepeatedKey() {
        assertViolation(assess(ASSESSMENT.replace("\"gradeGroup\": 2,", "\"gradeGroup\": 2, \"gradeGroup\": 5,")), 400,
                "gradeGroup");
    }

    @Test
    void shouldRejectTextWhereANumberIsExpected() {
        assertViolation(assess(assessmentWith("gradeGroup", "\"two\"")), 400, "gradeGroup");
    }

    @Test
    void shouldRejectANumberWrittenAsText() {
        assertViolation(assess(withPsa(1, "value", "\"0.21\"")), 400, "psa[1].value");
    }

    @Test
    void shouldRejectAFractionalGradeGroup() {
        assertViolation(assess(assessmentWith("gradeGroup", "2.5")), 400, "gradeGroup");
    }

    @Test
    void shouldRejectANumberWhereABooleanIsExpected() {
        assertViolation(assess(assessmentWith("seminalVesicleInvasion", "1")), 400, "seminalVesicleInvasion");
    }

    @Test
    void shouldRejectAnObjectWhereAListIsExpected() {
        assertViolation(assess(assessmentWith("psa", "{\"date\": \"2024-01-01\", \"value\": 0.2}")), 400, "psa");
    }

    @Test
    void shouldRejectAnUnknownEnumerationCode() {
        assertViolation(assess(assessmentWith("primaryTreatment", "\"SURGERY\"")), 400, "primaryTreatment");
    }

    @Test
    void shouldRejectAnEnumerationCodeGivenAsANumber() {
        assertViolation(assess(assessmentWith("primaryTreatment", "0")), 400, "primaryTreatment");
    }

    @Test
    void shouldRejectAnUnknownFindingCodeInsideAList() {
        String body = assessmentWith("imaging",
                "[{\"modality\": \"PSMA_PET\", \"date\": \"2024-06-05\", \"findings\": [\"LIVER\"]}]");
        assertViolation(assess(body), 400, "imaging[0].findings[0]");
    }

    @Test
    void shouldRejectAnUnknownField() {
        assertViolation(assess(assessmentWith("psaUnit", "\"ng/mL\"")), 400, "psaUnit");
    }

    @Test
    void shouldRejectAnUnknownNestedField() {
        assertViolation(assess(withPsa(0, "units", "\"ng/mL\"")), 400, "psa[0].units");
    }

    @Test
    void shouldRejectAMissingRequiredField() {
        assertViolation(assess(assessmentWith("primaryTreatment", null)), 400, "primaryTreatment");
    }

    @Test
    void shouldRejectAnExplicitNullPsaValue() {
        assertViolation(assess(withPsa(2, "value", "null")), 400, "psa[2].value");
    }

    @Test
    void shouldRejectANullEntryInThePsaList() {
        ObjectNode request = Json.object(ASSESSMENT);
        request.withArray("psa").insertNull(0);
        assertViolation(assess(request.toString()), 400, "psa[0]");
    }

    @Test
    void shouldRejectAnEmptyPsaList() {
        assertViolation(assess(assessmentWith("psa", "[]")), 400, "psa");
    }

    @Test
    void shouldRejectANegativePsaValue() {
        assertViolation(assess(withPsa(1, "value", "-0.01")), 400, "psa[1].value");
    }

    @Test
    void shouldRejectAnAbsurdPsaValue() {
        assertViolation(assess(withPsa(1, "value", "1e6")), 400, "psa[1].value");
    }

    @Test
    void shouldRejectAnImpossibleDate() {
        assertViolation(assess(assessmentWith("asOf", "\"2024-02-30\"")), 400, "asOf");
    }

    @Test
    void shouldRejectADateGivenAsANumber() {
        assertViolation(assess(assessmentWith("asOf", "19884")), 400, "asOf");
    }

    @Test
    void shouldRejectAPsaDateAfterAsOf() {
        assertViolation(assess(withPsa(2, "date", "\"2024-06-11\"")), 400, "psa[2].date");
    }

    @Test
    void shouldRejectATreatmentDateAfterAsOf() {
        assertViolation(assess(assessmentWith("primaryTreatmentDate", "\"2025-01-01\"")), 400, "primaryTreatmentDate");
    }

    @Test
    void shouldRejectDuplicatePsaDatesWithDifferentValues() {
        assertViolation(assess(withPsa(2, "date", "\"2024-03-01\"")), 400, "psa[2].date");
    }

    @Test
    void shouldRejectGradeGroupBelowOne() {
        assertViolation(assess(assessmentWith("gradeGroup", "0")), 400, "gradeGroup");
    }

    @Test
    void shouldRejectGradeGroupAboveFive() {
        assertViolation(assess(assessmentWith("gradeGroup", "6")), 400, "gradeGroup");
    }

    @Test
    void shouldRejectAToxicityGradeOfZero() {
        assertViolation(assess(assessmentWith("toxicities", "[{\"term\": \"DIARRHEA\", \"grade\": 0, \"phase\": \"ACUTE\"}]")),
                400, "toxicities[0].grade");
    }

    @Test
    void shouldRejectMorePsaValuesThanTheLimit() {
        ObjectNode request = Json.object(ASSESSMENT);
        ArrayNode psa = request.putArray("psa");
        for (int i = 0; i < 501; i++) {
            psa.addObject().put("date", java.time.LocalDate.of(2022, 2, 1).plusDays(i).toString()).put("value", 0.01);
        }
        request.put("asOf", "2024-06-10");
        assertViolation(assess(request.toString()), 400, "psa");
    }

    @Test
    void shouldRejectACaseIdLongerThanTheLimit() {
        assertViolation(assess(assessmentWith("caseId", "\"" + "x".repeat(101) + "\"")), 400, "caseId");
    }

    // --- lab-style PSA input and the previous salvage course (issue #15 items 6 and 9) -------------

    @Test
    void shouldRejectAPsaUnitOtherThanNgPerMlOrUgPerL() {
        assertViolation(assess(withPsa(1, "unit", "\"mmol/L\"")), 400, "psa[1].unit");
    }

    @Test
    void shouldRejectABelowDetectionLimitFlagThatIsNotABoolean() {
        assertViolation(assess(withPsa(0, "belowDetectionLimit", "\"yes\"")), 400, "psa[0].belowDetectionLimit");
    }

    @Test
    void shouldRejectTheSameDateOnceBelowTheLimitAndOnceMeasured() {
        ObjectNode request = Json.object(ASSESSMENT);
        var psa = request.withArray("psa");
        psa.addObject().put("date", psa.get(0).get("date").asText()).put("value", psa.get(0).get("value").decimalValue())
                .put("belowDetectionLimit", true);
        assertViolation(assess(request.toString()), 400, "psa[3].date");
    }

    @Test
    void shouldRejectAPreviousSalvageCourseWithoutItsDate() {
        assertViolation(assess(assessmentWith("previousSalvageRadiotherapy", "true")), 400, "previousSalvageRadiotherapyDate");
    }

    @Test
    void shouldRejectASalvageDateWithoutAPreviousSalvageCourse() {
        assertViolation(assess(assessmentWith("previousSalvageRadiotherapyDate", "\"2023-01-01\"")), 400,
                "previousSalvageRadiotherapyDate");
    }

    @Test
    void shouldRejectASalvageDateAfterAsOf() {
        ObjectNode request = Json.object(ASSESSMENT);
        request.put("previousSalvageRadiotherapy", true).put("previousSalvageRadiotherapyDate", "2030-01-01");
        assertViolation(assess(request.toString()), 400, "previousSalvageRadiotherapyDate");
    }

    @Test
    void shouldRejectASalvageDateNotAfterThePrimaryTreatment() {
        ObjectNode request = Json.object(ASSESSMENT);
        request.put("previousSalvageRadiotherapy", true)
                .put("previousSalvageRadiotherapyDate", request.get("primaryTreatmentDate").asText());
        assertViolation(assess(request.toString()), 400, "previousSalvageRadiotherapyDate");
    }
}
