package org.srtguide.committee;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.srtguide.TestUsers;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The committee page in a real browser: Debian chromium driven by playwright-core (e2e/committee.e2e.mjs)
 * against this test's running service. Needs /usr/bin/chromium (.ci/run installs it); skip only on purpose
 * with {@code -Dsrt.browser-tests=false}. Screenshots: target/committee-e2e/.
 */
@QuarkusTest
class CommitteePageBrowserTest {
    static final Path WEBUI = Path.of("src", "main", "webui").toAbsolutePath();
    static final Path OUT = Path.of("target", "committee-e2e").toAbsolutePath();
    static final String CHROMIUM = System.getProperty("srt.chromium", "/usr/bin/chromium");

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldServeThePageAndTheEditorWithoutCredentials() {
        given().when().get("/committee/").then().statusCode(200).body(containsString("Committee workbench"))
                .body(containsString("commit it to <code>dmn/</code>"));
        given().when().get("/committee/dmn-editor.js").then().statusCode(200).body(containsString("DmnEditor"));
        given().when().get("/api/committee/models").then().statusCode(401);
    }

    @Test
    void shouldRoundTripEveryModelThroughTheEditorAndShowADeliberateGap() throws Exception {
        Assumptions.assumeFalse("false".equals(System.getProperty("srt.browser-tests")), "browser tests switched off");
        assertThat(Path.of(CHROMIUM)).as("Debian chromium for the browser tests (.ci/run installs it)").exists();
        ProcessBuilder node = new ProcessBuilder("node", "e2e/committee.e2e.mjs").directory(WEBUI.toFile())
                .redirectErrorStream(true);
        String url = base.toString();
        node.environment().put("BASE_URL", url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        node.environment().put("USER_NAME", TestUsers.COMMITTEE);
        node.environment().put("PASSWORD", TestUsers.PASSWORD);
        node.environment().put("OUT_DIR", OUT.toString());
        node.environment().put("CHROMIUM", CHROMIUM);
        Process process = node.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println("[e2e] " + line);
                output.append(line).append('\n');
            }
        }
        boolean finished = process.waitFor(30, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0).as(output.toString()).isTrue();
        assertThat(output).contains("2 passed, 0 failed");
        assertThat(Files.size(OUT.resolve("editor-pathway.png"))).isPositive();
        assertThat(Files.size(OUT.resolve("gap-reported.png"))).isPositive();
    }
}
