package org.srtguide.cds.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Resource;
import org.srtguide.api.UnprocessableException;
import org.srtguide.api.Violation;
import org.srtguide.assessment.AssessmentRequest;
import org.srtguide.assessment.AssessmentRequest.Psa;
import org.srtguide.cds.fhir.PathologyReader.Pathology;
import org.srtguide.cds.fhir.TreatmentReader.Treatments;

/**
 * FHIR R4 prefetch → the same {@link AssessmentRequest} as {@code POST /api/assessments} takes, plus the
 * data that could not be used (docs/fhir.md). Without a primary treatment or a usable PSA value there is
 * nothing to decide: 422 naming the prefetch key, and nothing is evaluated or recorded.
 */
@ApplicationScoped
public class AssessmentMapper {
    private final FhirMapping mapping;

    AssessmentMapper(FhirMapping mapping) {
        this.mapping = mapping;
    }

    /** The request for the assessment and what was left out of it. */
    public record Mapped(AssessmentRequest request, List<DataNote> notes) {
    }

    public Mapped map(Prefetch prefetch, LocalDate asOf, String caseId) {
        FhirReading reading = new FhirReading(asOf);
        List<Psa> psa = new PsaReader(mapping, reading).read(prefetch.of(PrefetchKeys.PSA));
        Treatments treatments = new TreatmentReader(mapping, reading).read(prefetch.of(PrefetchKeys.PROCEDURES));
        Pathology pathology = new PathologyReader(mapping, reading).read(prefetch.of(PrefetchKeys.PATHOLOGY));
        var imaging = new ImagingReader(mapping, reading).read(prefetch.of(PrefetchKeys.IMAGING));
        List<Resource> toxicityData = new ArrayList<>(prefetch.of(PrefetchKeys.CONDITIONS));
        toxicityData.addAll(prefetch.of(PrefetchKeys.ADVERSE_EVENTS));
        var toxicities = new ToxicityReader(mapping, reading).read(toxicityData);
        List<Violation> missing = new ArrayList<>();
        if (treatments.primary() == null) {
            missing.add(new Violation("prefetch." + PrefetchKeys.PROCEDURES,
                    "no usable dated radical prostatectomy or prostate radiotherapy: the primary treatment is unknown"));
        }
        if (psa.isEmpty()) {
            missing.add(new Violation("prefetch." + PrefetchKeys.PSA, "no usable PSA result"));
        }
        if (!missing.isEmpty()) {
            reading.notes().forEach(n -> missing.add(new Violation(n.resource(), n.problem())));
            throw new UnprocessableException("Not enough data for a decision", "The FHIR data holds no "
                    + (treatments.primary() == null ? "primary treatment" : "usable PSA result")
                    + "; nothing was evaluated.", missing);
        }
        boolean salvage = treatments.salvageDate() != null;
        AssessmentRequest request = new AssessmentRequest(caseId, asOf, treatments.primary(), treatments.primaryDate(), psa,
                pathology.gradeGroup(), pathology.seminalVesicleInvasion(), pathology.nodes(), imaging, salvage,
                treatments.salvageDate(), toxicities);
        return new Mapped(request, List.copyOf(reading.notes()));
    }
}
