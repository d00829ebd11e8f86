package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.srtguide.decision.DeployedModel;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Replay compiles the archived XML of the recorded versions and compares with what was recorded. */
class ReplayerTest {
    private final DeployedModel calcV1 = TestModels.deployed("calc", TestModels.calc(10));
    private final DeployedModel calcV2 = TestModels.deployed("calc", TestModels.calc(50));
    private final DeployedModel entry = TestModels.deployed("entry", TestModels.entry());
    private final List<DeployedModel> deployed = new ArrayList<>();
    private AuditDatabase db;
    private Replayer replayer;

    @BeforeEach
    void setUp() {
        db = AuditDatabase.h2();
        ModelArchive archive = new ModelArchive(db.dataSource(), () -> deployed);
        // Two deployments over time: the archive keeps both calc versions.
        deployed.addAll(List.of(calcV1, entry));
        archive.ensureArchived();
        deployed.clear();
        deployed.addAll(List.of(calcV2, entry));
        new ModelArchive(db.dataSource(), () -> deployed).ensureArchived();
        replayer = new Replayer(archive, JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void shouldReportIdenticalWhenTheRecordedVersionGivesTheRecordedResults() {
        AuditRecord record = calcRecord(calcV1, 30, "HIGH", "level-002");

        Replayer.Report report = replayer.replay(record);

        assertThat(report.differences()).isEmpty();
        assertThat(report.identical()).isTrue();
    }

    @Test
    void shouldReplayTheRecordedVersionWhenTheDeployedModelHasChangedSince() {
        // Under v2 (cut-off 50) a score of 30 would be LOW; the record was made with v1.
        AuditRecord record = calcRecord(calcV1, 30, "HIGH", "level-002");

        assertThat(replayer.replay(record).identical()).isTrue();
        assertThat(replayer.replay(calcRecord(calcV2, 30, "LOW", "level-001")).identical()).isTrue();
    }

    @Test
    void shouldListEachDifferenceWhenTheRecordDoesNotMatchTheReplay() {
        AuditRecord record = calcRecord(calcV2, 30, "HIGH", "level-002");

        Replayer.Report report = replayer.replay(record);

        assertThat(report.identical()).isFalse();
        assertThat(report.differences()).extracting(ReplayComparison.Difference::path)
                .containsExactly("invocations[0].results.level", "tableEvaluations[0].selected[0]");
        assertThat(report.differences().get(0).recorded()).isEqualTo("HIGH");
        assertThat(report.differences().get(0).replayed()).isEqualTo("LOW");
    }

    @Test
    void shouldCompileImportedModelsWhenTheEntryModelImportsThem() {
        AuditRecord record = record(List.of(TestModels.ref(entry), TestModels.ref(calcV1)),
                invocation("entry", null, 3, Map.of("band", "LOW")), List.of());

        assertThat(replayer.replay(record).identical()).isTrue();
    }

    @Test
    void shouldRefuseToReplayWhenTheModelInputsWereRedacted() {
        AuditRecord record = calcRecord(calcV1, 30, "HIGH", "level-002")
                .withRedactions(List.of("input.caseId", "invocations[0].context.score"));

        assertThatThrownBy(() -> replayer.replay(record)).isInstanceOf(NotReplayableException.class)
                .hasMessageContaining("redacted").hasMessageContaining("invocations[0].context.score");
    }

    @Test
    void shouldReplayWhenOnlyTheEnvelopeWasRedacted() {
        AuditRecord record = calcRecord(calcV1, 30, "HIGH", "level-002").withRedactions(List.of("input.caseId"));

        assertThat(replayer.replay(record).identical()).isTrue();
    }

    @Test
    void shouldRefuseToReplayWhenAModelVersionIsNotArchived() {
        DeployedModel unknown = TestModels.deployed("calc", TestModels.calc(99));
        AuditRecord record = calcRecord(unknown, 30, "HIGH", "level-002");

        assertThatThrownBy(() -> replayer.replay(record)).isInstanceOf(NotReplayableException.class)
                .hasMessageContaining("not in the model archive");
    }

    @Test
    void shouldRefuseToReplayARecordWithoutInvocations() {
        AuditRecord record = record(List.of(TestModels.ref(calcV1)), null, List.of());

        assertThatThrownBy(() -> replayer.replay(record)).isInstanceOf(NotReplayableException.class);
    }

    private AuditRecord calcRecord(DeployedModel calc, int score, String level, String ruleId) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("model", "calc");
        table.put("decision", "level");
        table.put("tableId", "dt_level");
        table.put("selected", List.of(Map.of("ruleId", ruleId, "ruleIndex", 1)));
        return record(List.of(TestModels.ref(calc)), invocation("calc", "calcService", score, Map.of("level", level)),
                List.of(table));
    }

    private static Map<String, Object> invocation(String model, String service, int score, Map<String, Object> results) {
        Map<String, Object> inv = new HashMap<>();
        inv.put("modelName", model);
        inv.put("decisionService", service);
        inv.put("context", Map.of("score", score));
        inv.put("results", results);
        return inv;
    }

    private static AuditRecord record(List<Map<String, Object>> models, Map<String, Object> invocation,
            List<Map<String, Object>> tables) {
        Map<String, Object> record = new HashMap<>();
        record.put("id", "r-1");
        record.put("models", models);
        record.put("invocations", invocation == null ? List.of() : List.of(invocation));
        record.put("tableEvaluations", tables);
        // As read back from the store.
        return RecordJson.record(text(record));
    }

    private static String text(Map<String, Object> record) {
        return new String(RecordJson.write(record), StandardCharsets.UTF_8);
    }
}
