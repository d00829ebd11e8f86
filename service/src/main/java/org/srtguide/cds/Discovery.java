package org.srtguide.cds;

import java.util.List;
import java.util.Map;

/** CDS Hooks discovery response: {@code {"services": [...]}}. */
public record Discovery(List<Service> services) {

    public record Service(String hook, String title, String description, String id, Map<String, String> prefetch,
            String usageRequirements) {
    }
}
