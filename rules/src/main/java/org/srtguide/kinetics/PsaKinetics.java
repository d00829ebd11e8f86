package org.srtguide.kinetics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the PSA rule unit derives from a series. Threshold-free on purpose: the clinical
 * thresholds (recurrence levels, persistence window) live in the DMN models, which read
 * {@link #getSeries()} together with these values.
 */
public class PsaKinetics {
    private final List<SeriesPoint> series = new ArrayList<>();
    private Double latestValue;
    private LocalDate latestDate;
    private Double nadir;
    private LocalDate nadirDate;
    private Double psaDoublingTimeMonths;
    private boolean psadtCalculable;
    private PsadtReason psadtReason;
    private int consecutiveRisesAtEnd;
    private boolean rising;

    public List<SeriesPoint> getSeries() {
        return series;
    }

    public int getValueCount() {
        return series.size();
    }

    public Double getLatestValue() {
        return latestValue;
    }

    public void setLatestValue(Double latestValue) {
        this.latestValue = latestValue;
    }

    public LocalDate getLatestDate() {
        return latestDate;
    }

    public void setLatestDate(LocalDate latestDate) {
        this.latestDate = latestDate;
    }

    public Double getNadir() {
        return nadir;
    }

    public void setNadir(Double nadir) {
        this.nadir = nadir;
    }

    public LocalDate getNadirDate() {
        return nadirDate;
    }

    public void setNadirDate(LocalDate nadirDate) {
        this.nadirDate = nadirDate;
    }

    public Double getPsaDoublingTimeMonths() {
        return psaDoublingTimeMonths;
    }

    public void setPsaDoublingTimeMonths(Double psaDoublingTimeMonths) {
        this.psaDoublingTimeMonths = psaDoublingTimeMonths;
    }

    public boolean isPsadtCalculable() {
        return psadtCalculable;
    }

    public void setPsadtCalculable(boolean psadtCalculable) {
        this.psadtCalculable = psadtCalculable;
    }

    public PsadtReason getPsadtReason() {
        return psadtReason;
    }

    public void setPsadtReason(PsadtReason psadtReason) {
        this.psadtReason = psadtReason;
    }

    public int getConsecutiveRisesAtEnd() {
        return consecutiveRisesAtEnd;
    }

    public void setConsecutiveRisesAtEnd(int consecutiveRisesAtEnd) {
        this.consecutiveRisesAtEnd = consecutiveRisesAtEnd;
    }

    public boolean isRising() {
        return rising;
    }

    public void setRising(boolean rising) {
        this.rising = rising;
    }
}
