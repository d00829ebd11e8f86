package org.srtguide.dose.constraints;

import java.util.Arrays;
import java.util.Optional;

/**
 * Unit of a metric value and its limits. For a Vx it is a volume (% of the structure or cm³); for
 * a dose metric it is Gy or % of the plan's prescription.
 */
public enum ValueUnit {
    PERCENT("%"), CC("cc"), GY("Gy");

    private final String symbol;

    ValueUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<ValueUnit> fromSymbol(String text) {
        return Arrays.stream(values()).filter(u -> u.symbol.equalsIgnoreCase(text == null ? "" : text.trim())).findFirst();
    }
}
