package org.srtguide.dose.dvh;

import java.util.ArrayList;
import java.util.List;

/**
 * A DVH sampled for display and the audit record: at most {@value #MAX_POINTS} points, doses in Gy
 * and volumes in % of the structure, rounded to 4 significant digits (the plot needs no more).
 */
public record DvhCurve(String structure, List<Double> doseGy, List<Double> volumePercent) {
    public static final int MAX_POINTS = 101;

    public static DvhCurve of(String structure, Dvh dvh) {
        double last = dvh.lastDoseGy();
        List<Double> d = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < MAX_POINTS; i++) {
            double dose = last * i / (MAX_POINTS - 1);
            Reading r = dvh.volumeAtDose(dose, VolumeUnit.PERCENT);
            if (!r.evaluable()) {
                break;
            }
            d.add(Double.valueOf(Dvh.fmt(dose)));
            v.add(Double.valueOf(Dvh.fmt(r.value())));
        }
        return new DvhCurve(structure, List.copyOf(d), List.copyOf(v));
    }
}
