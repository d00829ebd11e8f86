package org.srtguide.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.srtguide.api.InvalidInputException;
import org.srtguide.api.Violation;
import org.srtguide.assessment.AssessmentRequest.ImagingStudy;
import org.srtguide.assessment.AssessmentRequest.Psa;
import org.srtguide.assessment.Codes.Finding;

/** Checks across fields that Bean Validation cannot express: dates against asOf, duplicates, contradictions. */
final class AssessmentChecks {
    private AssessmentChecks() {
    }

    /** The date the case is assessed at: as given, or the date of the latest PSA value. */
    static LocalDate asOf(AssessmentRequest request) {
        if (request.asOf() != null) {
            return request.asOf();
        }
        return request.psa().stream().map(Psa::date).max(LocalDate::compareTo).orElseThrow();
    }

    static void check(AssessmentRequest request, LocalDate asOf) {
        List<Violation> violations = new ArrayList<>();
        if (request.primaryTreatmentDate().isAfter(asOf)) {
            violations.add(new Violation("primaryTreatmentDate", "is after asOf " + asOf));
        }
        Map<LocalDate, Integer> byDate = new HashMap<>();
        for (int i = 0; i < request.psa().size(); i++) {
            Psa psa = request.psa().get(i);
            if (psa.date().isAfter(asOf)) {
                violations.add(new Violation("psa[" + i + "].date", "is after asOf " + asOf));
            }
            Integer earlier = byDate.putIfAbsent(psa.date(), i);
            if (earlier != null && (request.psa().get(earlier).value().compareTo(psa.value()) != 0
                    || request.psa().get(earlier).reportedBelowLimit() != psa.reportedBelowLimit())) {
                violations.add(new Violation("psa[" + i + "].date",
                        "duplicates the date of psa[" + earlier + "] with a different value"));
            }
        }
        checkSalvageDate(request, asOf, violations);
        List<ImagingStudy> imaging = request.imaging() == null ? List.of() : request.imaging();
        for (int i = 0; i < imaging.size(); i++) {
            ImagingStudy study = imaging.get(i);
            if (study.date().isAfter(asOf)) {
                violations.add(new Violation("imaging[" + i + "].date", "is after asOf " + asOf));
            }
            if (study.findings().contains(Finding.NO_DISEASE) && study.findings().size() > 1) {
                violations.add(new Violation("imaging[" + i + "].findings", "NO_DISEASE cannot be combined with other findings"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The post-salvage PSA series starts at the salvage course, so its date is needed to read it. */
    private static void checkSalvageDate(AssessmentRequest request, LocalDate asOf, List<Violation> violations) {
        LocalDate salvage = request.previousSalvageRadiotherapyDate();
        boolean previous = Boolean.TRUE.equals(request.previousSalvageRadiotherapy());
        String field = "previousSalvageRadiotherapyDate";
        if (previous && salvage == null) {
            violations.add(new Violation(field, "is required when previousSalvageRadiotherapy is true "
                    + "(progression after salvage is read from the PSA values after that course)"));
        } else if (!previous && salvage != null) {
            violations.add(new Violation(field, "is given but previousSalvageRadiotherapy is not true"));
        } else if (salvage != null && salvage.isAfter(asOf)) {
            violations.add(new Violation(field, "is after asOf " + asOf));
        } else if (salvage != null && !salvage.isAfter(request.primaryTreatmentDate())) {
            violations.add(new Violation(field, "is not after primaryTreatmentDate"));
        }
    }
}
