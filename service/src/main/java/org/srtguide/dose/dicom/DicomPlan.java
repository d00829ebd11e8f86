package org.srtguide.dose.dicom;

import java.util.List;

import org.srtguide.dose.check.StructureDvh;
import org.srtguide.dose.grid.DvhCalculator;

/**
 * What an RT Dose + RT Structure Set upload yields: DVHs computed from the dose grid and contours,
 * the planning system's own DVHs from the DVH Sequence (either may be empty, not both), and notes on
 * how each was read.
 */
public record DicomPlan(List<DvhCalculator.Result> computed, List<StructureDvh> imported, List<String> notes) {

    public DicomPlan {
        computed = List.copyOf(computed);
        imported = List.copyOf(imported);
        notes = List.copyOf(notes);
    }

    public List<StructureDvh> computedStructures() {
        return computed.stream().map(r -> new StructureDvh(r.name(), r.dvh())).toList();
    }
}
