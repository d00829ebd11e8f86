package org.srtguide.kinetics;

import java.time.LocalDate;

/**
 * One serum PSA result (ng/mL) as given by the caller; {@code belowDetectionLimit} marks a "&lt; value"
 * result, whose value is the assay's limit.
 */
public class PsaValue {
    private LocalDate date;
    private double value;
    private boolean belowDetectionLimit;

    public PsaValue() {
    }

    public PsaValue(LocalDate date, double value) {
        this(date, value, false);
    }

    public PsaValue(LocalDate date, double value, boolean belowDetectionLimit) {
        this.date = date;
        this.value = value;
        this.belowDetectionLimit = belowDetectionLimit;
    }

    public boolean isBelowDetectionLimit() {
        return belowDetectionLimit;
    }

    public void setBelowDetectionLimit(boolean belowDetectionLimit) {
        this.belowDetectionLimit = belowDetectionLimit;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public double getValue() {
        return value;
    }

    public void setValue(double value) {
        this.value = value;
    }
}
