package org.srtguide.cds.fhir;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.srtguide.assessment.Codes.PrimaryTreatment;

/**
 * Procedures → the primary treatment (the earliest radical prostatectomy or prostate radiotherapy) and a
 * prior salvage radiotherapy (the latest). Procedures not done or entered in error are skipped.
 */
final class TreatmentReader {
    static final String SALVAGE = "SALVAGE_RADIOTHERAPY";

    record Treatments(PrimaryTreatment primary, LocalDate primaryDate, LocalDate salvageDate) {
    }

    private record Dated(String meaning, LocalDate date) {
    }

    private final FhirMapping mapping;
    private final FhirReading reading;

    TreatmentReader(FhirMapping mapping, FhirReading reading) {
        this.mapping = mapping;
        this.reading = reading;
    }

    Treatments read(List<Resource> resources) {
        List<Dated> dated = resources.stream().map(this::dated).flatMap(Optional::stream).toList();
        Optional<Dated> primary = dated.stream().filter(d -> !SALVAGE.equals(d.meaning()))
                .min(Comparator.comparing(Dated::date));
        Optional<Dated> salvage = dated.stream().filter(d -> SALVAGE.equals(d.meaning()))
                .max(Comparator.comparing(Dated::date));
        return new Treatments(primary.map(d -> PrimaryTreatment.valueOf(d.meaning())).orElse(null),
                primary.map(Dated::date).orElse(null), salvage.map(Dated::date).orElse(null));
    }

    private Optional<Dated> dated(Resource resource) {
        if (!(resource instanceof Procedure procedure)) {
            reading.note(resource, "Not a Procedure, so not read as a treatment.");
            return Optional.empty();
        }
        if (procedure.getStatus() == Procedure.ProcedureStatus.ENTEREDINERROR
                || procedure.getStatus() == Procedure.ProcedureStatus.NOTDONE) {
            return Optional.empty();
        }
        Optional<String> meaning = FhirMapping.meaning(mapping.procedures(), procedure.getCode());
        if (meaning.isEmpty()) {
            reading.note(resource, "Procedure code is not in the mapping (docs/fhir.md): not used.");
            return Optional.empty();
        }
        return reading.date(resource, procedure.getPerformed(), "Procedure").map(date -> new Dated(meaning.get(), date));
    }
}
