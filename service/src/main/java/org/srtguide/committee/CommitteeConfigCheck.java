package org.srtguide.committee;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/** Refuses to start with a quorum below 1: a proposal must always need an approval by someone other than its authors. */
@Singleton
class CommitteeConfigCheck {

    void onStart(@Observes StartupEvent event, CommitteeConfig config) {
        check(config);
    }

    static void check(CommitteeConfig config) {
        atLeastOne("srt.committee.quorum", config.quorum());
        atLeastOne("srt.committee.rollback-quorum", config.rollbackQuorum());
    }

    private static void atLeastOne(String key, int value) {
        if (value < 1) {
            throw new ConfigurationException(key + " must be at least 1 (was " + value + ")");
        }
    }
}
