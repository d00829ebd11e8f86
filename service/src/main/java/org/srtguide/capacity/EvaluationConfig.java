package org.srtguide.capacity;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Evaluation slots ({@code srt.evaluation.*}, docs/operations.md); the defaults live here and nowhere else. */
@ConfigMapping(prefix = "srt.evaluation")
public interface EvaluationConfig {

    /** Evaluations that run at once; 0: one per processor the JVM sees. */
    @WithDefault("0")
    int concurrency();

    /** How long an evaluation waits for a slot before the caller gets 503 at-capacity. */
    @WithDefault("10s")
    Duration queueTimeout();
}
