package org.srtguide.cds.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The FHIR → assessment input mapping of {@value #RESOURCE} (docs/fhir.md): codes to meanings, PSA units
 * to ng/mL, extension URLs. Entries marked {@code verified: false} are documented but never matched.
 */
public record FhirMapping(List<Concept> psa, Map<String, BigDecimal> psaUnits, List<Concept> procedures,
        List<Concept> pathologyCodes, List<Concept> pathologyValues, List<Concept> imagingCodes,
        List<Concept> imagingFindings, List<Concept> toxicityTerms, List<Concept> ctcaeGrades, Extensions extensions) {

    static final String RESOURCE = "cds/fhir-mapping.yaml";

    /** One coding and the assessment meaning it stands for. */
    public record Concept(String system, String code, String meaning, String display, Boolean verified) {
        boolean usable() {
            return !Boolean.FALSE.equals(verified);
        }

        boolean matches(Coding coding) {
            return usable() && system.equals(coding.getSystem()) && code.equals(coding.getCode());
        }
    }

    public record Extensions(String ctcaeGrade, String aeGrade, String toxicityPhase, String largestLesionMm) {
    }

    /** The shipped mapping from the class path. */
    public static FhirMapping load() {
        try (InputStream in = FhirMapping.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return new ObjectMapper(new YAMLFactory()).setPropertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE)
                    .readValue(in, FhirMapping.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The meaning of the first coding of {@code concept} that a usable entry lists. */
    public static Optional<String> meaning(List<Concept> entries, CodeableConcept concept) {
        if (concept == null) {
            return Optional.empty();
        }
        for (Coding coding : concept.getCoding()) {
            for (Concept entry : entries) {
                if (entry.matches(coding)) {
                    return Optional.of(entry.meaning());
                }
            }
        }
        return Optional.empty();
    }

    /** {@code system|code,system|code} of the usable entries, for a FHIR search's token parameter. */
    public static String tokens(List<Concept> entries) {
        return String.join(",", entries.stream().filter(Concept::usable).map(c -> c.system() + "|" + c.code()).toList());
    }
}
