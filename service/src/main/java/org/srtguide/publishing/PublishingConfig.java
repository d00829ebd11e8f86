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
}
