package org.srtguide.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.srtguide.models.ModelCase.n;
import static org.srtguide.models.ModelCase.pairs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.srtguide.models.ModelTestSupport.Evaluation;

class FollowUpModelTest {
    static final String MODEL = "follow-up";
    static final List<String> PATHWAYS = List.of("SURVEILLANCE", "REPEAT_PSA", "IMAGING_WORKUP", "SALVAGE_RADIOTHERAPY",
            "LOCAL_SALVAGE_EVALUATION", "SYSTEMIC_THERAPY_REFERRAL", "MULTIDISCIPLINARY_REVIEW");

    static Map<String, Object> step(String from, String to, String every) {
        return pairs("fromMonth", n(from), "toMonth", to == null ? null : n(to), "psaEveryMonths", n(every));
    }

    static ModelCase c(String name, String pathway, String primary, Map<String, Object> expected, String... ruleIds) {
        return new ModelCase(name, pairs("pathway", pathway, "primaryTreatment", primary), expected, List.of(ruleIds));
    }

    static Stream<ModelCase> schedules() {
        List<Map<String, Object>> postSalvage = List.of(step("0", "6", "3"), step("6", "36", "6"), step("36", null, "12"));
        List<Map<String, Object>> postPrimary = List.of(step("0", "60", "6"), step("60", null, "12"));
        return Stream.of(
                c("after salvage radiotherapy -> committee post-salvage schedule", "SALVAGE_RADIOTHERAPY", "PROSTATECTOMY",
                        pairs("followUpSchedule", postSalvage), "fu-schedule-001"),
                c("surveillance after prostatectomy -> NCCN schedule", "SURVEILLANCE", "PROSTATECTOMY",
                        pairs("followUpSchedule", postPrimary), "fu-schedule-002"),
                c("surveillance after radiotherapy -> NCCN schedule", "SURVEILLANCE", "RADIOTHERAPY",
                        pairs("followUpSchedule", postPrimary), "fu-schedule-002"),
                c("repeat PSA -> no schedule yet", "REPEAT_PSA", "PROSTATECTOMY", pairs("followUpSchedule", List.of()),
                        "fu-schedule-003"),
                c("imaging work-up -> no schedule", "IMAGING_WORKUP", "PROSTATECTOMY", pairs("followUpSchedule", List.of()),
                        "fu-schedule-004"),
                c("systemic referral -> no schedule", "SYSTEMIC_THERAPY_REFERRAL", "RADIOTHERAPY",
                        pairs("followUpSchedule", List.of()), "fu-schedule-004"));
    }

    static Stream<ModelCase> progressionDefinitions() {
        return Stream.of(
                c("after salvage radiotherapy -> ARTISTIC", "SALVAGE_RADIOTHERAPY", "PROSTATECTOMY",
                        pairs("progressionDefinition", "ARTISTIC_0_4_RISING"), "fu-progression-001"),
                c("surveillance after prostatectomy -> AUA", "SURVEILLANCE", "PROSTATECTOMY",
                        pairs("progressionDefinition", "AUA_POST_PROSTATECTOMY"), "fu-progression-002"),
                c("repeat PSA after prostatectomy -> AUA", "REPEAT_PSA", "PROSTATECTOMY",
                        pairs("progressionDefinition", "AUA_POST_PROSTATECTOMY"), "fu-progression-002"),
                c("surveillance after radiotherapy -> Phoenix", "SURVEILLANCE", "RADIOTHERAPY",
                        pairs("progressionDefinition", "PHOENIX"), "fu-progression-003"),
                c("local salvage evaluation -> none", "LOCAL_SALVAGE_EVALUATION", "RADIOTHERAPY",
                        pairs("progressionDefinition", null), "fu-progression-004"),
                c("board review -> none", "MULTIDISCIPLINARY_REVIEW", "PROSTATECTOMY",
                        pairs("progressionDefinition", null), "fu-progression-004"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void shouldGiveTheScheduleOfThePathway(ModelCase testCase) {
        assertCase(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("progressionDefinitions")
    void shouldNameTheProgressionDefinitionOfThePathway(ModelCase testCase) {
        assertCase(testCase);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postSalvageFollowUpSchedule", "postPrimaryFollowUpSchedule"})
    void shouldChainSchedulePeriodsWithoutHolesAndEndOpen(String parameter) {
        List<?> schedule = (List<?>) ModelTestSupport.evaluateDecision(MODEL, parameter, Map.of()).value(parameter);

        assertThat(schedule).isNotEmpty();
        BigDecimal expectedFrom = BigDecimal.ZERO;
        for (int i = 0; i < schedule.size(); i++) {
            Map<?, ?> period = (Map<?, ?>) schedule.get(i);
            assertThat((BigDecimal) period.get("fromMonth")).as("fromMonth of period " + i).isEqualByComparingTo(expectedFrom);
            assertThat((BigDecimal) period.get("psaEveryMonths")).as("interval of period " + i).isPositive();
            expectedFrom = (BigDecimal) period.get("toMonth");
        }
        assertThat(expectedFrom).as("last period is open ended").isNull();
    }

    @Test
    void shouldDecideEveryPathwayAndTreatmentWithoutGapsOrOverlaps() {
        List<String> failures = new ArrayList<>();
        for (String pathway : PATHWAYS) {
            for (String primary : List.of("PROSTATECTOMY", "RADIOTHERAPY")) {
                Evaluation result = evaluate(pairs("pathway", pathway, "primaryTreatment", primary));
                if (!result.problems().isEmpty() || result.value("followUpSchedule") == null) {
                    failures.add(pathway + "/" + primary + " -> " + result.problems());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldRejectAnUnknownPathway() {
        assertThat(evaluate(pairs("pathway", "WATCHFUL_WAITING", "primaryTreatment", "PROSTATECTOMY")).hasErrors()).isTrue();
    }

    @Test
    void shouldExerciseEveryRuleOfTheModel() {
        Set<String> fired = new HashSet<>();
        Stream.concat(schedules(), progressionDefinitions())
                .forEach(testCase -> fired.addAll(evaluate(testCase.inputs()).firedRuleIds()));

        Set<String> all = ModelTestSupport.ruleIds(MODEL);
        assertThat(all).isNotEmpty();
        assertThat(fired).containsAll(all);
    }

    /** The committee post-salvage definition now comes from the recurrence model (one place); tests pass ARTISTIC. */
    private static Evaluation evaluate(Map<String, Object> inputs) {
        Map<String, Object> all = new HashMap<>(inputs);
        all.putIfAbsent("postSalvageProgressionDefinition", "ARTISTIC_0_4_RISING");
        return ModelTestSupport.evaluateService(MODEL, all);
    }

    private static void assertCase(ModelCase testCase) {
        Evaluation result = evaluate(testCase.inputs());

        assertThat(result.problems()).as("messages").isEmpty();
        testCase.expected().forEach((output, value) -> assertThat(result.value(output)).as(output).isEqualTo(value));
        assertThat(result.firedRuleIds()).as("selected rules").containsAll(testCase.ruleIds());
    }
}
