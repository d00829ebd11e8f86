package org.srtguide.dose.dicom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.srtguide.dose.check.StructureDvh;
import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.DvhType;
import org.srtguide.dose.dvh.VolumeUnit;

/**
 * Turns an RT Dose file's DVH Sequence plus its RT Structure Set into named structure DVHs
 * (docs/dose-constraints.md §6). DVH Data holds (D, V) pairs; D × DVH Dose Scaling is a bin width per the
 * standard, but one vendor writes absolute doses instead, so a strictly increasing D series is read
 * as absolute doses and the choice is reported in the notes.
 */
public final class RtDvhReader {
    private RtDvhReader() {
    }

    record Roi(String name, Double volumeCc) {
    }

    /** Only the DVH Sequence: kept for callers that have no use for the dose grid. */
    public static RtDvhImport read(byte[] rtDose, byte[] rtStruct) {
        DicomObject dose = DicomReader.read(rtDose);
        DicomObject struct = DicomReader.read(rtStruct);
        requireModality(dose, "RTDOSE", "rtdose");
        requireModality(struct, "RTSTRUCT", "rtstruct");
        checkReference(dose, struct);
        List<String> notes = new ArrayList<>();
        List<StructureDvh> structures = importDvhs(dose, rois(struct), notes);
        return new RtDvhImport(structures, List.copyOf(notes));
    }

