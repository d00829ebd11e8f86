package org.srtguide.committee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.api.ConflictException;
import org.srtguide.api.UnavailableException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Proposal revisions and reviews in the audit database (Flyway V5), append-only. */
@ApplicationScoped
class ProposalStore {
    private final DataSource dataSource;
    private final ObjectMapper mapper;

    ProposalStore(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    void insert(ProposalRevision r) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ins = c.prepareStatement("INSERT INTO proposal_revision (proposal_id, revision, author,"
                        + " submitted_at, revision_json) VALUES (?,?,?,?,?)")) {
            ins.setString(1, r.id());
            ins.setInt(2, r.revision());
            ins.setString(3, r.author());
            ins.setObject(4, OffsetDateTime.ofInstant(r.submittedAt(), ZoneOffset.UTC));
            ins.setString(5, json(r));
            ins.executeUpdate();
        } catch (SQLException e) {
            if (revisions(r.id()).size() >= r.revision()) {
                throw new ConflictException("concurrent-revision", "The proposal was revised meanwhile",
                        "Revision " + r.revision() + " of proposal " + r.id() + " already exists; reload and edit again.");
            }
            throw new UnavailableException("The audit store is unavailable.", e);
        }
    }

    /** Every revision of a proposal, oldest first (empty: no such proposal). */
    List<ProposalRevision> revisions(String id) {
        return query("SELECT revision_json FROM proposal_revision WHERE proposal_id = ? ORDER BY revision", id,
                ProposalRevision.class);
    }

    /** The latest revision of every proposal, oldest proposal first. */
    List<ProposalRevision> latestRevisions() {
        return query("SELECT r.revision_json FROM proposal_revision r WHERE r.revision = (SELECT MAX(l.revision)"
                + " FROM proposal_revision l WHERE l.proposal_id = r.proposal_id) ORDER BY r.submitted_at, r.proposal_id", null,
                ProposalRevision.class);
    }

    void insert(String id, Review review) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ins = c.prepareStatement("INSERT INTO proposal_review (proposal_id, revision, reviewer,"
                        + " decision, review_json, reviewed_at) VALUES (?,?,?,?,?,?)")) {
            ins.setString(1, id);
            ins.setInt(2, review.revision());
            ins.setString(3, review.reviewer());
            ins.setString(4, review.decision());
            ins.setString(5, json(review));
            ins.setObject(6, OffsetDateTime.ofInstant(review.reviewedAt(), ZoneOffset.UTC));
            ins.executeUpdate();
        } catch (SQLException e) {
            if (reviews(id, review.revision()).stream().anyMatch(r -> r.reviewer().equals(review.reviewer()))) {
                throw new ConflictException("already-reviewed", "Already reviewed",
                        review.reviewer() + " has already reviewed revision " + review.revision() + " of proposal " + id + ".");
            }
            throw new UnavailableException("The audit store is unavailable.", e);
        }
    }

    /** The reviews of one revision, in order. */
    List<Review> reviews(String id, int revision) {
        List<Review> all = query("SELECT review_json FROM proposal_review WHERE proposal_id = ? ORDER BY reviewed_at, reviewer",
                id, Review.class);
        return all.stream().filter(r -> r.revision() == revision).toList();
    }

    private <T> List<T> query(String sql, String id, Class<T> type) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            if (id != null) {
                q.setString(1, id);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.readValue(rs.getString(1), type));
                }
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new UnavailableException("The audit store is unavailable.", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
