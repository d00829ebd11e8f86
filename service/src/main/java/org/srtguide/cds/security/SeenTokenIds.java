package org.srtguide.cds.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token ids seen until their expiry, so that a captured CDS client token cannot be replayed (CDS Hooks
 * requires a unique {@code jti}). Per instance: replicas behind a load balancer each keep their own.
 */
final class SeenTokenIds {
    static final int MAX = 100_000;
    private final Map<String, Long> expiries = new ConcurrentHashMap<>();

    /** True the first time {@code jti} is seen; false for a replay (or when the table is full of live ids). */
    boolean firstUse(String jti, long expiresEpochSecond) {
        long now = Instant.now().getEpochSecond();
        if (expiries.size() >= MAX / 2) {
            expiries.values().removeIf(exp -> exp < now);
        }
        if (expiries.size() >= MAX) {
            return false;
        }
        return expiries.putIfAbsent(jti, expiresEpochSecond) == null;
    }
}
