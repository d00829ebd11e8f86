package org.srtguide.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.srtguide.models.ModelCase.pairs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.srtguide.models.ModelTestSupport.Evaluation;

class ToxicityModelTest {
    static final String MODEL = "toxicity";
    static final List<String> TERMS = List.of("CYSTITIS_NONINFECTIVE", "URINARY_FREQUENCY", "URINARY_URGENCY",
            "URINARY_INCONTINENCE", "URINARY_RETENTION", "HEMATURIA", "DIARRHEA", "PROCTITIS", "RECTAL_HEMORRHAGE",
            "FATIGUE", "ERECTILE_DYSFUNCTION");
    /** Terms for which a treatment break is a recognised measure (table tox-break): acute bowel and bladder toxicity. */
    static final Set<String> BREAK_TERMS = Set.of("DIARRHEA", "PROCTITIS", "RECTAL_HEMORRHAGE", "CYSTITIS_NONINFECTIVE",
            "HEMATURIA", "URINARY_RETENTION", "URINARY_FREQUENCY", "URINARY_URGENCY");
    static final List<String> TREATMENTS = List.of("PROSTATECTOMY", "RADIOTHERAPY");
    static final List<String> BREAK_ESCALATION = List.of("PHYSICIAN_REVIEW", "CONSIDER_TREATMENT_BREAK");
    static final List<String> REVIEW_ONLY_ESCALATION = List.of("PHYSICIAN_REVIEW");

    /** One reported toxicity with the actions and escalation expected for it, and the rules that must fire. */
    record ToxicityCase(String term, int grade, String phase, String treatment, List<String> actions, boolean escalate,
            List<String> ruleIds) {
        @Override
        public String toString() {
            return term + " grade " + grade + " " + phase + " after " + treatment + " -> " + actions + (escalate ? ", escalate" : "");
        }

        Map<String, Object> toxicity() {
            return toxicity(term, grade, phase);
        }

        static Map<String, Object> toxicity(String term, int grade, String phase) {
            return pairs("term", term, "grade", BigDecimal.valueOf(grade), "phase", phase);
        }
    }

    static ToxicityCase low(String term, int grade, String phase, String ruleId, String... actions) {
        return lowAfter("PROSTATECTOMY", term, grade, phase, ruleId, actions);
    }

    static ToxicityCase lowAfter(String treatment, String term, int grade, String phase, String ruleId, String... actions) {
        return new ToxicityCase(term, grade, phase, treatment, List.of(actions), false, List.of(ruleId, "tox-escalation-004"));
    }

    /** At or above the escalation threshold: a break is suggested only in the acute phase and only for a break term. */
    static ToxicityCase high(String term, int grade, String phase, String ruleId, String... actions) {
        boolean acute = "ACUTE".equals(phase);
        boolean breakTerm = BREAK_TERMS.contains(term);
        List<String> all = new ArrayList<>(List.of(actions));
        all.addAll(acute && breakTerm ? BREAK_ESCALATION : REVIEW_ONLY_ESCALATION);
        String escalationRule = !acute ? "tox-escalation-002" : breakTerm ? "tox-escalation-001" : "tox-escalation-005";
        return new ToxicityCase(term, grade, phase, "PROSTATECTOMY", all.stream().distinct().toList(), true,
                List.of(ruleId, escalationRule));
    }

