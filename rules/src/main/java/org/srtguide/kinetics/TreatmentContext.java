package org.srtguide.kinetics;

import java.time.LocalDate;

/** The primary treatment the PSA series is read against, and the date the analysis is made at. */
public class TreatmentContext {
    public enum PrimaryTreatment { PROSTATECTOMY, RADIOTHERAPY }

    private PrimaryTreatment primaryTreatment;
    private LocalDate treatmentDate;
    private LocalDate asOf;

    public TreatmentContext() {
    }

    public TreatmentContext(PrimaryTreatment primaryTreatment, LocalDate treatmentDate, LocalDate asOf) {
        this.primaryTreatment = primaryTreatment;
        this.treatmentDate = treatmentDate;
        this.asOf = asOf;
    }

    public PrimaryTreatment getPrimaryTreatment() {
        return primaryTreatment;
    }

    public void setPrimaryTreatment(PrimaryTreatment primaryTreatment) {
        this.primaryTreatment = primaryTreatment;
    }

    public LocalDate getTreatmentDate() {
        return treatmentDate;
    }

    public void setTreatmentDate(LocalDate treatmentDate) {
        this.treatmentDate = treatmentDate;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }
}
