package org.srtguide.dose.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The "request" part of a multipart dose check: everything but the structures, which come from DICOM. */
public record DicomDoseCheckRequest(
        @NotBlank String constraintSet,
        @NotNull @Valid DoseCheckRequest.Prescription prescription,
        List<DoseCheckRequest.@NotNull @Valid PriorCourseInput> priorCourses,
        @Valid DoseCheckRequest.CumulativePolicyInput cumulativePolicy) {
}
