package org.srtguide.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.srtguide.assessment.Codes.Finding;
import org.srtguide.assessment.Codes.Modality;
import org.srtguide.assessment.Codes.PathologicalNodes;
import org.srtguide.assessment.Codes.Phase;
import org.srtguide.assessment.Codes.PrimaryTreatment;
import org.srtguide.assessment.Codes.ToxicityTerm;

/**
 * {@code POST /api/assessments} request (docs/api.md). The plausibility bounds here are input checks,
 * not clinical thresholds: those live in the DMN models.
 */
public record AssessmentRequest(
        @Size(max = 100) String caseId,
        LocalDate asOf,
        @NotNull PrimaryTreatment primaryTreatment,
        @NotNull LocalDate primaryTreatmentDate,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Psa> psa,
        @Min(1) @Max(5) Integer gradeGroup,
        Boolean seminalVesicleInvasion,
        PathologicalNodes pathologicalNodes,
        @Size(max = 50) List<@NotNull @Valid ImagingStudy> imaging,
        Boolean previousSalvageRadiotherapy,
        LocalDate previousSalvageRadiotherapyDate,
        @Size(max = 50) List<@NotNull @Valid Toxicity> toxicities) {

    /**
     * One PSA result; values above the ceiling are taken to be a unit error. {@code belowDetectionLimit}:
     * the laboratory reported "&lt; value" (the value is the assay's limit). ug/L is the same quantity as ng/mL.
     */
    public record Psa(@NotNull LocalDate date,
            @NotNull @DecimalMin(value = "0", message = "must be zero or more (ng/mL)")
            @DecimalMax(value = "10000", message = "is implausible for ng/mL; check the unit") BigDecimal value,
            Boolean belowDetectionLimit,
            @Pattern(regexp = "(?i)ng/mL|ug/L|\u00b5g/L", message = "must be ng/mL or ug/L (the same quantity)") String unit) {

        public boolean reportedBelowLimit() {
            return Boolean.TRUE.equals(belowDetectionLimit);
        }
    }

    public record ImagingStudy(@NotNull Modality modality, @NotNull LocalDate date,
            @Min(0) @Max(500) Integer largestLesionMm,
            @NotEmpty @Size(max = 7) List<@NotNull Finding> findings) {
    }

    public record Toxicity(@NotNull ToxicityTerm term, @NotNull @Min(1) @Max(5) Integer grade, @NotNull Phase phase) {
    }
}
