package org.srtguide.cds.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Resource;
import org.srtguide.assessment.AssessmentRequest.Toxicity;
import org.srtguide.assessment.Codes.Phase;
import org.srtguide.assessment.Codes.ToxicityTerm;

/**
 * Conditions and AdverseEvents → CTCAE toxicities with grade and phase. Without a grade or a phase a
 * toxicity is not given one: it is reported. Resolved or inactive conditions, and resolved or merely
 * potential adverse events, are not current toxicities. R4 AdverseEvent.severity (mild, moderate,
 * severe) is not a CTCAE grade and is not read.
 */
final class ToxicityReader {
    private static final List<String> RESOLVED_OUTCOMES = List.of("resolved", "resolvedWithSequelae");

    /** The CTCAE grade the extensions state (null if none), or why it cannot be used. */
    private record Grade(Integer value, String problem) {
    }

    private final FhirMapping mapping;
    private final FhirReading reading;

    ToxicityReader(FhirMapping mapping, FhirReading reading) {
        this.mapping = mapping;
        this.reading = reading;
    }

    List<Toxicity> read(List<Resource> resources) {
        List<Toxicity> out = new ArrayList<>();
        for (Resource resource : resources) {
            if (resource instanceof Condition condition) {
                if (current(condition)) {
                    toxicity(condition, condition.getCode(), "Condition code").ifPresent(out::add);
                }
            } else if (resource instanceof AdverseEvent event) {
                if (current(event)) {
                    toxicity(event, event.getEvent(), "AdverseEvent event").ifPresent(out::add);
                }
            } else {
                reading.note(resource, resource.fhirType() + " is not read; send toxicities as Condition or AdverseEvent "
                        + "with a CTCAE grade and phase (docs/fhir.md).");
            }
        }
        return out;
    }

    private static boolean current(Condition condition) {
        String status = condition.getClinicalStatus().getCodingFirstRep().getCode();
        String verification = condition.getVerificationStatus().getCodingFirstRep().getCode();
        return (status == null || List.of("active", "recurrence", "relapse").contains(status))
                && !"entered-in-error".equals(verification) && !"refuted".equals(verification);
    }

    private static boolean current(AdverseEvent event) {
        String outcome = event.getOutcome().getCodingFirstRep().getCode();
        return event.getActuality() != AdverseEvent.AdverseEventActuality.POTENTIAL
                && (outcome == null || !RESOLVED_OUTCOMES.contains(outcome));
    }

    private Optional<Toxicity> toxicity(DomainResource resource, CodeableConcept code, String what) {
        Optional<String> term = FhirMapping.meaning(mapping.toxicityTerms(), code);
        if (term.isEmpty()) {
            reading.note(resource, what + " is not a CTCAE term of the mapping (docs/fhir.md): not used.");
            return Optional.empty();
        }
        String name = "Toxicity " + term.get().toLowerCase().replace('_', ' ');
        Grade grade = grade(resource);
        if (grade.problem() != null) {
            reading.note(resource, name + ": " + grade.problem() + ": no management advice given for it.");
            return Optional.empty();
        }
        Extension phase = resource.getExtensionByUrl(mapping.extensions().toxicityPhase());
        Integer g = grade.value();
        String p = phase != null && phase.getValue() instanceof CodeType c ? c.getValue() : null;
        // List.of(...).contains(null) throws: a missing phase must be tested first
        if (g == null || g < 1 || g > 5 || p == null || !List.of("ACUTE", "LATE").contains(p)) {
            reading.note(resource, name + " has no CTCAE grade (1-5) or no phase (acute or late): no management advice given for it.");
            return Optional.empty();
        }
        return Optional.of(new Toxicity(ToxicityTerm.valueOf(term.get()), g, Phase.valueOf(p)));
    }

    /**
     * The platform's ctcae-grade (valueInteger) and the HL7 AE research IG's ae-grade (an NCI Thesaurus grade
     * code); when both are present they must agree.
     */
    private Grade grade(DomainResource resource) {
        Extension local = resource.getExtensionByUrl(mapping.extensions().ctcaeGrade());
        Integer integer = local != null && local.getValue() instanceof IntegerType i ? i.getValue() : null;
        Extension coded = resource.getExtensionByUrl(mapping.extensions().aeGrade());
        if (coded == null) {
            return new Grade(integer, null);
        }
        Optional<Integer> fromCode = coded.getValue() instanceof CodeableConcept c
                ? FhirMapping.meaning(mapping.ctcaeGrades(), c).map(Integer::valueOf) : Optional.empty();
        if (fromCode.isEmpty()) {
            return new Grade(null, "its CTCAE grade (ae-grade) is not a grade code of the mapping (docs/fhir.md)");
        }
        if (integer != null && !integer.equals(fromCode.get())) {
            return new Grade(null, "its two CTCAE grade extensions disagree");
        }
        return new Grade(fromCode.get(), null);
    }
}
