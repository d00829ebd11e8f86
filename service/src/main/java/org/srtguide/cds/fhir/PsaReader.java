package org.srtguide.cds.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.srtguide.assessment.AssessmentRequest.Psa;

/**
 * PSA Observations → {@link Psa} values in ng/mL. A {@code <} comparator is a result below the
 * laboratory's detection limit; other comparators, unknown units and codes are never guessed.
 */
final class PsaReader {
    static final String UCUM = "http://unitsofmeasure.org";

    private final FhirMapping mapping;
    private final FhirReading reading;

    PsaReader(FhirMapping mapping, FhirReading reading) {
        this.mapping = mapping;
        this.reading = reading;
    }

    List<Psa> read(List<Resource> resources) {
        List<Psa> out = new ArrayList<>();
        for (Resource resource : resources) {
            if (!(resource instanceof Observation observation)) {
                reading.note(resource, "Not an Observation, so not read as a PSA result.");
                continue;
            }
            if (observation.getStatus() == Observation.ObservationStatus.ENTEREDINERROR) {
                continue;
            }
            if (FhirMapping.meaning(mapping.psa(), observation.getCode()).isEmpty()) {
                reading.note(resource, "Observation code is not a PSA code of the mapping (docs/fhir.md): not used.");
                continue;
            }
            Optional<LocalDate> date = reading.date(resource, observation.getEffective(), "PSA result");
            if (date.isPresent()) {
                psa(observation, date.get()).ifPresent(out::add);
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
        return Optional.of(new Psa(date, quantity.getValue().multiply(factor), belowLimit ? Boolean.TRUE : null, null));
    }
}
