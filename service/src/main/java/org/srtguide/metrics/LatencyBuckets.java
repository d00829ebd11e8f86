package org.srtguide.metrics;

import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Latency buckets for {@code http.server.requests}, so p50/p99 can be read with PromQL
 * {@code histogram_quantile}: a short fixed list around the latencies measured in bench/RESULTS.md
 * rather than Micrometer's ~70 default buckets per route.
 */
@Singleton
class LatencyBuckets {
    private static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    @Produces
    @Singleton
    MeterFilter httpLatencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(millis(2), millis(5), millis(10), millis(25), millis(50), millis(100),
                                millis(250), millis(500), millis(1000), millis(2500))
                        .build().merge(config);
            }
        };
    }

    private static double millis(long ms) {
        return Duration.ofMillis(ms).toNanos();
    }
}
