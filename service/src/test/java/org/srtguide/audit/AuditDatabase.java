package org.srtguide.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh audit schema for one test class, migrated by Flyway from the production migrations:
 * H2 in memory, or a throw-away schema in the local PostgreSQL (127.0.0.1:5432, database test,
 * user postgres; .ci/run starts it, and these tests fail rather than skip when it is down).
 * Public for the stores outside the audit package that share the database (cds.security.TokenIdStore).
 */
public final class AuditDatabase implements AutoCloseable {
    private final DataSource dataSource;
    private final String schema;
    private final String[] locations;

    private AuditDatabase(DataSource dataSource, String schema, String upTo, String... locations) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.locations = locations;
        flyway(upTo).migrate();
    }

    private Flyway flyway(String upTo) {
        return Flyway.configure().dataSource(dataSource).locations(locations).schemas(schema).target(upTo).load();
    }

    /** Applies the migrations after the version a database was opened at (a test of an upgrade). */
    public void migrate() {
        flyway("latest").migrate();
    }

    public static AuditDatabase h2() {
        return h2("latest");
    }

    public static AuditDatabase postgres() {
        return postgres("latest");
    }

    /** Migrated up to {@code version} only ("latest": all). */
    public static AuditDatabase h2(String upTo) {
        JdbcDataSource ds = new JdbcDataSource();
        String name = "audit_" + UUID.randomUUID().toString().replace("-", "");
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        // The same locations as quarkus.flyway.embedded.locations.
        return new AuditDatabase(ds, "PUBLIC", upTo, "classpath:db/audit", "classpath:db/audit-embedded");
    }

    /** Migrated up to {@code version} only ("latest": all). */
    public static AuditDatabase postgres(String upTo) {
        String schema = "audit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] { System.getProperty("srt.test.pg.host", "127.0.0.1") });
        ds.setPortNumbers(new int[] { Integer.getInteger("srt.test.pg.port", 5432) });
        ds.setDatabaseName(System.getProperty("srt.test.pg.database", "test"));
        ds.setUser(System.getProperty("srt.test.pg.user", "postgres"));
        ds.setCurrentSchema(schema);
        // The same locations as quarkus.flyway.postgresql.locations.
        return new AuditDatabase(ds, schema, upTo, "classpath:db/audit", "classpath:db/audit-postgresql");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String queryString(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (!"PUBLIC".equals(schema)) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        } else {
            execute("SHUTDOWN");
        }
    }
}
