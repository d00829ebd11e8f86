package org.srtguide.dose.constraints;

import java.util.Arrays;
import java.util.Optional;

/** How a metric value is compared with a limit. Equality within 1e-9 counts as equal. */
public enum Comparator {
    LT("<"), LE("<="), GT(">"), GE(">=");

    private static final double EPS = 1e-9;
    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<Comparator> fromSymbol(String text) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(text == null ? null : text.trim())).findFirst();
    }

    /** True when {@code value} meets the limit. */
    public boolean satisfied(double value, double limit) {
        boolean equal = Math.abs(value - limit) <= EPS * Math.max(1.0, Math.abs(limit));
        return switch (this) {
            case LT -> value < limit && !equal;
            case LE -> value < limit || equal;
            case GT -> value > limit && !equal;
            case GE -> value > limit || equal;
        };
    }

    /** True when {@code candidate} is a looser limit than {@code limit} in this direction. */
    boolean looser(double candidate, double limit) {
        return this == LT || this == LE ? candidate > limit : candidate < limit;
    }
}
