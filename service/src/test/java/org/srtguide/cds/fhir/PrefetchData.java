package org.srtguide.cds.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Resource;

/** A prefetch assembled resource by resource in a test, mapped as the CDS service maps it on {@link AssessmentMapperTest#AS_OF}. */
final class PrefetchData {
    private static final AssessmentMapper MAPPER = new AssessmentMapper(FhirMapping.load());

    private final Map<String, List<Resource>> data = new HashMap<>();

    void add(String key, Resource resource) {
        data.computeIfAbsent(key, k -> new ArrayList<>()).add(resource);
    }

    /** The key with exactly these resources (none: an empty bundle under it). */
    void set(String key, Resource... resources) {
        data.put(key, new ArrayList<>(List.of(resources)));
    }

    /** The key absent, as when the EHR did not prefetch it. */
    void remove(String key) {
        data.remove(key);
    }

    AssessmentMapper.Mapped map() {
        return MAPPER.map(new Prefetch(data), AssessmentMapperTest.AS_OF, "hook-1");
    }
}
