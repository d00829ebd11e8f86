package org.srtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.srtguide.TestRequests.ASSESSMENT;
import static org.srtguide.TestRequests.METASTASIS_INPUTS;
import static org.srtguide.TestRequests.assessmentWith;
import static org.srtguide.security.ProblemAssert.assertProblem;
import static org.srtguide.security.ProblemAssert.assertViolation;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.srtguide.Json;
import org.srtguide.TestUsers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every way a request can be wrong is a 400 (or 404/405/413/415) problem+json naming what is wrong. */
@QuarkusTest
class InvalidInputTest {

    @TestHTTPResource("/api/assessments")
    URI assessmentsUri;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    String maxBodySize;

    private int limitBytes() {
        return (int) new MemorySizeConverter().convert(maxBodySize).asLongValue();
    }

    private static Response assess(String body) {
        return given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD)
                .contentType("application/json").body(body).when().post("/api/assessments");
    }

    private static Response decide(String model, String body) {
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

    @Test
    void shouldAnswerABodyOverTheSizeLimitWithProblem413OnItsHeadersAlone() throws Exception {
        // The limit is checked on the declared Content-Length, before any of the body is read: the
        // client here sends none of it. (A client that writes the whole body races the answer: the
        // server closes the connection after answering, so a client still writing may only see a
        // broken pipe; large uploads should use Expect: 100-continue.)
        String head = "POST " + assessmentsUri.getRawPath() + " HTTP/1.1\r\n"
                + "Host: " + assessmentsUri.getHost() + ":" + assessmentsUri.getPort() + "\r\n"
                + "Authorization: Basic " + Base64.getEncoder()
                        .encodeToString((TestUsers.CLINICIAN + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + (limitBytes() + 1L) + "\r\n\r\n";
        String answer;
        try (Socket socket = new Socket(assessmentsUri.getHost(), assessmentsUri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer.toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
        String problem = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(Json.tree(problem).path("status").asInt()).isEqualTo(413);
        assertThat(problem).contains("payload-too-large").doesNotContain("auditId");
    }

    @Test
    void shouldAnswerAStreamedBodyOverTheSizeLimitWithoutAServerError() throws Exception {
        byte[] body = assessmentWith("caseId", "\"" + "x".repeat(limitBytes()) + "\"").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(assessmentsUri)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((TestUsers.CLINICIAN + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                // an input stream has no known length: sent chunked, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();
        int status;
        try {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            assertThat(response.body()).doesNotContainIgnoringCase("exception");
        } catch (java.io.IOException closed) {
            return; // the server may close the connection on an oversized stream: also not an evaluation
        }
        assertThat(status).isEqualTo(413);
    }

    @Test
    void shouldAnswerAnUnsupportedMediaTypeWithProblem415() {
        Response response = given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD)
                .contentType("text/plain").body(ASSESSMENT).when().post("/api/assessments");
        assertProblem(response, 415);
    }

    @Test
    void shouldAnswerAnUnknownModelWithProblem404() {
        assertProblem(decide("prostate-oracle", METASTASIS_INPUTS), 404);
    }

    @Test
    void shouldAnswerAWrongMethodWithProblem405() {
        Response response = given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD)
                .when().delete("/api/assessments");
        assertProblem(response, 405);
    }

    @Test
    void shouldRejectAMissingModelInput() {
        ObjectNode inputs = Json.object(METASTASIS_INPUTS);
        inputs.remove("imagingDone");
        assertViolation(decide("metastasis", inputs.toString()), 400, "imagingDone");
    }

    @Test
    void shouldRejectAnUnknownModelInputCode() {
        ObjectNode inputs = Json.object(METASTASIS_INPUTS);
        inputs.put("pathologicalNodes", "pN9");
        assertViolation(decide("metastasis", inputs.toString()), 400, "pathologicalNodes");
    }

    @Test
    void shouldRejectAnInputTheModelDoesNotHave() {
        ObjectNode inputs = Json.object(METASTASIS_INPUTS);
        inputs.put("psaUnit", "ng/mL");
        assertViolation(decide("metastasis", inputs.toString()), 400, "psaUnit");
    }

    @Test
    void shouldRejectModelInputsThatAreNotAnObject() {
        assertViolation(decide("metastasis", "[\"PELVIC_NODES\"]"), 400, "body");
    }

    @Test
    void shouldRejectMalformedModelInputs() {
        assertViolation(decide("metastasis", "{\"imagingDone\": tru"), 400, "imagingDone");
    }

    @Test
    void shouldRejectAMissingModelInputsBody() {
        assertViolation(decide("metastasis", ""), 400, "body");
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
