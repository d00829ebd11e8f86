package org.srtguide.dose.dvh;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DVH metric name as written in constraint sets: {@code V65Gy}, {@code V107%} (dose level as %
 * of the prescription), {@code D0.03cc}, {@code D90%}, {@code Dmean}, {@code Dmax}. A subset of
 * the grammar of the DVHmetrics R package (parseMetric.R).
 */
public record Metric(Kind kind, double parameter, ParameterUnit parameterUnit, String name) {

    public enum Kind { VOLUME_AT_DOSE, DOSE_AT_VOLUME, MEAN, MAX }

    /** Unit of the number inside the name: the dose level of a Vx, the volume of a Dx. */
    public enum ParameterUnit { NONE, GY, PERCENT_OF_PRESCRIPTION, CC, PERCENT_OF_VOLUME }

    private static final Pattern V = Pattern.compile("V(\\d+(?:\\.\\d+)?)(Gy|%)", Pattern.CASE_INSENSITIVE);
    private static final Pattern D = Pattern.compile("D(\\d+(?:\\.\\d+)?)(cc|%)", Pattern.CASE_INSENSITIVE);

    /** Parses a metric name; throws {@link IllegalArgumentException} naming the accepted forms. */
    public static Metric parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.equalsIgnoreCase("Dmean")) {
            return new Metric(Kind.MEAN, 0, ParameterUnit.NONE, "Dmean");
        }
        if (s.equalsIgnoreCase("Dmax")) {
            return new Metric(Kind.MAX, 0, ParameterUnit.NONE, "Dmax");
        }
        Matcher v = V.matcher(s);
        if (v.matches()) {
            boolean gy = v.group(2).equalsIgnoreCase("Gy");
            return new Metric(Kind.VOLUME_AT_DOSE, Double.parseDouble(v.group(1)),
                    gy ? ParameterUnit.GY : ParameterUnit.PERCENT_OF_PRESCRIPTION, "V" + v.group(1) + (gy ? "Gy" : "%"));
        }
        Matcher d = D.matcher(s);
        if (d.matches()) {
            boolean cc = d.group(2).equalsIgnoreCase("cc");
            return new Metric(Kind.DOSE_AT_VOLUME, Double.parseDouble(d.group(1)),
                    cc ? ParameterUnit.CC : ParameterUnit.PERCENT_OF_VOLUME, "D" + d.group(1) + (cc ? "cc" : "%"));
        }
        throw new IllegalArgumentException("unknown metric '" + s
                + "': use VxGy, Vx% (of prescription), Dxcc, Dx% (of volume), Dmean or Dmax");
    }

    /** True for metrics whose value is a dose (Dx, Dmean, Dmax). */
    public boolean yieldsDose() {
        return kind != Kind.VOLUME_AT_DOSE;
    }

    /** Same metric regardless of spelling (D0.03cc = d0.030CC). */
    public boolean sameAs(Metric other) {
        return kind == other.kind && parameterUnit == other.parameterUnit
                && Double.compare(parameter, other.parameter) == 0;
    }

    /** The name with another dose level, e.g. V65Gy converted to V58.45Gy. */
    public String withDoseLevel(double gy) {
        return "V" + BigDecimal.valueOf(gy).setScale(2, RoundingMode.HALF_UP).toPlainString() + "Gy";
    }

    @Override
    public String toString() {
        return name;
    }
}
