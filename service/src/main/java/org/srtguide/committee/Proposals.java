package org.srtguide.committee;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.srtguide.api.ConflictException;
import org.srtguide.api.InvalidInputException;
import org.srtguide.api.UnprocessableException;
import org.srtguide.api.Violation;
import org.srtguide.audit.ModelArchive;
import org.srtguide.decision.ActiveModels;
import org.srtguide.decision.DmnEngine;
import org.srtguide.decision.VersionedModels;
import org.srtguide.publishing.PublishedModels;
import org.srtguide.publishing.PublishedVersion;

/**
 * Proposals (docs/committee.md, Publishing): submission freezes the evidence, an edit is a new
 * revision that voids earlier approvals, reviews count towards the quorum, and publishing passes
 * every gate first. The resource records each action in the audit trail.
 */
@ApplicationScoped
class Proposals {
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 10_000;
    /** Leeway for the caller's clock: an effectiveFrom this far in the past counts as now. */
    static final Duration CLOCK_LEEWAY = Duration.ofMinutes(1);

    private final CandidateSets candidateSets;
    private final CandidateValidator validator;
    private final TestRunner testRunner;
    private final ProposalStore store;
    private final ModelArchive archive;
    private final ActiveModels active;
    private final PublishedModels published;
    private final int quorum;

    Proposals(CandidateSets candidateSets, CandidateValidator validator, TestRunner testRunner, ProposalStore store,
            ModelArchive archive, ActiveModels active, PublishedModels published, CommitteeConfig config) {
        this.candidateSets = candidateSets;
        this.validator = validator;
        this.testRunner = testRunner;
        this.store = store;
        this.archive = archive;
        this.active = active;
        this.published = published;
        this.quorum = config.quorum();
    }

    /** The answer to a publication. */
    record Publication(int version, String proposalId, List<PublishedVersion.Model> models, Instant effectiveFrom) {
    }

    /**
     * A new proposal's first revision with its evidence, not stored yet: the evidence (validation, two
     * test runs over every vignette) is gathered outside the evaluation slots, so it never holds up
     * clinical requests; {@link #save} then stores it inside the audited call.
     */
    ProposalRevision draft(ProposalRequest request, String author) {
        return draft(UUID.randomUUID().toString(), 1, request, author);
    }

    /** The next revision of a proposal, not stored yet. */
    ProposalRevision draftRevision(String id, ProposalRequest request, String author) {
        ProposalRevision latest = latest(id);
        refuseIfPublished(id);
        return draft(id, latest.revision() + 1, request, author);
    }

    ProposalView save(ProposalRevision revision) {
        store.insert(revision);
        return view(revision.id(), true);
    }

    ProposalView review(String id, ReviewRequest request, String reviewer) {
        if (request == null || request.decision() == null
                || !List.of(ReviewRequest.APPROVE, ReviewRequest.REQUEST_CHANGES).contains(request.decision())) {
            throw new InvalidInputException("decision", "must be APPROVE or REQUEST_CHANGES");
        }
        if (request.comment() != null && request.comment().length() > MAX_TEXT) {
            throw new InvalidInputException("comment", "at most " + MAX_TEXT + " characters");
        }
        ProposalRevision latest = latest(id);
        refuseIfPublished(id);
        List<String> acknowledged = request.acknowledgedDifferences() == null ? List.of() : request.acknowledgedDifferences();
        if (ReviewRequest.APPROVE.equals(request.decision())) {
            if (authors(id).contains(reviewer)) {
                throw new ConflictException("own-approval", "An author cannot approve",
                        reviewer + " is an author of proposal " + id + "; approvals must come from other committee members.");
            }
            List<String> unacknowledged = latest.evidence().differingVignettes().stream()
                    .filter(v -> !acknowledged.contains(v)).toList();
            if (!unacknowledged.isEmpty()) {
                throw new InvalidInputException("acknowledgedDifferences",
                        "an approval must acknowledge every vignette answered differently from the active version: " + unacknowledged);
            }
        } else if (request.comment() == null || request.comment().isBlank()) {
            throw new InvalidInputException("comment", "say which changes are requested");
        }
        store.insert(id, new Review(reviewer, latest.revision(), request.decision(), request.comment(), acknowledged,
                Instant.now()));
        return view(id, true);
    }

