package org.srtguide.committee;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every vignette run against the candidate set: pass/fail against the committee's expectations,
 * and every response field that differs from what the deployed models answer.
 */
public record TestRunReport(String vignettes, int total, int passed, int failed, int differingFromDeployed,
        List<CaseResult> cases) {

    /** {@code error}: the case could not be decided by the candidate (e.g. no rule matched). */
    public record CaseResult(String id, String description, boolean passed, String error,
            List<Mismatch> expectationMismatches, List<FieldDifference> differencesFromDeployed) {
    }

    public record Mismatch(String field, JsonNode expected, JsonNode actual) {
    }

    public record FieldDifference(String field, JsonNode deployed, JsonNode candidate) {
    }
}
