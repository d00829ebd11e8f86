package org.srtguide.dose.check;

import java.util.List;

/** The plan being checked: its prescription and its structures' DVHs. */
public record Plan(double totalDoseGy, int fractions, List<StructureDvh> structures) {

    public Plan {
        if (!(totalDoseGy > 0) || fractions < 1) {
            throw new IllegalArgumentException("the prescription needs a total dose > 0 and at least one fraction");
        }
        structures = List.copyOf(structures);
    }

    public double dosePerFractionGy() {
        return totalDoseGy / fractions;
    }
}
