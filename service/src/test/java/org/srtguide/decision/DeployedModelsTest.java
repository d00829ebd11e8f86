package org.srtguide.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves the build recipe: the service serves exactly the committee files of dmn/ and rules/
 * through Kogito code generation, and no copy of them is kept in the service sources.
 */
@QuarkusTest
class DeployedModelsTest {
    @Inject
    ModelRegistry registry;

    @Test
    void shouldDeployEveryModelOfDmnFolderByteForByte() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "dmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
                String name = file.getFileName().toString().replace(".dmn", "");
                DeployedModel deployed = registry.byName(name).orElseThrow(() -> new AssertionError("not deployed: " + name));
                assertThat(deployed.sha256()).as(name).isEqualTo(Sha256.hex(Files.readString(file)));
            }
        }
        assertThat(registry.all()).hasSize(7);
    }

    /** Kogito runs with its own type checks off (application.properties): the service's check must be registered with it. */
    @Test
    void shouldCheckTypesInTheDeployedRuntime() {
        DeployedModel candidacy = registry.byName("candidacy").orElseThrow();
        String service = candidacy.decisionServices().get(0);

        DmnEngine.Checked checked = DmnEngine.evaluateChecked(candidacy.decisionModel(), service,
                new java.util.HashMap<>(java.util.Map.of("recurrenceStatus", "RELAPSE")));

        assertThat(checked.nonConforming()).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(ConformanceListener.PARAMETER_TYPE);
            assertThat(m.text()).contains("'recurrenceStatus'");
        });
    }

    @Test
    void shouldKeepNoCopyOfModelsOrRulesInServiceSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            assertThat(files.map(Path::toString).filter(f -> f.endsWith(".dmn") || f.endsWith(".drl")).toList()).isEmpty();
        }
    }
}
