package org.srtguide.cds.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.srtguide.api.Violation;

import com.fasterxml.jackson.databind.JsonNode;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;

/**
 * Reads one prefetch value of a CDS Hooks request: a FHIR R4 resource, or a Bundle whose entries are
 * parsed one by one, so that a fault is named by its place ({@code prefetch.psa.entry[2].resource
 * (Observation).valueQuantity.value}) rather than by HAPI's message, which quotes the input.
 */
@ApplicationScoped
public class PrefetchReader {
    private final FhirContext fhir;

    PrefetchReader(FhirContext fhir) {
        this.fhir = fhir;
    }

    /** The resources of one key; faults are added to {@code violations}. */
    public List<Resource> read(String key, JsonNode value, List<Violation> violations) {
        String where = "prefetch." + key;
        List<Resource> out = new ArrayList<>();
        if (!value.isObject()) {
            violations.add(new Violation(where, "must be a FHIR R4 resource or Bundle (a JSON object) or null"));
            return out;
        }
        if ("Bundle".equals(value.path("resourceType").asText())) {
            JsonNode entries = value.path("entry");
            for (int i = 0; i < entries.size(); i++) {
                JsonNode resource = entries.get(i).get("resource");
                String at = where + ".entry[" + i + "].resource";
                if (resource == null || !resource.isObject()) {
                    violations.add(new Violation(at, "is missing: every Bundle entry must carry its resource"));
                } else {
                    parse(resource, at, violations).ifPresent(out::add);
                }
            }
            return out;
        }
        parse(value, where, violations).ifPresent(out::add);
        return out;
    }

    /** A resource as a FHIR server returned it (already parsed); a Bundle gives its entries. */
    static List<Resource> entries(Resource resource) {
        if (resource instanceof Bundle bundle) {
            return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Objects::nonNull).toList();
        }
        return List.of(resource);
    }

    private Optional<Resource> parse(JsonNode node, String where, List<Violation> violations) {
        String type = node.path("resourceType").asText("");
        String at = type.isEmpty() ? where : where + " (" + type + ")";
        ParseViolations faults = new ParseViolations(at);
        IParser parser = fhir.newJsonParser().setParserErrorHandler(faults);
        try {
            Resource resource = (Resource) parser.parseResource(node.toString());
            violations.addAll(faults.violations());
            return faults.violations().isEmpty() ? Optional.of(resource) : Optional.empty();
        } catch (DataFormatException | ClassCastException e) {
            violations.addAll(faults.violations());
            violations.add(new Violation(at + ".resourceType", "cannot be read as a FHIR R4 resource (resourceType missing or unknown, or its structure is not FHIR)"));
            return Optional.empty();
        }
    }
}
