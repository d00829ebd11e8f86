package org.srtguide.publishing;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Publishing settings ({@code srt.publishing.*}, docs/committee.md); the defaults live here. */
@ConfigMapping(prefix = "srt.publishing")
public interface PublishingConfig {

    /**
     * How often a replica reads the published versions: a version published on another replica, or
     * whose effective instant arrives, answers here within this interval (plus compiling it).
     */
    @WithDefault("2S")
    Duration pollInterval();

    /**
     * Whether a publisher may publish a proposal they authored (any revision). Off by default: the
     * person who puts a change into service is not one who wrote it (docs/security.md).
     */
    @WithDefault("false")
    boolean allowAuthorPublish();
}
