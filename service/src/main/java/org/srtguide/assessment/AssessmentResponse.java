package org.srtguide.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.srtguide.decision.RationaleEntry;

/**
 * {@code POST /api/assessments} response (docs/api.md); optional additions are marked as such.
 * {@code decisionsLeftOpen} (addition): response paths that a missing input left open.
 */
public record AssessmentResponse(String caseId, LocalDate asOf, String auditId, Recurrence recurrence, Imaging imaging,
        Metastasis metastasis, Recommendation recommendation, FollowUp followUp,
        List<ToxicityManagement> toxicityManagement, List<String> decisionsLeftOpen) {

    /**
     * {@code psaDoublingTimeReason}, {@code psaDoublingTimeValues} (the values the PSADT was calculated
     * from; null unless calculated) and {@code intervalToBiochemicalFailureMonths} are additions to API v1.
     */
    public record Recurrence(String status, String definition, BigDecimal nadir, BigDecimal psaDoublingTimeMonths,
            String psaDoublingTimeReason, List<PsaPoint> psaDoublingTimeValues,
            BigDecimal intervalToBiochemicalFailureMonths, String eauRiskGroup) {
    }

    /** A PSA value as given in the request: {@code date}, {@code value} (ng/mL). */
    public record PsaPoint(LocalDate date, BigDecimal value) {
    }

    /** {@code stagingComplete} and {@code ignoredStudies} are additions to API v1. */
    public record Imaging(List<String> recommended, Boolean stagingComplete, List<TextRationale> rationale,
            List<IgnoredStudy> ignoredStudies) {
    }

    /** A study not used to stage the current episode, and why (pathway model, decision ignoredStudies). */
    public record IgnoredStudy(String modality, LocalDate date, String reason) {
    }

    public record TextRationale(String text, String source) {
    }

    public record Metastasis(String status, Boolean salvageRadiotherapyExcluded) {
    }

    public record Recommendation(String pathway, String timing, Adt adt, String pelvicNodalRadiotherapy, String sbrt,
            List<RationaleEntry> rationale) {
    }

    public record Adt(Boolean recommended, List<String> highRiskFeatures) {
    }

    /** {@code progressionDefinition} is an addition to API v1. */
    public record FollowUp(List<ScheduleEntry> schedule, String progressionDefinition) {
    }

    public record ScheduleEntry(BigDecimal fromMonth, BigDecimal toMonth, BigDecimal psaEveryMonths) {
    }

    public record ToxicityManagement(String term, BigDecimal grade, List<String> actions, Boolean escalate) {
    }
}
