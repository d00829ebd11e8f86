package org.srtguide.cds.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.srtguide.assessment.AssessmentRequest.Psa;

/**
 * PSA Observations → {@link Psa} values in ng/mL. Only final (or amended, corrected) results are used
 * ({@link ResultStatus}). A {@code <} comparator is a result below the laboratory's detection limit; other
 * comparators, unknown units and codes are never guessed.
 */
final class PsaReader {
    static final String UCUM = "http://unitsofmeasure.org";
    /** The JSON API's plausibility ceiling (AssessmentRequest.Psa): above it, a unit error is likely. */
    static final BigDecimal PLAUSIBLE_MAX = new BigDecimal("10000");

    private final FhirMapping mapping;
    private final FhirReading reading;

    PsaReader(FhirMapping mapping, FhirReading reading) {
        this.mapping = mapping;
        this.reading = reading;
    }

    List<Psa> read(List<Resource> resources) {
        List<Psa> out = new ArrayList<>();
        List<Observation> sources = new ArrayList<>();
        for (Resource resource : resources) {
            if (!(resource instanceof Observation observation)) {
                reading.note(resource, "Not an Observation, so not read as a PSA result.");
                continue;
            }
            String status = observation.getStatusElement().getValueAsString();
            if (ResultStatus.noResult(status)) {
                continue;
            }
            if (FhirMapping.meaning(mapping.psa(), observation.getCode()).isEmpty()) {
                reading.note(resource, "Observation code is not a PSA code of the mapping (docs/fhir.md): not used.");
                continue;
            }
            Optional<LocalDate> date = reading.date(resource, observation.getEffective(), "PSA result");
            Optional<String> unusable = ResultStatus.unusable(status);
            if (date.isPresent() && unusable.isPresent()) {
                reading.note(resource, "PSA result of " + date.get() + unusable.get());
            } else if (date.isPresent()) {
                psa(observation, date.get()).ifPresent(p -> {
                    out.add(p);
                    sources.add(observation);
                });
            }
        }
        return withoutConflicts(out, sources);
    }

    /**
     * Two different results on one date cannot both be right (the JSON API refuses them): here both are
     * left out and shown, so the rest of the record can still be assessed.
     */
    private List<Psa> withoutConflicts(List<Psa> values, List<Observation> sources) {
        Map<LocalDate, Set<String>> byDate = new HashMap<>();
        for (Psa p : values) {
            byDate.computeIfAbsent(p.date(), d -> new HashSet<>()).add(p.value().stripTrailingZeros().toPlainString() + p.reportedBelowLimit());
        }
        List<Psa> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Psa p = values.get(i);
            if (byDate.get(p.date()).size() > 1) {
                reading.note(sources.get(i), "PSA results of " + p.date() + " disagree: none of that date used.");
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private Optional<Psa> psa(Observation observation, LocalDate date) {
        if (!observation.hasValueQuantity() || !observation.getValueQuantity().hasValue()) {
            reading.note(observation, "PSA result of " + date + " has no numeric value: not used.");
            return Optional.empty();
        }
        Quantity quantity = observation.getValueQuantity();
        String unit = quantity.hasCode() && (!quantity.hasSystem() || UCUM.equals(quantity.getSystem())) ? quantity.getCode() : null;
        BigDecimal factor = unit == null ? null : mapping.psaUnits().get(unit);
        if (factor == null) {
            reading.note(observation, "PSA result of " + date + (unit == null ? " has no UCUM unit" : " has a unit other than ng/mL or ug/L")
                    + ": not used. Send the unit as a UCUM code.");
            return Optional.empty();
        }
        boolean belowLimit = false;
        if (quantity.hasComparator()) {
            if (quantity.getComparator() != Quantity.QuantityComparator.LESS_THAN) {
                reading.note(observation, "PSA result of " + date + " is reported as '" + quantity.getComparator().toCode()
                        + "' a value: not used (only '<', below the detection limit, is read).");
                return Optional.empty();
            }
            belowLimit = true;
        }
        BigDecimal value = quantity.getValue().multiply(factor);
        if (value.signum() < 0 || value.compareTo(PLAUSIBLE_MAX) > 0) {
            reading.note(observation, "PSA result of " + date + " is outside 0 to 10 000 ng/mL: not used (check the unit).");
            return Optional.empty();
        }
        return Optional.of(new Psa(date, value, belowLimit ? Boolean.TRUE : null, null));
    }
}
