package org.srtguide.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srtguide.Json;
import org.srtguide.TestRequests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two replicas of the packaged service on one PostgreSQL audit schema: a version published through
 * replica A answers assessments on replica B without a restart (B polls model_version), and B's
 * audit record names that version. Runs in `mvn verify` (failsafe), after the jar is packaged.
 */
class TwoReplicaPublishingIT {
    private static final Path JAR = Path.of(System.getProperty("srt.it.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final String PASSWORD = "it-secret";
    private static final Map<String, String> USERS = Map.of("clara", PASSWORD + ":clinician", "colin", PASSWORD + ":committee",
            "cora", PASSWORD + ":committee", "cyril", PASSWORD + ":committee", "petra", PASSWORD + ":publisher",
            "audrey", PASSWORD + ":auditor");
    private static final String OLD_TEXT = "confirmed by a second value of 0.2 ng/mL or more.";
    private static final String NEW_TEXT = "confirmed by a second value of 0.2 ng/mL or more (two-replica test).";
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;

    @Test
    void shouldAnswerOnTheOtherReplicaWithAVersionPublishedOnOne() throws Exception {
        String schema = "publish_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(PG, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try (ServiceProcess a = ServiceProcess.start(replica(dataA, schema, "replica-a"));
                ServiceProcess b = ServiceProcess.start(replica(dataB, schema, "replica-b"))) {
            assertThat(post(b, "clara", "/api/assessments", TestRequests.ASSESSMENT).body()).contains(OLD_TEXT);

            String xml = Files.readString(Path.of("..", "dmn", "recurrence.dmn")).replace(OLD_TEXT, NEW_TEXT);
            ObjectNode proposal = Json.MAPPER.createObjectNode().put("title", "Wording").put("rationale", "Clearer.");
            proposal.putArray("models").addObject().put("name", "recurrence").put("xml", xml);
            HttpResponse<String> created = post(a, "colin", "/api/committee/proposals", proposal.toString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode view = Json.tree(created.body());
            String id = view.get("id").asText();
            ObjectNode approval = Json.MAPPER.createObjectNode().put("decision", "APPROVE").put("comment", "ok");
            approval.set("acknowledgedDifferences", view.get("evidence").get("differingVignettes"));
            for (String reviewer : List.of("cora", "cyril")) {
                // reviews through B: both replicas read and write the same proposal tables
                assertThat(post(b, reviewer, "/api/committee/proposals/" + id + "/reviews", approval.toString()).statusCode())
                        .isEqualTo(200);
            }
            HttpResponse<String> published = post(a, "petra", "/api/committee/proposals/" + id + "/publish", "{}");
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
            long publishedAt = System.nanoTime();

            HttpResponse<String> onB = post(b, "clara", "/api/assessments", TestRequests.ASSESSMENT);
            long deadline = publishedAt + Duration.ofSeconds(60).toNanos();
            while (!onB.body().contains(NEW_TEXT) && System.nanoTime() < deadline) {
                Thread.sleep(100);
                onB = post(b, "clara", "/api/assessments", TestRequests.ASSESSMENT);
            }
            System.out.printf("replica B answered with version 1 %.1f s after the publish returned%n",
                    (System.nanoTime() - publishedAt) / 1e9);
            assertThat(onB.statusCode()).isEqualTo(200);
            assertThat(onB.body()).contains(NEW_TEXT);
            String auditId = onB.headers().firstValue("X-Audit-Id").orElseThrow();
            JsonNode record = Json.tree(get(b, "audrey", "/api/audit/" + auditId).body());
            assertThat(record.get("modelVersion").asInt()).isEqualTo(1);
            assertThat(record.get("proposalId").asText()).isEqualTo(id);
            assertThat(record.get("writerId").asText()).isEqualTo("replica-b");
        } finally {
            try (Connection c = DriverManager.getConnection(PG, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static ProcessBuilder replica(Path dataDir, String schema, String writerId) {
        ProcessBuilder command = ServiceProcess.command(JAR, dataDir, USERS);
        Map<String, String> env = command.environment();
        env.put("QUARKUS_PROFILE", "prod,postgresql");
        env.put("QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL", PG + "?currentSchema=" + schema);
        env.put("QUARKUS_DATASOURCE_POSTGRESQL_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_POSTGRESQL_PASSWORD", "unused-trust-auth");
        env.put("SRT_AUDIT_WRITER_ID", writerId);
        return command;
    }

    private HttpResponse<String> post(ServiceProcess service, String user, String path, String json) throws Exception {
        return http.send(request(service, user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(ServiceProcess service, String user, String path) throws Exception {
        return http.send(request(service, user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(ServiceProcess service, String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofMinutes(5)).header("Authorization", "Basic " + credentials);
    }
}
