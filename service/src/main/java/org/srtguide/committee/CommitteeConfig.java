package org.srtguide.committee;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Committee workbench settings ({@code srt.committee.*}, docs/committee.md); the defaults live here. The
 * quorums are checked at start-up by {@link CommitteeConfigCheck}, not with Bean Validation annotations:
 * one constrained mapping makes Quarkus bootstrap a second Hibernate Validator factory for configuration
 * before anything else starts (0.2-0.3 s of start-up on two cores, bench/RESULTS.md).
 */
@ConfigMapping(prefix = "srt.committee")
public interface CommitteeConfig {

    /**
     * The vignettes' folder; the repository's test-cases/ when the service runs from service/. When it
     * does not exist, the copy packaged into the service is read.
     */
    @WithDefault("../test-cases")
    Path testCasesDir();

    /** Approvals of the latest revision, by distinct committee members other than its authors, needed to publish. */
    @WithDefault("2")
    int quorum();

    /**
     * The same for a rollback proposal: it restores a version that already passed full review, so one
     * approval by a member other than its authors suffices by default (docs/committee.md). At least 1.
     */
    @WithDefault("1")
    int rollbackQuorum();
}
