package org.srtguide.cds.fhir;

import java.util.Optional;
import java.util.Set;

/**
 * Whether an Observation or DiagnosticReport status (FHIR R4 observation-status, diagnostic-report-status)
 * marks a result the decision may use. Final results, and final ones later amended, corrected or appended,
 * are used. Registered (no result yet), cancelled (not measured) and entered in error (withdrawn) hold no
 * result: skipped without a card. Interim results and unknown statuses may still change or may not be
 * results: named on a card, never used (docs/fhir.md).
 */
final class ResultStatus {
    private static final Set<String> NO_RESULT = Set.of("registered", "cancelled", "entered-in-error");
    private static final Set<String> RELEASED = Set.of("final", "amended", "corrected", "appended");

    private ResultStatus() {
    }

    /** True when the resource holds no result at all, so there is nothing to show. */
    static boolean noResult(String status) {
        return status != null && NO_RESULT.contains(status);
    }

    /**
     * Why a result with this status is not used, to follow "&lt;what&gt; of &lt;date&gt;" on a card; empty
     * when it is used.
     */
    static Optional<String> unusable(String status) {
        if (status != null && RELEASED.contains(status)) {
            return Optional.empty();
        }
        String onceFinal = " It is used once it is reported as final.";
        return Optional.of(status == null ? " has no status: not used." + onceFinal : switch (status) {
            case "preliminary", "partial" -> " has status '" + status + "' (an interim result that may still change): "
                    + "not used." + onceFinal;
            case "unknown" -> " has status 'unknown' (the sending system does not know whether it is final): not used."
                    + onceFinal;
            default -> " has status '" + status + "': not used." + onceFinal;
        });
    }
}
