package org.srtguide.dose.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.srtguide.dose.check.CumulativePolicy;
import org.srtguide.dose.dvh.DvhType;

/** POST /api/dose-checks (JSON): a plan's DVHs to check against one constraint set. */
public record DoseCheckRequest(
        @NotBlank String constraintSet,
        @NotNull @Valid Prescription prescription,
        @NotEmpty List<@NotNull @Valid StructureInput> structures,
        List<@NotNull @Valid PriorCourseInput> priorCourses,
        @Valid CumulativePolicyInput cumulativePolicy) {

    public record Prescription(@NotNull @Positive Double totalDoseGy, @NotNull @Positive Integer fractions) {
    }

    public record StructureInput(@NotBlank String name, @Positive Double volumeCc, @NotNull @Valid DvhInput dvh) {
    }

    /** Doses ascending; exactly one of volumePercent and volumeCc. */
    public record DvhInput(@NotNull DvhType type, @NotEmpty List<@NotNull Double> doseGy,
            List<@NotNull Double> volumePercent, List<@NotNull Double> volumeCc) {
    }

    public record PriorCourseInput(@NotBlank String label, @NotNull @Positive Double totalDoseGy,
            @NotNull @Positive Integer fractions, @PositiveOrZero Double intervalMonths,
            @NotEmpty List<@NotNull @Valid PriorStructureDose> structures) {
    }

    public record PriorStructureDose(@NotBlank String name, @NotBlank String metric, @NotNull @PositiveOrZero Double doseGy) {
    }

    /** PLAIN_SUM by default; RECOVERY_DISCOUNT needs both numbers and is flagged in the results. */
    public record CumulativePolicyInput(@NotNull CumulativePolicy.Mode mode, Double discountFraction,
            Double minimumIntervalMonths) {
    }
}
