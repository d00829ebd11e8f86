package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.ModelRegistry;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Start-up migrates the schema on its own thread while the models compile; the archive must still be
 * written at start-up, after that migration, before any request. A database of its own, which no
 * other test (or request) has written to.
 */
@QuarkusTest
@TestProfile(ModelArchiveAtStartUpTest.FreshDatabase.class)
class ModelArchiveAtStartUpTest {
    public static class FreshDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.embedded.jdbc.url", "jdbc:h2:mem:archive-at-start;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    ModelRegistry registry;

    @Test
    void shouldArchiveEveryDeployedModelAtStartUpBeforeAnyRequest() throws SQLException {
        List<String> archived = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT sha256 FROM model_archive");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                archived.add(rs.getString(1));
            }
        }
        assertThat(archived).containsExactlyInAnyOrderElementsOf(registry.all().stream().map(DeployedModel::sha256).toList());
    }
}
