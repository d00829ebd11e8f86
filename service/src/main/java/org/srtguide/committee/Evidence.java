package org.srtguide.committee;

import java.util.List;

/**
 * What a proposal revision was judged on, frozen at submission: the models by SHA-256, the version
 * they were laid over, validation and analysis, the rule policy, the test run against every
 * vignette, the rule-by-rule diff against the active version, and the review report (Markdown).
 */
public record Evidence(int basedOnVersion, List<ProposedModel> models, ValidationReport validation,
        List<String> ruleProblems, TestRunReport testRun, String testRunError, DiffReport diff,
        List<String> differingVignettes, String report) {

    /** A submitted model as normalised (DMN 1.5) and archived. */
    public record ProposedModel(String name, String namespace, String sha256) {
    }
}
