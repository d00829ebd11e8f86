package org.srtguide.cds.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * What the readers share: the reference date, the notes on unusable data, and how a resource's clinical
 * date is read (the calendar date as written in the resource, whatever its time zone).
 */
final class FhirReading {
    private final LocalDate asOf;
    private final List<DataNote> notes = new ArrayList<>();

    FhirReading(LocalDate asOf) {
        this.asOf = asOf;
    }

    LocalDate asOf() {
        return asOf;
    }

    List<DataNote> notes() {
        return notes;
    }

    void note(Resource resource, String problem) {
        notes.add(new DataNote(name(resource), problem));
    }

    static String name(Resource resource) {
        String type = resource.fhirType();
        return resource.hasIdElement() && resource.getIdElement().getIdPart() != null
                ? type + "/" + resource.getIdElement().getIdPart() : type + " (no id)";
    }

    /**
     * The date of a dateTime or Period (start) value; empty, with a note, when absent or after the
     * reference date (data from after asOf cannot inform a decision taken at asOf).
     */
    Optional<LocalDate> date(Resource resource, Type value, String what) {
        DateTimeType dateTime = value instanceof DateTimeType dt ? dt
                : value instanceof Period period && period.hasStart() ? period.getStartElement() : null;
        if (dateTime == null || dateTime.getValue() == null) {
            note(resource, what + " has no date: not used.");
            return Optional.empty();
        }
        if (dateTime.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            note(resource, what + " is dated only to the " + dateTime.getPrecision().name().toLowerCase() + ": not used.");
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(dateTime.getYear(), dateTime.getMonth() + 1, dateTime.getDay());
        if (date.isAfter(asOf)) {
            note(resource, what + " is dated after the reference date " + asOf + ": not used.");
            return Optional.empty();
        }
        return Optional.of(date);
    }
}
