package org.srtguide.kinetics;

import java.time.LocalDate;

/** One serum PSA measurement (ng/mL) as given by the caller. */
public class PsaValue {
    private LocalDate date;
    private double value;

    public PsaValue() {
    }

    public PsaValue(LocalDate date, double value) {
        this.date = date;
        this.value = value;
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
