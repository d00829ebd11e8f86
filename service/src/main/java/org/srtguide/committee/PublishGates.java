package org.srtguide.committee;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kie.dmn.api.core.DMNMessageType;
import org.srtguide.api.Violation;

/**
 * What stands between a proposal's latest revision and publishing: the gates of the build (the same
 * validator and rule policy), every vignette passing, the quorum of approvals by committee members
 * other than the authors, and every differing answer acknowledged by each approver.
 */
final class PublishGates {
    private PublishGates() {
    }

    /** Approvers of the revision who are not among its authors, in review order. */
    static List<String> approvers(List<Review> reviews, Set<String> authors) {
        Set<String> out = new LinkedHashSet<>();
        reviews.stream().filter(r -> ReviewRequest.APPROVE.equals(r.decision()) && !authors.contains(r.reviewer()))
                .forEach(r -> out.add(r.reviewer()));
        return List.copyOf(out);
    }

    /** Every unmet gate, in words; empty when the revision may be published. */
    static List<Violation> missing(ProposalRevision latest, List<Review> reviews, Set<String> authors, int quorum) {
        Evidence e = latest.evidence();
        List<Violation> missing = new ArrayList<>();
        if (!e.validation().valid()) {
            missing.add(new Violation("validation", e.validation().errors() + " error(s) in the model set"));
            // an import the set cannot resolve (e.g. of a removed model): name the importer
            e.validation().findings().stream().filter(f -> CandidateValidator.REMOVED_IMPORT.equals(f.type())
                    || DMNMessageType.IMPORT_NOT_FOUND.name().equals(f.type()))
                    .forEach(f -> missing.add(new Violation("validation", f.text())));
        }
        if (e.validation().unwaivedGaps() > 0) {
            missing.add(new Violation("analysis", e.validation().unwaivedGaps() + " decision-table gap(s) without a GAP-WAIVER"));
        }
        e.ruleProblems().forEach(p -> missing.add(new Violation("rule policy", p)));
        if (e.testRun() == null) {
            missing.add(new Violation("test run", e.testRunError()));
        } else if (e.testRun().failed() > 0) {
            missing.add(new Violation("test run", e.testRun().failed() + " of " + e.testRun().total() + " vignette(s) fail: "
                    + e.testRun().cases().stream().filter(c -> !c.passed()).map(TestRunReport.CaseResult::id).toList()));
        }
        reviews.stream().filter(r -> ReviewRequest.REQUEST_CHANGES.equals(r.decision()))
                .forEach(r -> missing.add(new Violation("reviews", "changes requested by " + r.reviewer() + " on revision " + latest.revision())));
        List<String> approvers = approvers(reviews, authors);
        if (approvers.size() < quorum) {
            missing.add(new Violation("approvals", approvers.size() + " of " + quorum + " (committee members other than the authors, on"
                    + " revision " + latest.revision() + ")"));
        }
        for (Review r : reviews) {
            if (ReviewRequest.APPROVE.equals(r.decision()) && !r.acknowledgedDifferences().containsAll(e.differingVignettes())) {
                missing.add(new Violation("acknowledgement", r.reviewer() + " did not acknowledge every differing answer"));
            }
        }
        return missing;
    }
}
