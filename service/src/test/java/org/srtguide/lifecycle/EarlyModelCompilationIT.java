package org.srtguide.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service starts compiling its decision models from its main method, before Quarkus
 * initialises (ServiceMain, ModelCompilation): the JVM's class-loading log of a real start shows the
 * generated models' class loaded before Quarkus' CDI container, which is where the compilation began
 * before (an observer of the container's start, still the path of tests and dev mode). The order, not
 * a timing, is asserted. Runs in `mvn verify` (failsafe), after the jar is packaged.
 */
class EarlyModelCompilationIT {
    private static final Path JAR = Path.of(System.getProperty("srt.it.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final String MODELS = "org.kie.kogito.app.DecisionModels ";
    private static final String CDI_CONTAINER = "io.quarkus.arc.impl.ArcContainerImpl ";

    @TempDir
    Path dataDir;

    @Test
    void shouldLoadTheGeneratedModelsBeforeTheCdiContainer() throws Exception {
        Path classLog = dataDir.resolve("classes.log");
        ProcessBuilder command = ServiceProcess.command(JAR, dataDir, Map.of("clara", "it-secret:clinician"));
        command.command().add(1, "-Xlog:class+load=info:file=" + classLog);
        try (ServiceProcess service = ServiceProcess.start(command)) {
            assertThat(service.port()).isPositive();
        }
        List<String> lines = Files.readAllLines(classLog);
        int models = indexOf(lines, MODELS);
        int container = indexOf(lines, CDI_CONTAINER);
        assertThat(models).as("the generated models' class was loaded").isNotNegative();
        assertThat(container).as("the CDI container's class was loaded").isNotNegative();
        assertThat(models).as("models loaded before the CDI container").isLessThan(container);
    }

    private static int indexOf(List<String> lines, String className) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(" " + className)) {
                return i;
            }
        }
        return -1;
    }
}
