package org.srtguide.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.srtguide.BrowserScript;
import org.srtguide.TestUsers;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The audit explorer in a real browser (e2e/audit.e2e.mjs) against this test's running service.
 * Screenshots: target/audit-e2e/.
 */
@QuarkusTest
class AuditPageBrowserTest {
    static final Path OUT = Path.of("target", "audit-e2e").toAbsolutePath();

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldServeThePageWithoutCredentialsAndWithoutExternalScripts() {
        given().when().get("/audit/").then().statusCode(200).body(containsString("Audit explorer"))
                .body(not(containsString("http://"))).body(not(containsString("https://")));
        given().when().get("/audit/audit.js").then().statusCode(200).body(containsString("/api/audit"));
        given().when().get("/audit/record-view.js").then().statusCode(200);
        given().when().get("/api/audit").then().statusCode(401);
    }

    @Test
    void shouldLetAnAuditorExplainReplayAndVerifyAFreshAssessmentAndRefuseAClinician() throws Exception {
        String output = BrowserScript.run("e2e/audit.e2e.mjs", base, OUT, Map.of("AUDITOR_NAME", TestUsers.AUDITOR,
                "CLINICIAN_NAME", TestUsers.CLINICIAN, "PASSWORD", TestUsers.PASSWORD));
        assertThat(output).contains("2 passed, 0 failed");
        assertThat(Files.size(OUT.resolve("audit-record-recurrence-status.png"))).isPositive();
        assertThat(Files.size(OUT.resolve("audit-replay-verify.png"))).isPositive();
        assertThat(Files.size(OUT.resolve("audit-clinician-refused.png"))).isPositive();
    }
}
