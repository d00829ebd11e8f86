package org.srtguide.decision;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The model version that answers clinical requests now. A request reads {@link #current()} once and
 * evaluates on that version to the end, so a switch never changes a running evaluation and never
 * fails a request. Starts at the baseline; the publishing feature switches it.
 */
@ApplicationScoped
public class ActiveModels {
    private volatile VersionedModels current;

    ActiveModels(ModelRegistry registry) {
        this.current = VersionedModels.baseline(registry);
    }

    public VersionedModels current() {
        return current;
    }

    /** The version that answers from now on (published, or the baseline again). */
    public void activate(VersionedModels version) {
        current = version;
    }
}
