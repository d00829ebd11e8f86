package org.srtguide.committee;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

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
 * The committee page in a real browser: Debian chromium driven by playwright-core (e2e/committee.e2e.mjs,
 * through {@link BrowserScript}) against this test's running service. Screenshots: target/committee-e2e/.
 */
@QuarkusTest
class CommitteePageBrowserTest {
    static final Path OUT = Path.of("target", "committee-e2e").toAbsolutePath();

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldServeThePageAndTheEditorWithoutCredentials() {
        given().when().get("/committee/").then().statusCode(200).body(containsString("Committee workbench"))
                .body(containsString("through <strong>governed publishing</strong> on this page"));
        given().when().get("/committee/proposals.js").then().statusCode(200).body(containsString("/api/committee/proposals"));
        given().when().get("/committee/dmn-editor.js").then().statusCode(200).body(containsString("DmnEditor"));
        given().when().get("/api/committee/models").then().statusCode(401);
    }

    @Test
    void shouldRoundTripEveryModelThroughTheEditorAndShowADeliberateGap() throws Exception {
        String output = BrowserScript.run("e2e/committee.e2e.mjs", base, OUT,
                Map.of("USER_NAME", TestUsers.COMMITTEE, "PASSWORD", TestUsers.PASSWORD));
        assertThat(output).contains("2 passed, 0 failed");
        assertThat(Files.size(OUT.resolve("editor-pathway.png"))).isPositive();
        assertThat(Files.size(OUT.resolve("gap-reported.png"))).isPositive();
    }
}
