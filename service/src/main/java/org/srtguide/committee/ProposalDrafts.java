package org.srtguide.committee;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.api.InvalidInputException;
import org.srtguide.api.UnprocessableException;
import org.srtguide.audit.ModelArchive;
import org.srtguide.decision.ActiveModels;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.VersionedModels;
import org.srtguide.publishing.PublishedModels;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A proposal revision with its frozen evidence, not stored yet: the request's models laid over the
 * active version (or, for a rollback, the archived models of the earlier version), the models it
 * removes, and the vignettes the new version would be tested with. The evidence (validation, two test
 * runs over every vignette) is gathered outside the evaluation slots, so it never holds up clinical
 * requests.
 */
@ApplicationScoped
class ProposalDrafts {
    private final CandidateSets candidateSets;
    private final CandidateValidator validator;
    private final TestRunner testRunner;
    private final TestVignettes vignettes;
    private final ModelArchive archive;
    private final ActiveModels active;
    private final PublishedModels published;

    ProposalDrafts(CandidateSets candidateSets, CandidateValidator validator, TestRunner testRunner, TestVignettes vignettes,
            ModelArchive archive, ActiveModels active, PublishedModels published) {
        this.candidateSets = candidateSets;
        this.validator = validator;
        this.testRunner = testRunner;
        this.vignettes = vignettes;
        this.archive = archive;
        this.active = active;
        this.published = published;
    }

    /** What a proposal changes: models submitted and removed, and the version's vignettes beyond the repository's. */
    private record Plan(CandidateRequest models, List<String> remove, List<JsonNode> overlay) {
    }

    ProposalRevision draft(String id, int revision, ProposalRequest request, String author) {
        ProposalRequests.check(request);
        VersionedModels base = active.current();
        List<String> remove = request.removeModels() == null ? List.of() : request.removeModels();
        List<JsonNode> proposed = request.vignettes() == null ? List.of() : request.vignettes();
        Plan plan = request.rollbackToVersion() != null ? rollback(request.rollbackToVersion(), base)
                : new Plan(new CandidateRequest(request.models()), remove, vignettes.overlay(base.version(), proposed));
        CandidateSet candidates = candidateSets.of(plan.models(), plan.remove(), base);
        List<Evidence.ProposedModel> models = new ArrayList<>();
        for (CandidateModel m : candidates.submitted()) {
            models.add(new Evidence.ProposedModel(m.name(), m.namespace(), archive.archive(m.name(), m.namespace(), m.xml())));
        }
        return new ProposalRevision(id, revision, author, Instant.now(), request.title(), request.rationale(),
                request.rollbackToVersion(), remove, proposed, evidence(candidates, models, plan.overlay(), author));
    }

    /** The vignettes a revision's version carries beyond the repository's, as its test run used them. */
    List<JsonNode> overlay(ProposalRevision r) {
        return r.rollbackToVersion() != null ? vignettes.overlay(r.rollbackToVersion())
                : vignettes.overlay(r.evidence().basedOnVersion(), r.vignettes());
    }

    private Evidence evidence(CandidateSet candidates, List<Evidence.ProposedModel> proposed, List<JsonNode> overlay,
            String author) {
        VersionedModels base = candidates.base();
        ValidationReport validation = validator.validate(candidates);
        List<String> ruleProblems = RulePolicy.problems(candidates.models().stream()
                .map(m -> new RulePolicy.Model(m.name(), m.xml())).toList());
        List<Evidence.VignetteChange> changes = vignettes.changes(vignettes.overlay(base.version()), overlay);
        TestRunReport testRun = null;
        String testRunError = null;
        try {
            testRun = testRunner.run(candidates, vignettes.with(overlay));
        } catch (UnprocessableException failed) {
            testRunError = failed.title() + ": " + failed.violations().stream().map(v -> v.field() + ": " + v.message()).toList();
        }
        DiffReport diff = ModelDiffer.diff(candidates);
        List<String> differing = testRun == null ? List.of()
                : testRun.cases().stream().filter(c -> !c.differencesFromDeployed().isEmpty()).map(TestRunReport.CaseResult::id).toList();
        String report = ReviewReport.build(candidates, diff, validation, changes, testRun, testRunError, author).markdown();
        return new Evidence(base.version(), proposed, candidates.removed(), validation, ruleProblems, changes, testRun,
                testRunError, diff, differing, report);
    }

    /**
     * A rollback: the earlier version's models that differ from the active ones, the active models it
     * does not have (removed), and its vignettes — proposed again, through the same gates.
     */
    private Plan rollback(int version, VersionedModels base) {
        VersionedModels target = version == VersionedModels.BASELINE ? published.baselineModels()
                : published.applicable().stream().filter(v -> v.version() == version).findFirst().map(published::compiled)
                        .orElseThrow(() -> new InvalidInputException("rollbackToVersion", "no published version " + version));
        List<CandidateRequest.Submitted> changed = target.all().stream()
                .filter(m -> base.byName(m.name()).map(b -> !b.sha256().equals(m.sha256())).orElse(true))
                .map(m -> new CandidateRequest.Submitted(m.name(), m.xml())).toList();
        List<String> removed = base.all().stream().map(DeployedModel::name).filter(name -> target.byName(name).isEmpty()).toList();
        if (changed.isEmpty() && removed.isEmpty()) {
            throw new InvalidInputException("rollbackToVersion", "version " + version + " has the same models as the active version");
        }
        return new Plan(new CandidateRequest(changed), removed, vignettes.overlay(version));
    }
}
