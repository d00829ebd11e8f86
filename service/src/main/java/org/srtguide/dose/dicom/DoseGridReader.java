package org.srtguide.dose.dicom;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.srtguide.dose.grid.DoseGrid;

/**
 * Reads the dose grid of an RT Dose (PS3.3 C.8.8.3): multi-frame pixel data × Dose Grid Scaling,
 * frames at Image Position (Patient) z + Grid Frame Offset Vector. Only the axial orientation
 * 1\0\0\0\1\0 is read; any other is refused (422), as are RELATIVE dose units.
 */
public final class DoseGridReader {
    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0};

    private DoseGridReader() {
    }

    /** Whether the RT Dose carries a dose grid at all. */
    public static boolean hasGrid(DicomObject dose) {
        return dose.contains(Tags.PIXEL_DATA);
    }

    /** The grid in Gy. */
    public static DoseGrid read(DicomObject dose) {
        String units = dose.string(Tags.DOSE_UNITS).map(u -> u.toUpperCase(Locale.ROOT)).orElse("(none)");
        double toGy = switch (units) {
            case "GY" -> 1.0;
            case "CGY" -> 0.01; // not a DICOM defined term, but written by some exports
            default -> throw new DicomFormatException(DicomFormatException.Kind.UNPROCESSABLE, "rtdose: Dose Units (3004,0002) is "
                    + units + "; DVHs are computed only from absolute doses (GY or CGY)");
        };
        return grid(dose, toGy);
    }

    /** The grid in the file's own units × Dose Grid Scaling (used to compare encodings of one file). */
    static DoseGrid grid(DicomObject dose, double factor) {
        double[] orientation = numbers(dose, Tags.IMAGE_ORIENTATION_PATIENT, 6);
        for (int i = 0; i < 6; i++) {
            if (Math.abs(orientation[i] - AXIAL[i]) > 1e-3) {
                throw new DicomFormatException(DicomFormatException.Kind.UNPROCESSABLE, "rtdose: Image Orientation (Patient)"
                        + " (0020,0037) is " + String.join("\\", dose.strings(Tags.IMAGE_ORIENTATION_PATIENT).orElseThrow())
                        + "; only the axial orientation 1\\0\\0\\0\\1\\0 is supported");
            }
        }
        double[] position = numbers(dose, Tags.IMAGE_POSITION_PATIENT, 3);
        double[] spacing = numbers(dose, Tags.PIXEL_SPACING, 2);
        int rows = dose.unsignedShort(Tags.ROWS).orElseThrow(() -> missing(Tags.ROWS, "Rows"));
        int cols = dose.unsignedShort(Tags.COLUMNS).orElseThrow(() -> missing(Tags.COLUMNS, "Columns"));
        int frames = dose.number(Tags.NUMBER_OF_FRAMES).map(Double::intValue).orElse(1);
        double[] offsets = frames == 1 && !dose.contains(Tags.GRID_FRAME_OFFSET_VECTOR) ? new double[] {0}
                : numbers(dose, Tags.GRID_FRAME_OFFSET_VECTOR, frames);
        double scaling = dose.number(Tags.DOSE_GRID_SCALING).orElseThrow(() -> missing(Tags.DOSE_GRID_SCALING, "Dose Grid Scaling"));
        int bits = dose.unsignedShort(Tags.BITS_ALLOCATED).orElseThrow(() -> missing(Tags.BITS_ALLOCATED, "Bits Allocated"));
        if (bits != 16 && bits != 32) {
            throw new DicomFormatException("rtdose: Bits Allocated (0028,0100) is " + bits + "; RT Dose uses 16 or 32");
        }
        boolean signed = dose.unsignedShort(Tags.PIXEL_REPRESENTATION).orElse(0) == 1;
        // Offsets are relative to the first frame's z when they start at 0, absolute otherwise (PS3.3 C.8.8.3.2).
        double base = offsets[0] == 0 ? position[2] : 0;
        if (offsets[0] != 0 && Math.abs(offsets[0] - position[2]) > 1e-3) {
            throw new DicomFormatException("rtdose: Grid Frame Offset Vector (3004,000C) starts at " + offsets[0]
                    + ", neither 0 nor the Image Position z " + position[2]);
        }
        boolean descending = frames > 1 && offsets[1] < offsets[0];
        int plane = rows * cols;
        byte[] pixels = pixelBytes(dose, frames, plane, bits / 8);
        double[] z = new double[frames];
        float[] values = new float[plane * frames];
        int bytes = bits / 8;
        boolean bigEndian = dose.bigEndian() && dose.fragments(Tags.PIXEL_DATA).isEmpty();
        for (int f = 0; f < frames; f++) {
            int k = descending ? frames - 1 - f : f;
            z[k] = base + offsets[f];
            for (int p = 0; p < plane; p++) {
                long raw = sample(pixels, (f * plane + p) * bytes, bytes, bigEndian, signed);
                values[k * plane + p] = (float) (raw * scaling * factor);
            }
        }
        try {
            return new DoseGrid(cols, rows, position[0], position[1], spacing[1], spacing[0], z, values);
        } catch (IllegalArgumentException e) {
            throw new DicomFormatException("rtdose: " + e.getMessage());
        }
    }

    private static byte[] pixelBytes(DicomObject dose, int frames, int plane, int bytes) {
        List<byte[]> fragments = dose.fragments(Tags.PIXEL_DATA);
        long expected = (long) frames * plane * bytes;
        if (!fragments.isEmpty()) {
            if (fragments.size() != frames) {
                throw new DicomFormatException("rtdose: " + fragments.size() + " RLE fragments for " + frames + " frames");
            }
            byte[] all = new byte[(int) expected];
            for (int f = 0; f < frames; f++) {
                System.arraycopy(RleDecoder.frame(fragments.get(f), plane, bytes), 0, all, f * plane * bytes, plane * bytes);
            }
            return all;
        }
        byte[] raw = dose.bytes(Tags.PIXEL_DATA).orElseThrow(() -> missing(Tags.PIXEL_DATA, "Pixel Data"));
        if (raw.length < expected) {
            throw new DicomFormatException("rtdose: Pixel Data (7FE0,0010) holds " + raw.length + " bytes, expected " + expected);
        }
        return raw;
    }

    private static long sample(byte[] b, int at, int bytes, boolean bigEndian, boolean signed) {
        long v = 0;
        for (int i = 0; i < bytes; i++) {
            int shift = 8 * (bigEndian ? bytes - 1 - i : i);
            v |= (b[at + i] & 0xFFL) << shift;
        }
        if (signed) {
            int bits = 8 * bytes;
            v = (v << (64 - bits)) >> (64 - bits);
        }
        return v;
    }

    private static double[] numbers(DicomObject o, int tag, int count) {
        Optional<double[]> values = o.numbers(tag);
        if (values.isEmpty() || values.get().length != count) {
            throw new DicomFormatException("rtdose: " + Tags.name(tag) + " needs " + count + " values, found "
                    + values.map(v -> v.length).orElse(0));
        }
        return values.get();
    }

    private static DicomFormatException missing(int tag, String name) {
        return new DicomFormatException("rtdose: missing " + name + " " + Tags.name(tag));
    }
}
