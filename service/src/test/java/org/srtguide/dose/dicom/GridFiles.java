package org.srtguide.dose.dicom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.srtguide.dose.dicom.DicomWriter.El;

/**
 * Test-only builder of an RT Dose with a dose grid (32-bit unsigned pixels × Dose Grid Scaling) and
 * of an RT Structure Set with CLOSED_PLANAR contours, for analytic DVH cases.
 */
public final class GridFiles {
    private GridFiles() {
    }

    /** A dose function of (x, y, z) in mm → Gy. */
    public interface DoseFunction {
        double at(double x, double y, double z);
    }

    /** Grid geometry: pixel centres x0 + i·dx, y0 + j·dy, planes z[k]. */
    public record Geometry(int columns, int rows, double x0, double y0, double dx, double dy, double[] z) {
    }

    public static byte[] rtDose(String ts, String structUid, Geometry g, DoseFunction dose, double scaling, String units,
            String orientation, List<El> extra) {
        int n = g.columns() * g.rows() * g.z().length;
        byte[] pixels = new byte[n * 4];
        int p = 0;
        for (double z : g.z()) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    long v = Math.round(dose.at(g.x0() + i * g.dx(), g.y0() + j * g.dy(), z) / scaling);
                    for (int b = 0; b < 4; b++) {
                        pixels[p++] = (byte) (v >>> (8 * b));
                    }
                }
            }
        }
        StringBuilder offsets = new StringBuilder();
        for (double z : g.z()) {
            offsets.append(offsets.length() == 0 ? "" : "\\").append(num(z - g.z()[0]));
        }
        List<El> els = new ArrayList<>(List.of(El.of(Tags.MODALITY, "CS", "RTDOSE"),
                El.of(Tags.IMAGE_POSITION_PATIENT, "DS", num(g.x0()) + "\\" + num(g.y0()) + "\\" + num(g.z()[0])),
                El.of(Tags.IMAGE_ORIENTATION_PATIENT, "DS", orientation),
                El.of(Tags.NUMBER_OF_FRAMES, "IS", String.valueOf(g.z().length)),
                new El(Tags.ROWS, "US", new String(u16(g.rows()), StandardCharsets.ISO_8859_1), null),
                new El(Tags.COLUMNS, "US", new String(u16(g.columns()), StandardCharsets.ISO_8859_1), null),
                El.of(Tags.PIXEL_SPACING, "DS", num(g.dy()) + "\\" + num(g.dx())),
                new El(Tags.BITS_ALLOCATED, "US", new String(u16(32), StandardCharsets.ISO_8859_1), null),
                new El(Tags.PIXEL_REPRESENTATION, "US", new String(u16(0), StandardCharsets.ISO_8859_1), null),
                El.of(Tags.DOSE_UNITS, "CS", units),
                El.of(Tags.GRID_FRAME_OFFSET_VECTOR, "DS", offsets.toString()),
                El.of(Tags.DOSE_GRID_SCALING, "DS", String.format(Locale.ROOT, "%.6g", scaling)),
                new El(Tags.REFERENCED_STRUCTURE_SET_SEQUENCE, "SQ", null,
                        List.of(List.of(El.of(Tags.REFERENCED_SOP_INSTANCE_UID, "UI", structUid))))));
        els.addAll(extra);
        els.add(new El(Tags.PIXEL_DATA, "OW", new String(pixels, StandardCharsets.ISO_8859_1), null));
        return DicomWriter.file(ts, els);
    }

    /** An ROI: number, name and its contours (each a list of (x, y) at one z). */
    public record Roi(int number, String name, List<PlaneContour> contours) {
    }

    public record PlaneContour(double z, double[] xy) {
    }

    public static byte[] structureSet(String ts, String sopUid, List<Roi> rois) {
        return structureSet(ts, sopUid, null, rois);
    }

    /** With a Referenced Frame of Reference Sequence naming {@code frameUid} (none when null). */
    public static byte[] structureSet(String ts, String sopUid, String frameUid, List<Roi> rois) {
        List<List<El>> names = new ArrayList<>();
        List<List<El>> contours = new ArrayList<>();
        for (Roi roi : rois) {
            names.add(List.of(El.of(Tags.ROI_NUMBER, "IS", String.valueOf(roi.number())), El.of(Tags.ROI_NAME, "LO", roi.name())));
            List<List<El>> items = new ArrayList<>();
            for (PlaneContour c : roi.contours()) {
                StringBuilder data = new StringBuilder();
                for (int i = 0; i < c.xy().length; i += 2) {
                    data.append(data.length() == 0 ? "" : "\\").append(num(c.xy()[i])).append('\\').append(num(c.xy()[i + 1]))
                            .append('\\').append(num(c.z()));
                }
                items.add(List.of(El.of(Tags.CONTOUR_GEOMETRIC_TYPE, "CS", "CLOSED_PLANAR"),
                        El.of(0x30060046, "IS", String.valueOf(c.xy().length / 2)), El.of(Tags.CONTOUR_DATA, "DS", data.toString())));
            }
            contours.add(List.of(El.of(Tags.REFERENCED_ROI_NUMBER, "IS", String.valueOf(roi.number())),
                    new El(Tags.CONTOUR_SEQUENCE, "SQ", null, items)));
        }
        List<El> elements = new ArrayList<>(List.of(El.of(Tags.SOP_INSTANCE_UID, "UI", sopUid), El.of(Tags.MODALITY, "CS", "RTSTRUCT")));
        if (frameUid != null) {
            elements.add(new El(Tags.REFERENCED_FRAME_OF_REFERENCE_SEQUENCE, "SQ", null,
                    List.of(List.of(El.of(Tags.FRAME_OF_REFERENCE_UID, "UI", frameUid)))));
        }
        elements.add(new El(Tags.STRUCTURE_SET_ROI_SEQUENCE, "SQ", null, names));
        elements.add(new El(Tags.ROI_CONTOUR_SEQUENCE, "SQ", null, contours));
        return DicomWriter.file(ts, elements);
    }

    /** A box's contours: one rectangle per plane at z = zFirst + k·dz, k < planes. */
    public static List<PlaneContour> box(double x1, double x2, double y1, double y2, double zFirst, double dz, int planes) {
        List<PlaneContour> out = new ArrayList<>();
        for (int k = 0; k < planes; k++) {
            out.add(new PlaneContour(zFirst + k * dz, new double[] {x1, y1, x2, y1, x2, y2, x1, y2}));
        }
        return out;
    }

    /** A cylinder along z: a regular polygon of {@code vertices} corners on the circle of radius r. */
    public static List<PlaneContour> cylinder(double cx, double cy, double r, int vertices, double zFirst, double dz, int planes) {
        List<PlaneContour> out = new ArrayList<>();
        for (int k = 0; k < planes; k++) {
            double[] xy = new double[2 * vertices];
            for (int v = 0; v < vertices; v++) {
                double a = 2 * Math.PI * v / vertices;
                xy[2 * v] = cx + r * Math.cos(a);
                xy[2 * v + 1] = cy + r * Math.sin(a);
            }
            out.add(new PlaneContour(zFirst + k * dz, xy));
        }
        return out;
    }

    public static double[] planes(double zFirst, double dz, int n) {
        double[] z = new double[n];
        for (int k = 0; k < n; k++) {
            z[k] = zFirst + k * dz;
        }
        return z;
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static byte[] u16(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8)};
    }
}
