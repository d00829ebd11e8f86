package org.srtguide.committee;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.srtguide.api.ConflictException;
import org.srtguide.api.InvalidInputException;
import org.srtguide.api.Violation;
import org.srtguide.audit.ModelArchive;
import org.srtguide.decision.DmnEngine;
import org.srtguide.publishing.PublishedModels;
import org.srtguide.publishing.PublishedVersion;
import org.srtguide.publishing.PublishingConfig;

/**
 * Proposals (docs/committee.md, Publishing): submission freezes the evidence, an edit is a new
 * revision that voids earlier approvals, reviews count towards the quorum, and publishing passes
 * every gate first. The resource records each action in the audit trail.
 */
@ApplicationScoped
class Proposals {
    /** Leeway for the caller's clock: an effectiveFrom this far in the past counts as now. */
    static final Duration CLOCK_LEEWAY = Duration.ofMinutes(1);

    private final ProposalDrafts drafts;
    private final ProposalStore store;
    private final ModelArchive archive;
    private final PublishedModels published;
    private final int quorum;
    private final int rollbackQuorum;
    private final boolean allowAuthorPublish;

    Proposals(ProposalDrafts drafts, ProposalStore store, ModelArchive archive, PublishedModels published,
            CommitteeConfig committee, PublishingConfig publishing) {
        this.drafts = drafts;
        this.store = store;
        this.archive = archive;
        this.published = published;
        this.quorum = committee.quorum();
        this.rollbackQuorum = committee.rollbackQuorum();
        this.allowAuthorPublish = publishing.allowAuthorPublish();
    }

    /** The answer to a publication. */
    record Publication(int version, String proposalId, List<PublishedVersion.Model> models, Instant effectiveFrom) {
    }

    /**
     * A new proposal's first revision with its evidence, not stored yet (ProposalDrafts); {@link #save}
     * then stores it inside the audited call.
     */
    ProposalRevision draft(ProposalRequest request, String author) {
        return drafts.draft(UUID.randomUUID().toString(), 1, request, author);
    }

    /** The next revision of a proposal, not stored yet. */
    ProposalRevision draftRevision(String id, ProposalRequest request, String author) {
        ProposalRevision latest = latest(id);
        refuseIfPublished(id);
        return drafts.draft(id, latest.revision() + 1, request, author);
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
        if (request.comment() != null && request.comment().length() > ProposalRequests.MAX_TEXT) {
            throw new InvalidInputException("comment", "at most " + ProposalRequests.MAX_TEXT + " characters");
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
        Set<String> authors = authors(id);
        if (authors.contains(publisher) && !allowAuthorPublish) {
            throw new ConflictException("own-proposal", "A publisher cannot publish their own proposal",
                    publisher + " is an author of proposal " + id + "; another publisher must publish it.");
        }
        List<Review> reviews = store.reviews(id, latest.revision());
        List<Violation> missing = PublishGates.missing(latest, reviews, authors, quorum(latest));
        if (!missing.isEmpty()) {
            throw new ConflictException("not-publishable", "The proposal cannot be published yet",
                    "Proposal " + id + " revision " + latest.revision() + " does not pass every gate; see violations.", missing);
        }
        List<DmnEngine.Source> models = latest.evidence().models().stream().map(m -> new DmnEngine.Source(m.name(),
                archive.xml(m.sha256()).orElseThrow(() -> new IllegalStateException("proposed model " + m.sha256() + " not archived"))))
                .toList();
        PublishedVersion v = published.publish(new PublishedModels.Publication(id, latest.revision(),
                latest.evidence().basedOnVersion(), String.join(", ", authors), PublishGates.approvers(reviews, authors),
                publisher, effectiveFrom, models, latest.evidence().removedModels(), drafts.overlay(latest)));
        return new Publication(v.version(), id, v.models(), v.effectiveFrom());
    }

    ProposalView get(String id) {
        latest(id);
        return view(id, true);
    }

    List<ProposalView> list() {
        return store.latestRevisions().stream().map(r -> view(r.id(), false)).toList();
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

    /** A rollback restores a version that passed full review: it needs its own, smaller quorum (CommitteeConfig). */
    private int quorum(ProposalRevision revision) {
        return revision.rollbackToVersion() != null ? rollbackQuorum : quorum;
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
        int needed = quorum(latest);
        List<Violation> missing = PublishGates.missing(latest, reviews, authors, needed);
        Integer version = publishedVersion(id);
        String status = version != null ? "PUBLISHED"
                : reviews.stream().anyMatch(r -> ReviewRequest.REQUEST_CHANGES.equals(r.decision())) ? "CHANGES_REQUESTED"
                        : approvers.size() >= needed ? "APPROVED" : "SUBMITTED";
        return new ProposalView(id, latest.revision(), status, latest.title(), latest.rationale(), latest.author(),
                List.copyOf(authors), latest.submittedAt(), latest.rollbackToVersion(), latest.removeModels(),
                withEvidence ? latest.vignettes() : null, needed, approvers, reviews, missing, version,
                withEvidence ? latest.evidence() : null);
    }
}