    /** The planning system's DVHs from the DVH Sequence, by ROI name. */
    static List<StructureDvh> importDvhs(DicomObject dose, Map<Integer, Roi> rois, List<String> notes) {
        List<DicomObject> items = dose.sequence(Tags.DVH_SEQUENCE);
        if (items.isEmpty()) {
            throw new DicomFormatException("the RT Dose file has no DVH Sequence (3004,0050)");
        }
        List<StructureDvh> structures = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DicomObject item = items.get(i);
            Optional<Integer> roiNumber = singleIncludedRoi(item);
            if (roiNumber.isEmpty()) {
                notes.add("DVH item " + (i + 1) + " skipped: it does not refer to exactly one included ROI");
                continue;
            }
            Roi roi = rois.get(roiNumber.get());
            if (roi == null) {
                notes.add("DVH item " + (i + 1) + " skipped: ROI " + roiNumber.get() + " is not in the structure set");
                continue;
            }
            structures.add(new StructureDvh(roi.name(), dvh(item, roi, notes)));
        }
        return List.copyOf(structures);
    }

    private static Dvh dvh(DicomObject item, Roi roi, List<String> notes) {
        String where = "DVH of ROI '" + roi.name() + "'";
        DvhType type = switch (text(item, Tags.DVH_TYPE, where)) {
            case "CUMULATIVE" -> DvhType.CUMULATIVE;
            case "DIFFERENTIAL" -> DvhType.DIFFERENTIAL;
            default -> throw new DicomFormatException(where + ": DVH Type " + text(item, Tags.DVH_TYPE, where) + " is not supported");
        };
        double scaling = item.number(Tags.DVH_DOSE_SCALING).orElse(1.0) * doseUnitFactor(item, where);
        VolumeUnit unit = switch (text(item, Tags.DVH_VOLUME_UNITS, where)) {
            case "CM3" -> VolumeUnit.CC;
            case "PERCENT" -> VolumeUnit.PERCENT;
            default -> throw new DicomFormatException(where + ": DVH Volume Units "
                    + text(item, Tags.DVH_VOLUME_UNITS, where) + " is not supported (CM3 or PERCENT)");
        };
        double[] data = item.numbers(Tags.DVH_DATA).orElseThrow(() -> new DicomFormatException(where + ": no DVH Data"));
        if (data.length == 0 || data.length % 2 != 0) {
            throw new DicomFormatException(where + ": DVH Data must hold (dose, volume) pairs");
        }
        int bins = data.length / 2;
        item.number(Tags.DVH_NUMBER_OF_BINS).filter(n -> n.intValue() != bins).ifPresent(n -> {
            throw new DicomFormatException(where + ": DVH Number of Bins is " + n.intValue() + " but DVH Data has " + bins);
        });
        double[] d = new double[bins];
        double[] v = new double[bins];
        for (int i = 0; i < bins; i++) {
            d[i] = data[2 * i] * scaling;
            v[i] = data[2 * i + 1];
        }
        boolean absolute = strictlyIncreasing(d);
        notes.add(where + ": DVH Data doses read as " + (absolute
                ? "absolute doses (strictly increasing values: the vendor variant described in docs/dose-constraints.md §6)"
                : "bin widths (DICOM standard)"));
        double[] doses = absolute ? d : edges(d, type);
        try {
            return Dvh.of(type, unit, doses, v, roi.volumeCc());
        } catch (IllegalArgumentException e) {
            throw new DicomFormatException(where + ": " + e.getMessage());
        }
    }

    /** Widths → cumulative points at lower bin edges (starting at 0), differential bins at upper edges. */
    private static double[] edges(double[] widths, DvhType type) {
        double[] e = new double[widths.length];
        double sum = 0;
        for (int i = 0; i < widths.length; i++) {
            if (type == DvhType.CUMULATIVE) {
                e[i] = sum;
                sum += widths[i];
            } else {
                sum += widths[i];
                e[i] = sum;
            }
        }
        return e;
    }

    private static boolean strictlyIncreasing(double[] d) {
        if (d.length < 3) {
            return false;
        }
        for (int i = 1; i < d.length; i++) {
            if (!(d[i] > d[i - 1])) {
                return false;
            }
        }
        return true;
    }

    private static double doseUnitFactor(DicomObject item, String where) {
        String units = text(item, Tags.DOSE_UNITS, where);
        return switch (units) {
            case "GY" -> 1.0;
            // The scale of RELATIVE doses (fraction or percent of the normalization dose) is not verified.
            case "RELATIVE" -> throw new DicomFormatException(where + ": RELATIVE dose units are not supported; export the DVH in GY");
            default -> throw new DicomFormatException(where + ": Dose Units " + units + " is not supported (GY or RELATIVE)");
        };
    }

    private static Optional<Integer> singleIncludedRoi(DicomObject item) {
        List<DicomObject> refs = item.sequence(Tags.DVH_REFERENCED_ROI_SEQUENCE);
        if (refs.size() != 1) {
            return Optional.empty();
        }
        DicomObject ref = refs.get(0);
        boolean included = ref.string(Tags.DVH_ROI_CONTRIBUTION_TYPE).map("INCLUDED"::equals).orElse(true);
        return included ? ref.number(Tags.REFERENCED_ROI_NUMBER).map(Double::intValue) : Optional.empty();
    }

    static Map<Integer, Roi> rois(DicomObject struct) {
        Map<Integer, Roi> rois = new HashMap<>();
        for (DicomObject roi : struct.sequence(Tags.STRUCTURE_SET_ROI_SEQUENCE)) {
            roi.number(Tags.ROI_NUMBER).ifPresent(n -> rois.put(n.intValue(),
                    new Roi(roi.string(Tags.ROI_NAME).orElse("ROI " + n.intValue()), roi.number(Tags.ROI_VOLUME).orElse(null))));
        }
        if (rois.isEmpty()) {
            throw new DicomFormatException("the RT Structure Set has no Structure Set ROI Sequence (3006,0020) entries");
        }
        return rois;
    }

    static void checkReference(DicomObject dose, DicomObject struct) {
        Optional<String> referenced = dose.sequence(Tags.REFERENCED_STRUCTURE_SET_SEQUENCE).stream().findFirst()
                .flatMap(r -> r.string(Tags.REFERENCED_SOP_INSTANCE_UID));
        Optional<String> actual = struct.string(Tags.SOP_INSTANCE_UID);
        if (referenced.isPresent() && actual.isPresent() && !referenced.get().equals(actual.get())) {
            throw new DicomFormatException("the RT Dose refers to structure set " + referenced.get()
                    + ", not to the uploaded one (" + actual.get() + ")");
        }
    }

    static void requireModality(DicomObject o, String expected, String part) {
        String modality = o.string(Tags.MODALITY).orElse("(none)");
        if (!modality.equals(expected)) {
            throw new DicomFormatException("the '" + part + "' file has modality " + modality + ", expected " + expected).in(part);
        }
    }

    private static String text(DicomObject item, int tag, String where) {
        return item.string(tag).map(s -> s.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new DicomFormatException(where + ": missing " + Tags.name(tag)));
    }
}
