package org.srtguide.dose.dicom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.srtguide.dose.check.StructureDvh;
import org.srtguide.dose.grid.Contour;
import org.srtguide.dose.grid.DoseGrid;
import org.srtguide.dose.grid.DvhCalculator;
import org.srtguide.dose.grid.RoiContours;

/**
 * Reads an RT Dose and its RT Structure Set into a {@link DicomPlan}: DVHs computed from the dose
 * grid whenever the RT Dose has one and the structure set has contours, and the DVH Sequence
 * whenever the RT Dose carries one (docs/dose-constraints.md §6, §11).
 */
public final class DicomPlanReader {
    private DicomPlanReader() {
    }

    /** Failures name the part at fault ({@link DicomFormatException#part()}). */
    public static DicomPlan read(byte[] rtDose, byte[] rtStruct, DvhCalculator.Options options) {
        DicomObject dose = in("rtdose", () -> DicomReader.read(rtDose));
        DicomObject struct = in("rtstruct", () -> DicomReader.read(rtStruct));
        RtDvhReader.requireModality(dose, "RTDOSE", "rtdose");
        RtDvhReader.requireModality(struct, "RTSTRUCT", "rtstruct");
        in("rtdose", () -> {
            RtDvhReader.checkReference(dose, struct);
            return null;
        });
        Map<Integer, RtDvhReader.Roi> rois = in("rtstruct", () -> RtDvhReader.rois(struct));
        List<String> notes = new ArrayList<>();
        boolean hasDvhs = !dose.sequence(Tags.DVH_SEQUENCE).isEmpty();
        List<StructureDvh> imported = hasDvhs ? in("rtdose", () -> RtDvhReader.importDvhs(dose, rois, notes)) : List.of();
        List<DvhCalculator.Result> computed = new ArrayList<>();
        boolean hasContours = !struct.sequence(Tags.ROI_CONTOUR_SEQUENCE).isEmpty();
        if (DoseGridReader.hasGrid(dose) && hasContours) {
            try {
                in("rtstruct", () -> {
                    checkFrameOfReference(dose, struct);
                    return null;
                });
                DoseGrid grid = in("rtdose", () -> DoseGridReader.read(dose));
                computed = in("rtstruct", () -> compute(grid, struct, rois, options, notes));
            } catch (DicomFormatException e) {
                if (!hasDvhs || e.kind() == DicomFormatException.Kind.INVALID) {
                    throw e;
                }
                notes.add("DVHs not computed from the dose grid (" + e.getMessage() + "); the DVH Sequence is used");
            }
        }
        if (computed.isEmpty() && imported.isEmpty()) {
            throw new DicomFormatException(DicomFormatException.Kind.UNPROCESSABLE, "no DVH: the RT Dose has "
                    + (hasDvhs ? "a DVH Sequence that names no structure of the structure set"
                            : DoseGridReader.hasGrid(dose) ? "a dose grid, but the RT Structure Set has no contour that lies in it"
                                    : "neither a dose grid nor a DVH Sequence (3004,0050)")).in(hasDvhs ? "rtdose" : "rtstruct");
        }
        return new DicomPlan(computed, imported, notes);
    }

    /**
     * Contours and dose grid share coordinates only in one frame of reference: when both files name
     * theirs and the structure set lists none of the dose's, the DVHs would be meaningless (422).
     */
    private static void checkFrameOfReference(DicomObject dose, DicomObject struct) {
        Optional<String> doseFrame = dose.string(Tags.FRAME_OF_REFERENCE_UID);
        List<String> structFrames = struct.sequence(Tags.REFERENCED_FRAME_OF_REFERENCE_SEQUENCE).stream()
                .map(f -> f.string(Tags.FRAME_OF_REFERENCE_UID)).flatMap(Optional::stream).toList();
        if (doseFrame.isPresent() && !structFrames.isEmpty() && !structFrames.contains(doseFrame.get())) {
            throw new DicomFormatException(DicomFormatException.Kind.UNPROCESSABLE, "the contours are in frame of reference "
                    + structFrames + ", the dose grid in " + doseFrame.get() + ": their coordinates cannot be compared");
        }
    }

    private static <T> T in(String part, Supplier<T> step) {
        try {
            return step.get();
        } catch (DicomFormatException e) {
            throw e.in(part);
        }
    }

    private static List<DvhCalculator.Result> compute(DoseGrid grid, DicomObject struct, Map<Integer, RtDvhReader.Roi> rois,
            DvhCalculator.Options options, List<String> notes) {
        DvhCalculator calculator = new DvhCalculator(grid, options);
        List<DvhCalculator.Result> results = new ArrayList<>();
        for (Map.Entry<Integer, List<Contour>> e : ContourReader.read(struct, notes).entrySet()) {
            RtDvhReader.Roi roi = rois.get(e.getKey());
            if (roi == null) {
                notes.add("contours of ROI " + e.getKey() + " skipped: the ROI is not in the Structure Set ROI Sequence");
                continue;
            }
            if (e.getValue().isEmpty()) {
                continue;
            }
            try {
                DvhCalculator.Result r = calculator.compute(new RoiContours(roi.name(), e.getValue()));
                results.add(r);
                r.notes().forEach(n -> notes.add("ROI '" + roi.name() + "': " + n));
            } catch (IllegalArgumentException ex) {
                notes.add("ROI '" + roi.name() + "' has no computed DVH: " + ex.getMessage());
            }
        }
        return results;
    }
}