    Publication publish(String id, PublishRequest request, String publisher) {
        Instant effectiveFrom = effectiveFrom(request);
        ProposalRevision latest = latest(id);
        refuseIfPublished(id);
        List<Review> reviews = store.reviews(id, latest.revision());
        Set<String> authors = authors(id);
        List<Violation> missing = PublishGates.missing(latest, reviews, authors, quorum);
        if (!missing.isEmpty()) {
            throw new ConflictException("not-publishable", "The proposal cannot be published yet",
                    "Proposal " + id + " revision " + latest.revision() + " does not pass every gate; see violations.", missing);
        }
        List<DmnEngine.Source> models = latest.evidence().models().stream().map(m -> new DmnEngine.Source(m.name(),
                archive.xml(m.sha256()).orElseThrow(() -> new IllegalStateException("proposed model " + m.sha256() + " not archived"))))
                .toList();
        PublishedVersion v = published.publish(new PublishedModels.Publication(id, latest.revision(),
                latest.evidence().basedOnVersion(), String.join(", ", authors), PublishGates.approvers(reviews, authors),
                publisher, effectiveFrom, models));
        return new Publication(v.version(), id, v.models(), v.effectiveFrom());
    }

    ProposalView get(String id) {
        latest(id);
        return view(id, true);
    }

    List<ProposalView> list() {
        return store.latestRevisions().stream().map(r -> view(r.id(), false)).toList();
    }

    private ProposalRevision draft(String id, int revision, ProposalRequest request, String author) {
        check(request);
        VersionedModels base = active.current();
        CandidateRequest models = request.rollbackToVersion() != null
                ? rollbackModels(request.rollbackToVersion(), base)
                : new CandidateRequest(request.models());
        CandidateSet candidates = candidateSets.of(models, base);
        List<Evidence.ProposedModel> proposed = new ArrayList<>();
        for (CandidateModel m : candidates.submitted()) {
            proposed.add(new Evidence.ProposedModel(m.name(), m.namespace(), archive.archive(m.name(), m.namespace(), m.xml())));
        }
        return new ProposalRevision(id, revision, author, Instant.now(), request.title(), request.rationale(),
                request.rollbackToVersion(), evidence(candidates, base, proposed, author));
    }

    private Evidence evidence(CandidateSet candidates, VersionedModels base, List<Evidence.ProposedModel> proposed, String author) {
        ValidationReport validation = validator.validate(candidates);
        List<String> ruleProblems = RulePolicy.problems(candidates.models().stream()
                .map(m -> new RulePolicy.Model(m.name(), m.xml())).toList());
        TestRunReport testRun = null;
        String testRunError = null;
        try {
            testRun = testRunner.run(candidates);
        } catch (UnprocessableException failed) {
            testRunError = failed.title() + ": " + failed.violations().stream().map(v -> v.field() + ": " + v.message()).toList();
        }
        DiffReport diff = ModelDiffer.diff(candidates);
        List<String> differing = testRun == null ? List.of()
                : testRun.cases().stream().filter(c -> !c.differencesFromDeployed().isEmpty()).map(TestRunReport.CaseResult::id).toList();
        String report = ReviewReport.build(candidates, diff, validation, testRun, testRunError, author).markdown();
        return new Evidence(base.version(), proposed, validation, ruleProblems, testRun, testRunError, diff, differing, report);
    }

