package org.srtguide.committee;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.ConfigurationException;

/** The quorum settings are checked at start-up: below 1, the service refuses to start, naming the setting. */
class CommitteeConfigCheckTest {

    @Test
    void acceptsTheDefaults() {
        assertThatCode(() -> CommitteeConfigCheck.check(config(2, 1))).doesNotThrowAnyException();
    }

    @Test
    void refusesAQuorumBelowOne() {
        assertThatThrownBy(() -> CommitteeConfigCheck.check(config(0, 1)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("srt.committee.quorum must be at least 1");
    }

    @Test
    void refusesARollbackQuorumBelowOne() {
        assertThatThrownBy(() -> CommitteeConfigCheck.check(config(2, -1)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("srt.committee.rollback-quorum must be at least 1 (was -1)");
    }

    private static CommitteeConfig config(int quorum, int rollbackQuorum) {
        return new CommitteeConfig() {
            @Override
            public Path testCasesDir() {
                return Path.of("test-cases");
            }

            @Override
            public int quorum() {
                return quorum;
            }

            @Override
            public int rollbackQuorum() {
                return rollbackQuorum;
            }
        };
    }
}
