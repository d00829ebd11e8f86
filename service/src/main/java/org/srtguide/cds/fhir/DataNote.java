package org.srtguide.cds.fhir;

/**
 * FHIR data the decision could not use, shown to the clinician on a card: {@code resource} names it
 * (type/id, or its place in the prefetch), {@code problem} says what to fix, in clinician language.
 */
public record DataNote(String resource, String problem) {
}
