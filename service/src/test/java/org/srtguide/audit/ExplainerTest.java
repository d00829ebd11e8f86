package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.srtguide.audit.Explanation.DecisionStep;
import org.srtguide.audit.Explanation.RuleRow;
import org.srtguide.decision.DeployedModel;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The explanation is read from the archived model version the record names, never from what is deployed. */
class ExplainerTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final DeployedModel ARCHIVED = TestModels.deployed("calc", TestModels.calc(5));
    static final DeployedModel DEPLOYED_NOW = TestModels.deployed("calc", TestModels.calc(7));

    static StoredRecord stored(Map<String, Object> record) throws Exception {
        return new StoredRecord((String) record.get("id"), "w1", 3, OffsetDateTime.parse("2025-03-01T10:00:00Z"), "clara",
                "POST /api/decisions/calc", null, ",calc,", 10, MAPPER.writeValueAsString(record), "a".repeat(64), "b".repeat(64), null);
    }

    static Map<String, Object> record(Map<String, Object> input) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", "11111111-1111-1111-1111-111111111111");
        r.put("timestamp", "2025-03-01T10:00:00Z");
        r.put("principal", "clara");
        r.put("endpoint", "POST /api/decisions/calc");
        r.put("models", List.of(TestModels.ref(ARCHIVED)));
        r.put("input", input);
        r.put("invocations", List.of(Map.of("modelName", "calc", "decisionService", "calcService",
                "context", Map.of("score", 6), "results", Map.of("level", "HIGH"))));
        r.put("tableEvaluations", List.of(Map.of("model", "calc", "decision", "level", "tableId", "dt_level",
                "matched", List.of(Map.of("ruleId", "level-002", "ruleIndex", 2)),
                "selected", List.of(Map.of("ruleId", "level-002", "ruleIndex", 2)))));
        r.put("ruleMatches", List.of(Map.of("rulePackage", "p", "rule", "kin-001")));
        r.put("messages", List.of());
        return r;
    }

    static Explainer explainer(Map<String, String> archive) {
        return new Explainer(sha -> Optional.ofNullable(archive.get(sha)), version -> Optional.empty(), MAPPER);
    }

    @Test
    void shouldShowTheTableOfTheArchivedVersionWithTheSelectedRuleFlagged() throws Exception {
        Explainer explainer = explainer(Map.of(ARCHIVED.sha256(), ARCHIVED.xml(), DEPLOYED_NOW.sha256(), DEPLOYED_NOW.xml()));

        Explanation x = explainer.explain(stored(record(Map.of("score", 6))), null);

        assertThat(x.models()).hasSize(1);
        assertThat(x.models().get(0).archived()).isTrue();
        assertThat(x.models().get(0).sha256()).isEqualTo(ARCHIVED.sha256());
        DecisionStep step = x.models().get(0).decisions().get(0);
        assertThat(step.step()).isEqualTo(1);
        assertThat(step.decision()).isEqualTo("level");
        assertThat(step.value().asText()).isEqualTo("HIGH");
        assertThat(step.valuePath()).isEqualTo("invocations[0].results.level");
        assertThat(step.table().hitPolicy()).isEqualTo("FIRST");
        assertThat(step.table().inputs()).extracting(c -> c.label()).containsExactly("score");
        assertThat(step.table().outputs()).extracting(c -> c.label()).containsExactly("level");
        RuleRow high = step.table().rules().get(1);
        assertThat(high.id()).isEqualTo("level-002");
        assertThat(high.inputEntries()).containsExactly(">= 5");
        assertThat(high.outputEntries()).containsExactly("\"HIGH\"");
        assertThat(high.selected()).isTrue();
        assertThat(high.matched()).isTrue();
        assertThat(step.table().rules().get(0).selected()).isFalse();
        assertThat(step.table().rules().get(0).matched()).isFalse();
        assertThat(x.psa().rulesFired()).extracting(r -> r.rule()).containsExactly("kin-001");
        assertThat(x.chain().verified()).isNull();
        assertThat(x.chain().sequence()).isEqualTo(3);
    }

    @Test
    void shouldStillListTheDecisionsWhenAVersionIsMissingFromTheArchive() throws Exception {
        Explanation x = explainer(Map.of(DEPLOYED_NOW.sha256(), DEPLOYED_NOW.xml()))
                .explain(stored(record(Map.of("score", 6))), null);

        assertThat(x.models().get(0).archived()).isFalse();
        assertThat(x.models().get(0).decisions()).singleElement().satisfies(step -> {
            assertThat(step.tableId()).isEqualTo("dt_level");
            assertThat(step.table()).isNull();
        });
    }

    @Test
    void shouldKeepRedactedValuesRedacted() throws Exception {
        Map<String, Object> record = record(Map.of("caseId", Redactor.MASK, "score", 6));
        record.put("redactions", List.of("input.caseId"));

        Explanation x = explainer(Map.of(ARCHIVED.sha256(), ARCHIVED.xml())).explain(stored(record), null);

        assertThat(x.input().get("caseId").asText()).isEqualTo(Redactor.MASK);
        assertThat(x.redactions()).containsExactly("input.caseId");
    }

    @Test
    void shouldReportTheChainCheckWhenOneWasMade() throws Exception {
        ChainVerifier.ChainReport broken = new ChainVerifier.ChainReport("w1", 3, false, 2L, "sequence 2 is missing", null, null);

        Explanation x = explainer(Map.of()).explain(stored(record(Map.of())), broken);

        assertThat(x.chain().verified()).isFalse();
        assertThat(x.chain().firstBrokenSequence()).isEqualTo(2L);
        assertThat(x.chain().reason()).isEqualTo("sequence 2 is missing");
    }

    @Test
    void shouldNameWhoApprovedThePublishedVersionThatAnswered() throws Exception {
        VersionApprovals.Approval approval = new VersionApprovals.Approval(3, "p-1", "cora", List.of("cyril", "carla"),
                "petra", "2026-12-06T20:00:00Z", "2026-12-06T20:00:00Z");
        Explainer explainer = new Explainer(sha -> Optional.empty(), v -> v == 3 ? Optional.of(approval) : Optional.empty(), MAPPER);
        Map<String, Object> published = record(Map.of("score", 6));
        published.put("modelVersion", 3);
        published.put("proposalId", "p-1");
        Map<String, Object> baseline = record(Map.of("score", 6));
        baseline.put("modelVersion", 0);

        Explanation.ModelVersion version = explainer.explain(stored(published), null).modelVersion();
        assertThat(version.version()).isEqualTo(3);
        assertThat(version.proposalId()).isEqualTo("p-1");
        assertThat(version.approval().approvedBy()).containsExactly("cyril", "carla");
        assertThat(version.approval().publishedBy()).isEqualTo("petra");
        assertThat(explainer.explain(stored(baseline), null).modelVersion().approval()).isNull();
        assertThat(explainer.explain(stored(record(Map.of("score", 6))), null).modelVersion()).isNull();
    }
}
