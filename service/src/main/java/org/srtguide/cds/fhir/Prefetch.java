package org.srtguide.cds.fhir;

import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Resource;

/**
 * The FHIR resources of a CDS Hooks request, by prefetch key (docs/fhir.md): each key's Bundle entries,
 * or its single resource, whether sent by the client or fetched from its FHIR server.
 */
public record Prefetch(Map<String, List<Resource>> resources) {

    public List<Resource> of(String key) {
        return resources.getOrDefault(key, List.of());
    }
}