    /** The models of an earlier version that differ from the active ones, proposed again. */
    private CandidateRequest rollbackModels(int version, VersionedModels base) {
        VersionedModels target = version == VersionedModels.BASELINE ? published.baselineModels()
                : published.applicable().stream().filter(v -> v.version() == version).findFirst().map(published::compiled)
                        .orElseThrow(() -> new InvalidInputException("rollbackToVersion", "no published version " + version));
        List<CandidateRequest.Submitted> changed = target.all().stream()
                .filter(m -> base.byName(m.name()).map(b -> !b.sha256().equals(m.sha256())).orElse(true))
                .map(m -> new CandidateRequest.Submitted(m.name(), m.xml())).toList();
        if (changed.isEmpty()) {
            throw new InvalidInputException("rollbackToVersion", "version " + version + " has the same models as the active version");
        }
        return new CandidateRequest(changed);
    }

    private static void check(ProposalRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "a proposal is required");
        }
        List<Violation> violations = new ArrayList<>();
        if (request.title() == null || request.title().isBlank() || request.title().length() > MAX_TITLE) {
            violations.add(new Violation("title", "required, at most " + MAX_TITLE + " characters"));
        }
        if (request.rationale() == null || request.rationale().isBlank() || request.rationale().length() > MAX_TEXT) {
            violations.add(new Violation("rationale", "the clinical rationale is required, at most " + MAX_TEXT + " characters"));
        }
        boolean hasModels = request.models() != null && !request.models().isEmpty();
        if (request.rollbackToVersion() != null && hasModels) {
            violations.add(new Violation("models", "give either models or rollbackToVersion, not both"));
        } else if (request.rollbackToVersion() == null && !hasModels) {
            violations.add(new Violation("models", "at least one candidate model is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static Instant effectiveFrom(PublishRequest request) {
        Instant now = Instant.now();
        if (request == null || request.effectiveFrom() == null || request.effectiveFrom().isBlank()) {
            return now;
        }
        Instant at;
        try {
            at = Instant.parse(request.effectiveFrom());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("effectiveFrom", "must be an ISO-8601 instant, e.g. 2026-01-31T08:00:00Z");
        }
        if (at.isBefore(now.minus(CLOCK_LEEWAY))) {
            throw new InvalidInputException("effectiveFrom", "must be now or later");
        }
        return at;
    }

    private ProposalRevision latest(String id) {
        List<ProposalRevision> revisions = store.revisions(id);
        if (revisions.isEmpty()) {
            throw new NotFoundException("no proposal " + id);
        }
        return revisions.get(revisions.size() - 1);
    }

    private Set<String> authors(String id) {
        Set<String> authors = new LinkedHashSet<>();
        store.revisions(id).forEach(r -> authors.add(r.author()));
        return authors;
    }

    private Integer publishedVersion(String id) {
        return published.applicable().stream().filter(v -> v.proposalId().equals(id)).map(PublishedVersion::version)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private void refuseIfPublished(String id) {
        Integer version = publishedVersion(id);
        if (version != null) {
            throw new ConflictException("already-published", "The proposal is published",
                    "Proposal " + id + " was published as version " + version + "; propose a new change instead.");
        }
    }

    private ProposalView view(String id, boolean withEvidence) {
        ProposalRevision latest = latest(id);
        List<Review> reviews = store.reviews(id, latest.revision());
        Set<String> authors = authors(id);
        List<String> approvers = PublishGates.approvers(reviews, authors);
        List<Violation> missing = PublishGates.missing(latest, reviews, authors, quorum);
        Integer version = publishedVersion(id);
        String status = version != null ? "PUBLISHED"
                : reviews.stream().anyMatch(r -> ReviewRequest.REQUEST_CHANGES.equals(r.decision())) ? "CHANGES_REQUESTED"
                        : approvers.size() >= quorum ? "APPROVED" : "SUBMITTED";
        return new ProposalView(id, latest.revision(), status, latest.title(), latest.rationale(), latest.author(),
                List.copyOf(authors), latest.submittedAt(), latest.rollbackToVersion(), quorum, approvers, reviews, missing,
                version, withEvidence ? latest.evidence() : null);
    }
}
