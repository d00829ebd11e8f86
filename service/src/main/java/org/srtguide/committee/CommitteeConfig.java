package org.srtguide.committee;

import java.nio.file.Path;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Committee workbench settings ({@code srt.committee.*}, docs/committee.md); the defaults live here. */
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
    @Min(1)
    int quorum();

    /**
     * The same for a rollback proposal: it restores a version that already passed full review, so one
     * approval by a member other than its authors suffices by default (docs/committee.md). At least 1.
     */
    @WithDefault("1")
    @Min(1)
    int rollbackQuorum();
}
