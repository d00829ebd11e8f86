package org.srtguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs one of the pages' browser scripts (src/main/webui/e2e/*.e2e.mjs: Debian chromium driven by
 * playwright-core) against a running test service, echoing its output. Needs /usr/bin/chromium
 * (.ci/run installs it); skip only on purpose with {@code -Dsrt.browser-tests=false}.
 */
public final class BrowserScript {
    public static final Path WEBUI = Path.of("src", "main", "webui").toAbsolutePath();
    static final String CHROMIUM = System.getProperty("srt.chromium", "/usr/bin/chromium");

    private BrowserScript() {
    }

    /** Runs the script with BASE_URL, OUT_DIR and CHROMIUM set, plus {@code env}; returns its output, failing on a non-zero exit. */
    public static String run(String script, URL base, Path outDir, Map<String, String> env) throws Exception {
        Assumptions.assumeFalse("false".equals(System.getProperty("srt.browser-tests")), "browser tests switched off");
        assertThat(Path.of(CHROMIUM)).as("Debian chromium for the browser tests (.ci/run installs it)").exists();
        ProcessBuilder node = new ProcessBuilder("node", script).directory(WEBUI.toFile()).redirectErrorStream(true);
        String url = base.toString();
        node.environment().put("BASE_URL", url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        node.environment().put("OUT_DIR", outDir.toString());
        node.environment().put("CHROMIUM", CHROMIUM);
        node.environment().putAll(env);
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
        return output.toString();
    }
}
