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
 * prior salvage radiotherapy (the latest). Procedures not done or entered in error are skipped. A later
 * prostatectomy or prostate radiotherapy is neither, and the input cannot hold it: it is named on a card
 * (an adjuvant or salvage course after a prostatectomy matters to the decision, and is never guessed).
 */
final class TreatmentReader {
    static final String SALVAGE = "SALVAGE_RADIOTHERAPY";

    record Treatments(PrimaryTreatment primary, LocalDate primaryDate, LocalDate salvageDate) {
    }

    private record Dated(Procedure procedure, String meaning, LocalDate date) {
        boolean salvage() {
            return SALVAGE.equals(meaning);
        }

        String name() {
            return PrimaryTreatment.PROSTATECTOMY.name().equals(meaning) ? "prostatectomy" : "prostate radiotherapy";
        }
    }

    private final FhirMapping mapping;
    private final FhirReading reading;

    TreatmentReader(FhirMapping mapping, FhirReading reading) {
        this.mapping = mapping;
        this.reading = reading;
    }

    Treatments read(List<Resource> resources) {
        List<Dated> dated = resources.stream().map(this::dated).flatMap(Optional::stream).toList();
        List<Dated> treatments = dated.stream().filter(d -> !d.salvage()).sorted(Comparator.comparing(Dated::date)).toList();
        List<Dated> salvages = dated.stream().filter(Dated::salvage).toList();
        Optional<Dated> primary = primary(treatments);
        LocalDate first = treatments.isEmpty() ? null : treatments.get(0).date();
        treatments.stream().filter(d -> d.date().isAfter(first)).forEach(later -> primary.ifPresentOrElse(
                p -> noteLater(later, p, salvages), () -> reading.note(later.procedure(), capitalised(later.name()) + " of "
                        + later.date() + ": not used, because the earliest treatment records (" + first + ") conflict.")));
        Optional<Dated> salvage = salvages.stream().max(Comparator.comparing(Dated::date));
        return new Treatments(primary.map(d -> PrimaryTreatment.valueOf(d.meaning())).orElse(null),
                primary.map(Dated::date).orElse(null), salvage.map(Dated::date).orElse(null));
    }

    /**
     * The earliest treatment. A prostatectomy and a radiotherapy on that same date contradict each other:
     * neither is used (the primary treatment changes how every PSA value is read), so there is no primary.
     */
    private Optional<Dated> primary(List<Dated> treatments) {
        if (treatments.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = treatments.get(0).date();
        List<Dated> sameDay = treatments.stream().filter(d -> d.date().equals(first)).toList();
        if (sameDay.stream().map(Dated::meaning).distinct().count() > 1) {
            sameDay.forEach(d -> reading.note(d.procedure(), "A prostatectomy and a prostate radiotherapy are both dated "
                    + first + ": neither used, so the primary treatment is unknown. Correct the date or the code of the "
                    + "record that is wrong."));
            return Optional.empty();
        }
        return Optional.of(treatments.get(0));
    }

    /** A treatment after the primary one: the card says what it probably is and how to record it. */
    private void noteLater(Dated later, Dated primary, List<Dated> salvages) {
        boolean laterIsRadiotherapy = !PrimaryTreatment.PROSTATECTOMY.name().equals(later.meaning());
        if (laterIsRadiotherapy && salvages.stream().anyMatch(s -> s.date().equals(later.date()))) {
            return; // the same course, also recorded as salvage radiotherapy: used as such
        }
        String head = capitalised(later.name()) + " of " + later.date() + " after the " + primary.name() + " of "
                + primary.date() + ": not used. ";
        boolean primaryIsProstatectomy = PrimaryTreatment.PROSTATECTOMY.name().equals(primary.meaning());
        String advice;
        if (laterIsRadiotherapy && primaryIsProstatectomy) {
            advice = "Radiotherapy after a prostatectomy is adjuvant or salvage radiotherapy; the record does not say which, "
                    + "and the assessment does not guess. If it was salvage radiotherapy, record it as salvage radiotherapy: "
                    + "it then counts as previous salvage radiotherapy. The assessment has no input for adjuvant "
                    + "radiotherapy: if it was adjuvant, the recommendation does not take it into account.";
        } else if (laterIsRadiotherapy) {
            advice = "If it was salvage radiotherapy, record it as salvage radiotherapy: it then counts as previous salvage "
                    + "radiotherapy. If it was part of the primary radiotherapy, that is already dated " + primary.date() + ".";
        } else if (primaryIsProstatectomy) {
            advice = "A prostatectomy is done once and the primary treatment is dated " + primary.date()
                    + ": correct or remove the record whose date is wrong.";
        } else {
            advice = "The primary treatment is the radiotherapy of " + primary.date() + "; the assessment has no input for "
                    + "a prostatectomy after radiotherapy (salvage prostatectomy), so the recommendation does not take it "
                    + "into account. If a date or code is wrong, correct it.";
        }
        reading.note(later.procedure(), head + advice);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
        return reading.date(resource, procedure.getPerformed(), "Procedure")
                .map(date -> new Dated(procedure, meaning.get(), date));
    }
}
