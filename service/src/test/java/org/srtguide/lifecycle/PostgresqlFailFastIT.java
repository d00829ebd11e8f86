package org.srtguide.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service in the production profile with the PostgreSQL audit store but no URL or
 * credentials: it must stop at start-up, naming what is missing, and never reach the local test
 * database that dev and test use. Runs in `mvn verify` (failsafe), after the jar is packaged.
 */
class PostgresqlFailFastIT {
    private static final Path JAR = Path.of(System.getProperty("srt.it.jar", "target/quarkus-app/quarkus-run.jar"));

    @TempDir
    Path dataDir;

    @Test
    void shouldRefuseToStartWithoutPostgresqlUrlAndCredentials() throws Exception {
        ProcessBuilder builder = ServiceProcess.command(JAR, dataDir, Map.of());
        builder.environment().put("QUARKUS_PROFILE", "prod,postgresql");
        // to a file: a pipe nobody reads until the exit could fill up and block the process
        Path log = dataDir.resolve("service.log");
        Process process = builder.redirectOutput(log.toFile()).start();
        try {
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the service stops by itself").isTrue();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit status\n" + output).isNotZero();
            assertThat(output).contains("QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL", "QUARKUS_DATASOURCE_POSTGRESQL_USERNAME",
                    "QUARKUS_DATASOURCE_POSTGRESQL_PASSWORD").doesNotContain("Listening on:");
        } finally {
            process.destroyForcibly();
        }
    }
}
