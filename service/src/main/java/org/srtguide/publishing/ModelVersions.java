package org.srtguide.publishing;

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

/** The append-only table of published versions ({@code model_version}, Flyway V5) in the audit database. */
@ApplicationScoped
class ModelVersions {
    private final DataSource dataSource;
    private final ObjectMapper mapper;

    ModelVersions(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** Every published version, in version order. */
    List<PublishedVersion> all() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT version, proposal_id, proposal_revision, baseline, published_by,"
                        + " published_at, effective_from, version_json FROM model_version ORDER BY version")) {
            List<PublishedVersion> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    PublishedVersion.Details details = mapper.readValue(rs.getString(8), PublishedVersion.Details.class);
                    out.add(new PublishedVersion(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            details.proposedBy(), details.approvedBy(), rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getObject(7, OffsetDateTime.class).toInstant(),
                            details.models(), details.vignettes()));
                }
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new UnavailableException("The audit store is unavailable.", e);
        }
    }

    /** The highest version number (0: none published); a cheap check for news. */
    int latest() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM model_version");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new UnavailableException("The audit store is unavailable.", e);
        }
    }

    /** Appends a version; a version number another replica took meanwhile is a 409. */
    void insert(PublishedVersion v) {
        String json;
        try {
            json = mapper.writeValueAsString(new PublishedVersion.Details(v.proposedBy(), v.approvedBy(), v.models(),
                    v.vignettes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ins = c.prepareStatement("INSERT INTO model_version (version, proposal_id, proposal_revision,"
                        + " baseline, published_by, published_at, effective_from, version_json) VALUES (?,?,?,?,?,?,?,?)")) {
            ins.setInt(1, v.version());
            ins.setString(2, v.proposalId());
            ins.setInt(3, v.proposalRevision());
            ins.setString(4, v.baseline());
            ins.setString(5, v.publishedBy());
            ins.setObject(6, OffsetDateTime.ofInstant(v.publishedAt(), ZoneOffset.UTC));
            ins.setObject(7, OffsetDateTime.ofInstant(v.effectiveFrom(), ZoneOffset.UTC));
            ins.setString(8, json);
            ins.executeUpdate();
        } catch (SQLException e) {
            if (latest() >= v.version()) {
                throw new ConflictException("publish-conflict", "Another version was published meanwhile",
                        "Version " + v.version() + " was published concurrently; review the proposal against it and publish again.");
            }
            throw new UnavailableException("The audit store is unavailable.", e);
        }
    }
}
