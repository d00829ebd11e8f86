package org.srtguide.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.srtguide.AuditRows;
import org.srtguide.Json;
import org.srtguide.TestRequests;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The audit database is an H2 server over TCP that this test starts and stops: it is down when the
 * service starts, comes up, goes down mid-run and returns. While it is down, evaluations answer 503
 * problem+json and leave no record, readiness is DOWN and liveness stays UP; the service resumes by
 * itself when it returns.
 */
@QuarkusTest
@TestProfile(AuditDatabaseOutageTest.ServerDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditDatabaseOutageTest {
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static Server server;

    /** Points the embedded datasource at a TCP server on a free port; nothing listens there yet. */
    public static class ServerDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String port = String.valueOf(freePort());
            return Map.of("srt.test.h2-port", port,
                    "quarkus.datasource.embedded.jdbc.url", "jdbc:h2:tcp://localhost:" + port + "/mem:outage;DB_CLOSE_DELAY=-1",
                    "quarkus.datasource.embedded.jdbc.acquisition-timeout", "2S");
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @ConfigProperty(name = "srt.test.h2-port", defaultValue = "0")
    int port;

    @Inject
    DataSource dataSource;

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    void shouldStartWithoutTheDatabaseAnswer503AndResumeWhenItComesUp() throws SQLException {
        assertUnavailable();
        startDatabase();
        awaitReady();
        String auditId = assertEvaluated();
        assertThat(new AuditRows(dataSource).principal(auditId)).contains(TestUsers.CLINICIAN);
    }

    @Test
    @Order(2)
    void shouldAnswer503WhenTheDatabaseFailsMidRunAndResumeWhenItReturns() throws SQLException {
        if (server == null) {
            startDatabase();
            awaitReady();
        }
        assertEvaluated();
        long before = new AuditRows(dataSource).count();
        server.stop();
        assertUnavailable();
        assertUnavailable();
        startDatabase();
        awaitReady();
        assertThat(new AuditRows(dataSource).count()).as("records written while the database was down").isEqualTo(before);
        assertEvaluated();
        assertThat(new AuditRows(dataSource).count()).isEqualTo(before + 1);
    }

    private void startDatabase() throws SQLException {
        server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
    }

    private static void assertUnavailable() {
        for (String[] call : new String[][] { { "/api/assessments", TestRequests.ASSESSMENT },
                { "/api/decisions/metastasis", TestRequests.METASTASIS_INPUTS } }) {
            Response response = post(call[0], call[1]);
            assertThat(response.statusCode()).as("%s: %s", call[0], response.asString()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(Json.tree(response.asString()).path("type").asText()).endsWith("/unavailable");
            assertThat(response.header("X-Audit-Id")).isNull();
            assertThat(response.asString()).doesNotContain("recommendation").doesNotContainIgnoringCase("exception");
        }
        Response ready = given().when().get("/q/health/ready");
        assertThat(ready.statusCode()).as("readiness: %s", ready.asString()).isEqualTo(503);
        assertThat(ready.asString()).contains("DOWN");
        assertThat(given().when().get("/q/health/live").statusCode()).as("liveness").isEqualTo(200);
        assertThat(given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).when().get("/api/decisions")
                .statusCode()).as("catalogue needs no database").isEqualTo(200);
    }

    private static void awaitReady() {
        Instant deadline = Instant.now().plus(RECOVERY);
        Response ready = given().when().get("/q/health/ready");
        while (ready.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            sleep();
            ready = given().when().get("/q/health/ready");
        }
        assertThat(ready.statusCode()).as("readiness after the database returned: %s", ready.asString()).isEqualTo(200);
    }

    private static String assertEvaluated() {
        Response response = post("/api/assessments", TestRequests.ASSESSMENT);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.header("X-Audit-Id");
    }

    private static Response post(String path, String body) {
        return given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD)
                .contentType("application/json").body(body).when().post(path);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
