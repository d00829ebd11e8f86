package org.srtguide.dose.dicom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.srtguide.dose.grid.Contour;

/**
 * Reads the ROI Contour Sequence of an RT Structure Set (PS3.3 C.8.8.6): CLOSED_PLANAR contours by
 * Referenced ROI Number. Other geometric types (POINT, OPEN_PLANAR …) enclose no volume and are
 * skipped with a note; a "planar" contour whose points are not on one axial plane is refused (422).
 */
final class ContourReader {
    private ContourReader() {
    }

    static Map<Integer, List<Contour>> read(DicomObject struct, List<String> notes) {
        Map<Integer, List<Contour>> byRoi = new LinkedHashMap<>();
        for (DicomObject roi : struct.sequence(Tags.ROI_CONTOUR_SEQUENCE)) {
            int number = roi.number(Tags.REFERENCED_ROI_NUMBER).map(Double::intValue)
                    .orElseThrow(() -> new DicomFormatException("rtstruct: an ROI Contour item has no Referenced ROI Number (3006,0084)"));
            List<Contour> contours = new ArrayList<>();
            int skipped = 0;
            List<DicomObject> items = roi.sequence(Tags.CONTOUR_SEQUENCE);
            for (int i = 0; i < items.size(); i++) {
                DicomObject item = items.get(i);
                String type = item.string(Tags.CONTOUR_GEOMETRIC_TYPE).map(t -> t.toUpperCase(Locale.ROOT)).orElse("(none)");
                if (!type.equals("CLOSED_PLANAR")) {
                    skipped++;
                    continue;
                }
                contours.add(contour(item, number, i));
            }
            if (skipped > 0) {
                notes.add("ROI " + number + ": " + skipped + " contour(s) that are not CLOSED_PLANAR skipped (they enclose no volume)");
            }
            byRoi.computeIfAbsent(number, n -> new ArrayList<>()).addAll(contours);
        }
        return byRoi;
    }

    private static Contour contour(DicomObject item, int roi, int index) {
        String where = "rtstruct: ROI " + roi + ", contour " + (index + 1);
        double[] data = item.numbers(Tags.CONTOUR_DATA)
                .orElseThrow(() -> new DicomFormatException(where + ": no Contour Data (3006,0050)"));
        if (data.length < 9 || data.length % 3 != 0) {
            throw new DicomFormatException(where + ": Contour Data must hold at least 3 (x, y, z) points");
        }
        int n = data.length / 3;
        double[] x = new double[n];
        double[] y = new double[n];
        double z = data[2];
        for (int i = 0; i < n; i++) {
            x[i] = data[3 * i];
            y[i] = data[3 * i + 1];
            if (Math.abs(data[3 * i + 2] - z) > 0.01) {
                throw new DicomFormatException(DicomFormatException.Kind.UNPROCESSABLE, where
                        + ": the points are not on one axial plane (z " + z + " and " + data[3 * i + 2] + ")");
            }
        }
        return new Contour(z, x, y);
    }
}
