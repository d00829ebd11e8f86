package org.srtguide.cds.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Resource;
import org.srtguide.assessment.AssessmentRequest.Toxicity;
import org.srtguide.assessment.Codes.Phase;
import org.srtguide.assessment.Codes.ToxicityTerm;

/**
 * Conditions → CTCAE toxicities with grade and phase. Without a grade or a phase a toxicity is not
 * given one: it is reported. Resolved or inactive conditions are not current toxicities.
 */
final class ToxicityReader {
    private final FhirMapping mapping;
    private final FhirReading reading;

    ToxicityReader(FhirMapping mapping, FhirReading reading) {
        this.mapping = mapping;
        this.reading = reading;
    }

    List<Toxicity> read(List<Resource> resources) {
        List<Toxicity> out = new ArrayList<>();
        for (Resource resource : resources) {
            if (!(resource instanceof Condition condition)) {
                reading.note(resource, resource.fhirType() + " is not read; send toxicities as Condition with a CTCAE "
                        + "grade and phase (docs/fhir.md).");
                continue;
            }
            if (!current(condition)) {
                continue;
            }
            toxicity(condition).ifPresent(out::add);
        }
        return out;
    }

    private static boolean current(Condition condition) {
        String status = condition.getClinicalStatus().getCodingFirstRep().getCode();
        String verification = condition.getVerificationStatus().getCodingFirstRep().getCode();
        return (status == null || List.of("active", "recurrence", "relapse").contains(status))
                && !"entered-in-error".equals(verification) && !"refuted".equals(verification);
    }

    private Optional<Toxicity> toxicity(Condition condition) {
        Optional<String> term = FhirMapping.meaning(mapping.toxicityTerms(), condition.getCode());
        if (term.isEmpty()) {
            reading.note(condition, "Condition code is not a CTCAE term of the mapping (docs/fhir.md): not used.");
            return Optional.empty();
        }
        Extension grade = condition.getExtensionByUrl(mapping.extensions().ctcaeGrade());
        Extension phase = condition.getExtensionByUrl(mapping.extensions().toxicityPhase());
        Integer g = grade != null && grade.getValue() instanceof IntegerType i ? i.getValue() : null;
        String p = phase != null && phase.getValue() instanceof CodeType c ? c.getValue() : null;
        if (g == null || g < 1 || g > 5 || !List.of("ACUTE", "LATE").contains(p)) {
            reading.note(condition, "Toxicity " + term.get().toLowerCase().replace('_', ' ')
                    + " has no CTCAE grade (1-5) or no phase (acute or late): no management advice given for it.");
            return Optional.empty();
        }
        return Optional.of(new Toxicity(ToxicityTerm.valueOf(term.get()), g, Phase.valueOf(p)));
    }
}
