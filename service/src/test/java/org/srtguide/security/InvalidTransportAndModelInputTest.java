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

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static org.srtguide.security.InvalidInputTest.decide;

/** Transport-level refusals (size, media type, method, unknown model) and per-model input errors as problem+json. */
@QuarkusTest
class InvalidTransportAndModelInputTest {

    @TestHTTPResource("/api/assessments")
    URI assessmentsUri;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    String maxBodySize;

    private int limitBytes() {
        return (int) new MemorySizeConverter().convert(maxBodySize).asLongValue();
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
}
