package org.srtguide.dose.constraints;

import static org.srtguide.dose.dvh.Dvh.fmt;

/**
 * A course the set's dose levels were written for. Voxel-by-voxel conversion only needs its
 * number of fractions (an organ voxel at level L received L/n per fraction); the total dose, when
 * the source gives it, says which course that is.
 */
public record ReferenceCourse(Double totalDoseGy, int fractions) {

    public ReferenceCourse {
        if (fractions < 1) {
            throw new IllegalArgumentException("a reference course needs at least one fraction");
        }
    }

    /** "79.2 Gy/44 fx", or "5 fx" when the source gives no total. */
    public String label() {
        return totalDoseGy == null ? fractions + " fx" : fmt(totalDoseGy) + " Gy/" + fractions + " fx";
    }
}