    static Stream<ToxicityCase> everyTermRule() {
        return Stream.of(
                low("CYSTITIS_NONINFECTIVE", 1, "ACUTE", "tox-term-001", "OBSERVE"),
                low("CYSTITIS_NONINFECTIVE", 2, "ACUTE", "tox-term-002", "ALPHA_BLOCKER", "ANTICHOLINERGIC", "BETA3_AGONIST"),
                high("CYSTITIS_NONINFECTIVE", 3, "LATE", "tox-term-003", "SPECIALIST_REFERRAL"),
                high("CYSTITIS_NONINFECTIVE", 4, "ACUTE", "tox-term-004", "URGENT_ASSESSMENT"),
                low("URINARY_FREQUENCY", 1, "ACUTE", "tox-term-005", "OBSERVE"),
                low("URINARY_FREQUENCY", 2, "ACUTE", "tox-term-006", "ALPHA_BLOCKER", "ANTICHOLINERGIC", "BETA3_AGONIST"),
                high("URINARY_FREQUENCY", 3, "ACUTE", "tox-term-007", "PHYSICIAN_REVIEW"),
                low("URINARY_URGENCY", 1, "LATE", "tox-term-008", "OBSERVE"),
                low("URINARY_URGENCY", 2, "LATE", "tox-term-009", "ALPHA_BLOCKER", "ANTICHOLINERGIC", "BETA3_AGONIST"),
                high("URINARY_URGENCY", 4, "LATE", "tox-term-010", "PHYSICIAN_REVIEW"),
                lowAfter("RADIOTHERAPY", "URINARY_INCONTINENCE", 1, "LATE", "tox-term-011", "OBSERVE"),
                lowAfter("RADIOTHERAPY", "URINARY_INCONTINENCE", 2, "LATE", "tox-term-012", "ANTICHOLINERGIC", "BETA3_AGONIST"),
                low("URINARY_INCONTINENCE", 1, "LATE", "tox-term-044", "PELVIC_FLOOR_EXERCISES"),
                low("URINARY_INCONTINENCE", 2, "ACUTE", "tox-term-045", "PELVIC_FLOOR_EXERCISES"),
                low("URINARY_INCONTINENCE", 2, "LATE", "tox-term-045", "PELVIC_FLOOR_EXERCISES"),
                high("URINARY_INCONTINENCE", 3, "LATE", "tox-term-013", "SPECIALIST_REFERRAL"),
                high("URINARY_INCONTINENCE", 3, "ACUTE", "tox-term-013", "SPECIALIST_REFERRAL"),
                high("URINARY_INCONTINENCE", 4, "ACUTE", "tox-term-014", "PHYSICIAN_REVIEW"),
                low("URINARY_RETENTION", 1, "ACUTE", "tox-term-015", "OBSERVE"),
                low("URINARY_RETENTION", 2, "ACUTE", "tox-term-016", "CATHETERISATION", "ALPHA_BLOCKER"),
                high("URINARY_RETENTION", 3, "ACUTE", "tox-term-017", "SPECIALIST_REFERRAL", "CATHETERISATION"),
                high("URINARY_RETENTION", 4, "ACUTE", "tox-term-018", "URGENT_ASSESSMENT"),
                low("HEMATURIA", 1, "LATE", "tox-term-019", "OBSERVE"),
                low("HEMATURIA", 2, "LATE", "tox-term-020", "CATHETERISATION"),
                high("HEMATURIA", 3, "LATE", "tox-term-021", "SPECIALIST_REFERRAL"),
                high("HEMATURIA", 4, "LATE", "tox-term-022", "URGENT_ASSESSMENT"),
                low("DIARRHEA", 1, "ACUTE", "tox-term-023", "DIETARY_MODIFICATION", "HYDRATION"),
                low("DIARRHEA", 2, "ACUTE", "tox-term-024", "LOPERAMIDE", "DIETARY_MODIFICATION", "HYDRATION"),
                high("DIARRHEA", 3, "ACUTE", "tox-term-025", "LOPERAMIDE", "DIPHENOXYLATE_ATROPINE", "DIETARY_MODIFICATION", "HYDRATION"),
                high("DIARRHEA", 4, "ACUTE", "tox-term-026", "URGENT_ASSESSMENT"),
                low("PROCTITIS", 1, "ACUTE", "tox-term-027", "OBSERVE"),
                low("PROCTITIS", 2, "ACUTE", "tox-term-028", "TOPICAL_RECTAL_STEROID"),
                high("PROCTITIS", 3, "ACUTE", "tox-term-028", "TOPICAL_RECTAL_STEROID"),
                low("PROCTITIS", 2, "LATE", "tox-term-029", "SUCRALFATE"),
                high("PROCTITIS", 3, "LATE", "tox-term-029", "SUCRALFATE"),
                high("PROCTITIS", 4, "ACUTE", "tox-term-030", "URGENT_ASSESSMENT"),
                low("RECTAL_HEMORRHAGE", 1, "LATE", "tox-term-031", "OBSERVE"),
                low("RECTAL_HEMORRHAGE", 2, "ACUTE", "tox-term-032", "PHYSICIAN_REVIEW"),
                low("RECTAL_HEMORRHAGE", 2, "LATE", "tox-term-033", "SUCRALFATE"),
                high("RECTAL_HEMORRHAGE", 3, "LATE", "tox-term-034", "SPECIALIST_REFERRAL"),
                high("RECTAL_HEMORRHAGE", 4, "LATE", "tox-term-035", "URGENT_ASSESSMENT"),
                low("FATIGUE", 1, "ACUTE", "tox-term-036", "OBSERVE"),
                low("FATIGUE", 2, "ACUTE", "tox-term-037", "PHYSICIAN_REVIEW"),
                high("FATIGUE", 3, "ACUTE", "tox-term-037", "PHYSICIAN_REVIEW"),
                high("FATIGUE", 4, "ACUTE", "tox-term-038", "PHYSICIAN_REVIEW"),
                low("ERECTILE_DYSFUNCTION", 1, "LATE", "tox-term-039", "OBSERVE"),
                low("ERECTILE_DYSFUNCTION", 2, "LATE", "tox-term-040", "PDE5_INHIBITOR"),
                high("ERECTILE_DYSFUNCTION", 3, "LATE", "tox-term-041", "SPECIALIST_REFERRAL"),
                high("ERECTILE_DYSFUNCTION", 3, "ACUTE", "tox-term-041", "SPECIALIST_REFERRAL"),
                high("ERECTILE_DYSFUNCTION", 4, "LATE", "tox-term-042", "PHYSICIAN_REVIEW"),
                high("ERECTILE_DYSFUNCTION", 4, "ACUTE", "tox-term-042", "PHYSICIAN_REVIEW"),
                new ToxicityCase("DIARRHEA", 5, "ACUTE", "PROSTATECTOMY", List.of("PHYSICIAN_REVIEW"), true,
                        List.of("tox-term-043", "tox-escalation-003")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTermRule")
    @SuppressWarnings("unchecked")
    void shouldGiveTheActionsAndEscalationOfEachTermAndGrade(ToxicityCase testCase) {
        Evaluation result = evaluate(List.of(testCase.toxicity()), testCase.treatment());

        assertThat(result.problems()).as("messages").isEmpty();
        Map<?, ?> item = onlyItem(result);
        assertThat(item.get("term")).isEqualTo(testCase.term());
        assertThat((BigDecimal) item.get("grade")).isEqualByComparingTo(BigDecimal.valueOf(testCase.grade()));
        assertThat((List<Object>) item.get("actions")).containsExactlyInAnyOrderElementsOf(testCase.actions());
        assertThat(item.get("escalate")).isEqualTo(testCase.escalate());
        assertThat(result.firedRuleIds()).containsAll(testCase.ruleIds());
    }

    /**
     * Issue #15 item 8: every term escalates (physician review) from grade 3, grade 4 included; a treatment break is
     * suggested only for acute bowel or bladder terms at grade 3-4, never for incontinence, erectile dysfunction or fatigue.
     */
    @Test
    void shouldEscalateFromGradeThreeAndConsiderABreakOnlyForAcuteBowelOrBladderTerms() {
        List<String> failures = new ArrayList<>();
        for (String treatment : TREATMENTS) {
            for (String term : TERMS) {
                for (int grade = 1; grade <= 5; grade++) {
                    for (String phase : List.of("ACUTE", "LATE")) {
                        Evaluation result = evaluate(List.of(ToxicityCase.toxicity(term, grade, phase)), treatment);
                        Map<?, ?> item = onlyItem(result);
                        List<?> actions = (List<?>) item.get("actions");
                        boolean breakOffered = actions.contains("CONSIDER_TREATMENT_BREAK");
                        boolean ok = result.problems().isEmpty()
                                && !actions.isEmpty()
                                && item.get("escalate").equals(grade >= 3)
                                && (grade < 3 || actions.contains("PHYSICIAN_REVIEW"))
                                && breakOffered == (grade >= 3 && grade < 5 && phase.equals("ACUTE") && BREAK_TERMS.contains(term));
                        if (!ok) {
                            failures.add(treatment + " " + term + " " + grade + " " + phase + " -> " + item + " " + result.problems());
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldNeverSuggestATreatmentBreakForIncontinenceOrErectileDysfunction() {
        for (String treatment : TREATMENTS) {
            for (String term : List.of("URINARY_INCONTINENCE", "ERECTILE_DYSFUNCTION")) {
                for (int grade = 1; grade <= 5; grade++) {
                    for (String phase : List.of("ACUTE", "LATE")) {
                        List<Object> actions = actionsOf(onlyItem(evaluate(List.of(ToxicityCase.toxicity(term, grade, phase)), treatment)));
                        assertThat(actions).as(treatment + " " + term + " " + grade + " " + phase)
                                .doesNotContain("CONSIDER_TREATMENT_BREAK");
                    }
                }
            }
        }
    }

    @Test
    void shouldKeepUrgentAssessmentAndEscalationAtGradeFourForEveryTermThatHasAGradeFour() {
        for (String term : List.of("CYSTITIS_NONINFECTIVE", "URINARY_RETENTION", "HEMATURIA", "DIARRHEA", "PROCTITIS",
                "RECTAL_HEMORRHAGE")) {
            for (String phase : List.of("ACUTE", "LATE")) {
                Map<?, ?> item = onlyItem(evaluate(List.of(ToxicityCase.toxicity(term, 4, phase)), "PROSTATECTOMY"));
                assertThat(actionsOf(item)).as(term + " " + phase).contains("URGENT_ASSESSMENT", "PHYSICIAN_REVIEW");
                assertThat(item.get("escalate")).as(term + " " + phase).isEqualTo(true);
            }
        }
    }

    @Test
    void shouldGivePelvicFloorTrainingFirstForIncontinenceAfterProstatectomyOnly() {
        for (int grade = 1; grade <= 2; grade++) {
            for (String phase : List.of("ACUTE", "LATE")) {
                List<Object> afterSurgery = actionsOf(onlyItem(evaluate(List.of(ToxicityCase.toxicity("URINARY_INCONTINENCE", grade, phase)),
                        "PROSTATECTOMY")));
                assertThat(afterSurgery).as("after prostatectomy, grade " + grade + " " + phase)
                        .containsExactly("PELVIC_FLOOR_EXERCISES");
                List<Object> afterRadiotherapy = actionsOf(onlyItem(evaluate(List.of(ToxicityCase.toxicity("URINARY_INCONTINENCE", grade, phase)),
                        "RADIOTHERAPY")));
                assertThat(afterRadiotherapy).as("after primary radiotherapy, grade " + grade + " " + phase)
                        .doesNotContain("PELVIC_FLOOR_EXERCISES");
            }
        }
    }

    @Test
    void shouldManageSeveralToxicitiesInTheOrderReported() {
        Evaluation result = evaluate(List.of(ToxicityCase.toxicity("DIARRHEA", 2, "ACUTE"),
                ToxicityCase.toxicity("URINARY_RETENTION", 3, "ACUTE")));

        List<?> management = (List<?>) result.value("toxicityManagement");
        assertThat(management).hasSize(2);
        assertThat(((Map<?, ?>) management.get(0)).get("term")).isEqualTo("DIARRHEA");
        assertThat(((Map<?, ?>) management.get(0)).get("escalate")).isEqualTo(false);
        assertThat(((Map<?, ?>) management.get(1)).get("term")).isEqualTo("URINARY_RETENTION");
        assertThat(((Map<?, ?>) management.get(1)).get("escalate")).isEqualTo(true);
    }

    @Test
    void shouldReturnAnEmptyListWhenNoToxicityIsReported() {
        Evaluation result = evaluate(List.of());

        assertThat(result.problems()).isEmpty();
        assertThat((List<?>) result.value("toxicityManagement")).isEmpty();
    }

    @Test
    void shouldReturnNoManagementWhenTheListIsMissing() {
        assertThat(evaluate(null).value("toxicityManagement")).isNull();
    }

    @Test
    void shouldRejectATermOutsideTheApiList() {
        assertRejected(ToxicityCase.toxicity("NAUSEA", 2, "ACUTE"));
    }

    @Test
    void shouldRejectAGradeAboveFive() {
        assertRejected(ToxicityCase.toxicity("DIARRHEA", 6, "ACUTE"));
    }

    @Test
    void shouldRejectAGradeOfZero() {
        assertRejected(ToxicityCase.toxicity("DIARRHEA", 0, "ACUTE"));
    }

    @Test
    void shouldRejectAToxicityWithoutPhase() {
        assertRejected(ToxicityCase.toxicity("PROCTITIS", 2, null));
    }

    /** The type check refuses the list (a warning) and the model returns no management instead of dropping the item. */
    private static void assertRejected(Map<String, Object> toxicity) {
        Evaluation result = evaluate(List.of(toxicity));

        assertThat(result.problems()).anyMatch(p -> p.contains("toxicities"));
        assertThat(result.value("toxicityManagement")).isNull();
    }

    @Test
    void shouldExerciseEveryRuleOfTheModel() {
        Set<String> fired = new HashSet<>();
        everyTermRule().forEach(testCase -> fired.addAll(evaluate(List.of(testCase.toxicity()), testCase.treatment()).firedRuleIds()));

        Set<String> all = ModelTestSupport.ruleIds(MODEL);
        assertThat(all).isNotEmpty();
        assertThat(fired).containsAll(all);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> actionsOf(Map<?, ?> item) {
        return (List<Object>) item.get("actions");
    }

    private static Map<?, ?> onlyItem(Evaluation result) {
        List<?> management = (List<?>) result.value("toxicityManagement");
        assertThat(management).as("toxicityManagement of " + result.problems()).hasSize(1);
        return (Map<?, ?>) management.get(0);
    }

    private static Evaluation evaluate(List<Map<String, Object>> toxicities) {
        return evaluate(toxicities, "PROSTATECTOMY");
    }

    private static Evaluation evaluate(List<Map<String, Object>> toxicities, String primaryTreatment) {
        return ModelTestSupport.evaluateService(MODEL, pairs("toxicities", toxicities, "primaryTreatment", primaryTreatment));
    }
}
