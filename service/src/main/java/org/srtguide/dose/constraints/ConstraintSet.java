package org.srtguide.dose.constraints;

import java.util.List;

/** A versioned, sourced list of constraints; {@code origin} names the file it came from. */
public record ConstraintSet(String id, int version, String title, String source, SetCategory category,
        ReferenceFractionation reference, String note, List<Constraint> constraints, String origin) {
}
