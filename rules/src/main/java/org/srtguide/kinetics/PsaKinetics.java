package org.srtguide.kinetics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What the PSA rule unit derives from a series. Free of recurrence thresholds on purpose: those
 * (recurrence levels, persistence window) live in the DMN models, which read {@link #getSeries()}
 * together with these values; the PSADT calculation parameters are named in PsaKinetics.drl.
 * Everything except the series is derived from the values on or after the treatment date.
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
    private List<SeriesPoint> psadtValuesUsed = List.of();
    private int consecutiveRisesAtEnd;
    private boolean rising;
    private int postTreatmentValueCount;

    public List<SeriesPoint> getSeries() {
        return series;
    }

    /** All values in the series, including those before the treatment. */
    public int getValueCount() {
        return series.size();
    }

    /** Values on or after the treatment date: the ones the kinetics are derived from. */
    public int getPostTreatmentValueCount() {
        return postTreatmentValueCount;
    }

    public void setPostTreatmentValueCount(int postTreatmentValueCount) {
        this.postTreatmentValueCount = postTreatmentValueCount;
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

    /**
     * The values the PSA doubling time was calculated from, in date order (a subset of the series:
     * RTOG rules, values spaced by the minimum interval); empty unless it was calculated.
     */
    public List<SeriesPoint> getPsadtValuesUsed() {
        return psadtValuesUsed;
    }

    public void setPsadtValuesUsed(Collection<SeriesPoint> psadtValuesUsed) {
        this.psadtValuesUsed = psadtValuesUsed.stream().sorted(Comparator.comparing(SeriesPoint::date)).toList();
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
