package org.srtguide.committee;

import java.util.List;

/**
 * What a proposal revision was judged on, frozen at submission: the models by SHA-256 and the models
 * it removes, the version they were laid over, validation and analysis, the rule policy, the test run
 * against every vignette (the repository's, as changed by the active version and by the proposal:
 * {@code vignetteChanges}), the rule-by-rule diff against the active version, and the review report
 * (Markdown). Evidence stored before removals and proposal vignettes existed reads them as empty.
 */
public record Evidence(int basedOnVersion, List<ProposedModel> models, List<String> removedModels,
        ValidationReport validation, List<String> ruleProblems, List<VignetteChange> vignetteChanges, TestRunReport testRun,
        String testRunError, DiffReport diff, List<String> differingVignettes, String report) {

    public Evidence {
        removedModels = removedModels == null ? List.of() : List.copyOf(removedModels);
        vignetteChanges = vignetteChanges == null ? List.of() : List.copyOf(vignetteChanges);
    }

    /** A submitted model as normalised (DMN 1.5) and archived. */
    public record ProposedModel(String name, String namespace, String sha256) {
    }

    /**
     * A vignette the proposal's test run uses differently from the active version's: {@code status}
     * ADDED, CHANGED, or REMOVED (only a rollback drops a vignette a later version had added).
     */
    public record VignetteChange(String id, String status) {
    }
}
