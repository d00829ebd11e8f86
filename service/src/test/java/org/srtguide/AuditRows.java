package org.srtguide;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/** Reads the audit_record table directly, as an auditor's database client would. */
public final class AuditRows {
    private final DataSource dataSource;

    public AuditRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM audit_record");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The principal column of a record, empty when there is no record with that id. */
    public Optional<String> principal(String id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT principal FROM audit_record WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
