package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.srtguide.TestUsers;

import io.restassured.path.json.JsonPath;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Records name each rule, not its annotations: the committee's rationale and source are read from the
 * archived model the record names by SHA-256, and verification covers that archive (docs/audit.md).
 */
@QuarkusTest
class ArchiveReferenceTest {
    @Inject
    DataSource dataSource;

    @Test
    void shouldStoreRuleReferencesAndExplainThemFromTheArchive() {
        String id = AuditResourceTest.assess();
        JsonPath record = AuditResourceTest.record(id);

        Map<String, Map<String, Object>> rules = record.getMap("rules");
        assertThat(rules).isNotEmpty();
        assertThat(rules.values()).allSatisfy(rule -> assertThat(rule).containsOnlyKeys("model", "decision"));
        JsonPath explanation = AuditExplanationTest.explanation(id);
        List<Map<String, Object>> selected = explanation.getList(
                "models.collectMany { it.decisions }.findAll { it.table }.collectMany { it.table.rules }.findAll { it.selected }");
        assertThat(selected).isNotEmpty().allSatisfy(rule -> {
            assertThat(rules).containsKey((String) rule.get("id"));
            assertThat(rule.get("source")).asString().isNotBlank();
            assertThat(((Map<?, ?>) rule.get("annotations")).get("rationale")).asString().isNotBlank();
        });
    }

    @Test
    void shouldReportAnAlteredArchivedModelAndRefuseToReplayOnIt() throws SQLException {
        String id = AuditResourceTest.assess();
        String sha = AuditResourceTest.record(id).getString("models.find { it.name == 'pathway' }.sha256");
        JsonPath before = AuditResourceTest.as(TestUsers.AUDITOR).when().get("/api/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("archive.valid", equalTo(true)).extract().jsonPath();
        assertThat(before.getLong("archive.models")).isGreaterThanOrEqualTo(7);

        update("UPDATE model_archive SET xml = REPLACE(xml, '</definitions>', '<!-- x --></definitions>') WHERE sha256 = ?", sha);
        try {
            AuditResourceTest.as(TestUsers.AUDITOR).when().get("/api/audit/verify").then().statusCode(200)
                    .body("valid", equalTo(false)).body("archive.valid", equalTo(false))
                    .body("archive.altered", equalTo(List.of(sha)));
            AuditResourceTest.as(TestUsers.AUDITOR).when().post("/api/audit/" + id + "/replay").then().statusCode(409)
                    .body("type", org.hamcrest.Matchers.endsWith("archive-altered"));
        } finally {
            update("UPDATE model_archive SET xml = REPLACE(xml, '<!-- x --></definitions>', '</definitions>') WHERE sha256 = ?", sha);
        }
        AuditResourceTest.as(TestUsers.AUDITOR).when().get("/api/audit/verify").then().body("valid", equalTo(true));
    }

    private void update(String sql, String sha) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sha);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }
}
