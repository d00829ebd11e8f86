package org.srtguide.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srtguide.Json;
import org.srtguide.TestRequests;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * quarkus.shutdown.timeout against the packaged jar: SIGTERM arrives while an assessment's body is
 * still being uploaded. The request is already in flight (Quarkus counts a request once its headers
 * are read), so it completes with 200 and its audit record; meanwhile a new request gets 503; the
 * process then exits by itself, and a restart on the same data directory finds the record in a valid
 * chain. Runs in `mvn verify` (failsafe), after the jar is packaged.
 */
class GracefulShutdownIT {
    private static final Path JAR = Path.of(System.getProperty("srt.it.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final Map<String, String> USERS = Map.of("clara", "it-secret:clinician", "audrey", "it-secret:auditor");
    // Quarkus 3.15's GracefulShutdownFilter logs this when SIGTERM finds requests in flight; new requests get 503 from then on.
    private static final String DRAINING = "Waiting for HTTP requests to complete";
    private static final String DRAINED = "All HTTP requests complete";
    // A JVM ended by SIGTERM exits 128 + 15 once its shutdown hooks (Quarkus' graceful stop) have run.
    private static final int SIGTERM_EXIT = 143;
    private static final Duration STEP = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path dataDir;

    @Test
    void shouldFinishAnAssessmentUploadingAtSigtermWithItsAuditRecordAndRefuseNewRequests() throws Exception {
        byte[] body = TestRequests.ASSESSMENT.getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        String auditId;
        try (ServiceProcess service = ServiceProcess.start(JAR, dataDir, USERS);
                Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout((int) STEP.toMillis());
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            out.write(("POST /api/assessments HTTP/1.1\r\nHost: 127.0.0.1\r\n" + basic("clara")
                    + "Content-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Sent by the request's worker thread when it starts reading the body: the request has been
            // admitted (authenticated, counted by the shutdown filter) and is being processed.
            assertThat(RawResponse.read(in).status()).isEqualTo(100);
            out.write(body, 0, half);
            out.flush();

            service.terminate();
            service.awaitLine(DRAINING, STEP);

            HttpResponse<String> refused = http.send(assessment(service.port()), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as("a new assessment during the drain").isEqualTo(503);
            assertThat(refused.headers().firstValue("connection")).hasValue("close");
            assertThat(refused.body()).isEmpty();
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri(service.port(), "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).as("the readiness probe during the drain").isEqualTo(503);

            out.write(body, half, body.length - half);
            out.flush();
            RawResponse answer = RawResponse.read(in);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            auditId = answer.headers().get("x-audit-id");
            assertThat(auditId).isNotBlank();
            assertThat(Json.tree(answer.body()).path("auditId").asText()).isEqualTo(auditId);

            assertThat(service.awaitExit(STEP)).as(service.log()).isEqualTo(SIGTERM_EXIT);
            assertThat(service.log()).contains(DRAINED).doesNotContain("Timed out waiting for graceful shutdown");
        }

        try (ServiceProcess restarted = ServiceProcess.start(JAR, dataDir, USERS)) {
            HttpResponse<String> record = http.send(audit(restarted.port(), "/api/audit/" + auditId),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
            JsonNode stored = Json.tree(record.body());
            assertThat(stored.path("id").asText()).isEqualTo(auditId);
            assertThat(stored.path("principal").asText()).isEqualTo("clara");
            assertThat(stored.path("endpoint").asText()).isEqualTo("POST /api/assessments");
            assertThat(stored.path("input").path("caseId").asText()).isEqualTo("test-case");

            HttpResponse<String> verify = http.send(audit(restarted.port(), "/api/audit/verify"),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode report = Json.tree(verify.body());
            assertThat(report.path("valid").asBoolean()).as(verify.body()).isTrue();
            // Only the drained assessment: the one refused with 503 left no record.
            assertThat(report.path("records").asLong()).as(verify.body()).isEqualTo(1);
        }
    }

    private static HttpRequest assessment(int port) {
        return HttpRequest.newBuilder(uri(port, "/api/assessments"))
                .header("Authorization", basicValue("clara"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestRequests.ASSESSMENT))
                .build();
    }

    private static HttpRequest audit(int port, String path) {
        return HttpRequest.newBuilder(uri(port, path)).header("Authorization", basicValue("audrey")).build();
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String user) {
        return "Authorization: " + basicValue(user) + "\r\n";
    }

    private static String basicValue(String user) {
        String password = USERS.get(user).split(":", 2)[0];
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
