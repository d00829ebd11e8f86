package org.srtguide.publishing;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.srtguide.decision.ActiveModels;

/**
 * Says which model version answers and which published versions this replica refuses to apply
 * (proposed against another repository baseline). Ignoring them is the safe state, so it stays UP:
 * the replica answers on its baseline (or the last version of its baseline).
 */
@Readiness
@ApplicationScoped
class PublishedModelsReadiness implements HealthCheck {
    private final PublishedModels published;
    private final ActiveModels active;

    PublishedModelsReadiness(PublishedModels published, ActiveModels active) {
        this.published = published;
        this.active = active;
    }

    @Override
    public HealthCheckResponse call() {
        String ignored = published.ignored().stream().map(v -> String.valueOf(v.version())).collect(Collectors.joining(","));
        return HealthCheckResponse.named("published models").up()
                .withData("activeVersion", active.current().version())
                .withData("ignoredVersions", ignored.isEmpty() ? "none" : ignored + " (proposed against another baseline)")
                .build();
    }
}
