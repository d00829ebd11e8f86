package org.srtguide.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.srtguide.models.ModelCase.n;
import static org.srtguide.models.ModelCase.pairs;
import static org.srtguide.models.ModelCase.with;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.srtguide.models.ModelTestSupport.Evaluation;

class CandidacyModelTest {
    static final String MODEL = "candidacy";
    static final String AUA = "AUA_2024_MAY_ADD_WITH_ADT";
    static final String S3 = "GERMAN_S3_OMIT_IN_PN0_EARLY_SRT";

    /** Recurrence after prostatectomy, staged, no disease on imaging, no AUA high-risk feature. */
    static Map<String, Object> srtCandidate() {
        Map<String, Object> in = new HashMap<>();
        in.put("primaryTreatment", "PROSTATECTOMY");
        in.put("recurrenceStatus", "BIOCHEMICAL_RECURRENCE");
        in.put("metastasisStatus", "NONE_DETECTED");
        in.put("stagingComplete", true);
        in.put("currentPsa", n("0.3"));
        in.put("psaDoublingTimeMonths", null);
        in.put("gradeGroup", n("2"));
        in.put("seminalVesicleInvasion", false);
        in.put("pathologicalNodes", "pN0");
        in.put("previousSalvageRadiotherapy", false);
        in.put("largestLesionMm", null);
        in.put("persistentPsa", false);
        in.put("latestPsaLevel", "AT_OR_ABOVE_BCR_THRESHOLD");
        in.put("risingTrendConfirmed", true);
        in.put("nodesVisibleOnImaging", false);
        return in;
    }

    static ModelCase c(String name, Map<String, Object> inputs, Map<String, Object> expected, String... ruleIds) {
        return new ModelCase(name, inputs, expected, List.of(ruleIds));
    }

    static Stream<ModelCase> pathways() {
        Map<String, Object> base = srtCandidate();
        return Stream.of(
                // Issue #15 items 3 and 5: below 0.2, a rising trend first; then visible disease or high risk decides.
                c("low PSA, trend not confirmed -> repeat PSA", with(base, "recurrenceStatus", "LOW_DETECTABLE", "latestPsaLevel", "LOW_DETECTABLE",
                        "risingTrendConfirmed", false, "currentPsa", n("0.12")), pairs("pathway", "REPEAT_PSA"), "cand-readiness-003", "cand-pathway-005"),
                c("low PSA rising with local recurrence -> salvage radiotherapy", with(base, "recurrenceStatus", "LOW_DETECTABLE",
                        "latestPsaLevel", "LOW_DETECTABLE", "currentPsa", n("0.15"), "metastasisStatus", "LOCAL_ONLY"),
                        pairs("pathway", "SALVAGE_RADIOTHERAPY", "timing", "EARLY"), "cand-readiness-004", "cand-pathway-014"),
                c("low PSA rising with local recurrence, board policy -> board review", with(base, "recurrenceStatus", "LOW_DETECTABLE",
                        "latestPsaLevel", "LOW_DETECTABLE", "currentPsa", n("0.15"), "metastasisStatus", "LOCAL_ONLY",
                        "lowPsaSalvagePolicy", "MULTIDISCIPLINARY_REVIEW"), pairs("pathway", "MULTIDISCIPLINARY_REVIEW"), "cand-pathway-015"),
                c("low PSA rising without risk or visible disease -> repeat PSA", with(base, "recurrenceStatus", "LOW_DETECTABLE",
                        "latestPsaLevel", "LOW_DETECTABLE", "currentPsa", n("0.15")), pairs("pathway", "REPEAT_PSA"), "cand-readiness-005"),
                c("detectable after salvage without progression -> repeat PSA", with(base, "recurrenceStatus", "LOW_DETECTABLE",
                        "previousSalvageRadiotherapy", true), pairs("pathway", "REPEAT_PSA"), "cand-readiness-006"),
                c("persistent PSA below 0.2 rising, not staged -> imaging", with(base, "recurrenceStatus", "PERSISTENT_PSA", "persistentPsa", true,
                        "latestPsaLevel", "LOW_DETECTABLE", "currentPsa", n("0.15"), "stagingComplete", false),
                        pairs("pathway", "IMAGING_WORKUP"), "cand-pathway-012"),
                c("persistent PSA after previous salvage -> board", with(base, "recurrenceStatus", "PERSISTENT_PSA", "persistentPsa", true,
                        "previousSalvageRadiotherapy", true), pairs("pathway", "MULTIDISCIPLINARY_REVIEW"), "cand-readiness-002", "cand-pathway-016"),
                c("ready PSA course after primary radiotherapy -> local salvage evaluation", with(base, "recurrenceStatus", "PERSISTENT_PSA",
                        "primaryTreatment", "RADIOTHERAPY"), pairs("pathway", "LOCAL_SALVAGE_EVALUATION"), "cand-pathway-017"),
                c("ready PSA course after primary radiotherapy, nodes -> board", with(base, "recurrenceStatus", "PERSISTENT_PSA",
                        "primaryTreatment", "RADIOTHERAPY", "metastasisStatus", "REGIONAL_NODAL"), pairs("pathway", "MULTIDISCIPLINARY_REVIEW"),
                        "cand-pathway-018"),
                c("grade group unknown, no other feature -> ADT left open", with(base, "gradeGroup", null),
                        pairs("pathway", "SALVAGE_RADIOTHERAPY", "pelvicNodalRadiotherapy", "NOT_INDICATED"), "cand-adt-005", "cand-nodal-009"),
                c("pelvic nodes visible -> nodal radiotherapy recommended", with(base, "metastasisStatus", "REGIONAL_NODAL", "nodesVisibleOnImaging", true),
                        pairs("pathway", "SALVAGE_RADIOTHERAPY", "pelvicNodalRadiotherapy", "RECOMMENDED", "adtRecommended", true), "cand-nodal-008"),
                c("distant metastasis -> systemic referral", with(base, "metastasisStatus", "DISTANT"),
                        pairs("pathway", "SYSTEMIC_THERAPY_REFERRAL"), "cand-pathway-001"),
                c("equivocal imaging -> board review", with(base, "metastasisStatus", "EQUIVOCAL"),
                        pairs("pathway", "MULTIDISCIPLINARY_REVIEW"), "cand-pathway-002"),
                c("no evidence of recurrence -> surveillance", with(base, "recurrenceStatus", "NO_EVIDENCE"),
                        pairs("pathway", "SURVEILLANCE"), "cand-pathway-003"),
                c("insufficient data -> surveillance", with(base, "recurrenceStatus", "INSUFFICIENT_DATA"),
                        pairs("pathway", "SURVEILLANCE"), "cand-pathway-004"),
                c("low detectable PSA -> repeat PSA", with(base, "recurrenceStatus", "LOW_DETECTABLE"),
                        pairs("pathway", "REPEAT_PSA"), "cand-pathway-005"),
                c("unconfirmed rise -> repeat PSA", with(base, "recurrenceStatus", "UNCONFIRMED_RISE"),
                        pairs("pathway", "REPEAT_PSA"), "cand-pathway-006"),
                c("staging not complete -> imaging work-up", with(base, "stagingComplete", false),
                        pairs("pathway", "IMAGING_WORKUP"), "cand-pathway-007"),
                c("staging unknown -> imaging work-up", with(base, "stagingComplete", null),
                        pairs("pathway", "IMAGING_WORKUP"), "cand-pathway-007"),
                c("recurrence after prostatectomy, staged -> salvage radiotherapy", base,
                        pairs("pathway", "SALVAGE_RADIOTHERAPY"), "cand-pathway-008"),
                c("persistent PSA, staged -> salvage radiotherapy", with(base, "recurrenceStatus", "PERSISTENT_PSA", "persistentPsa", true),
                        pairs("pathway", "SALVAGE_RADIOTHERAPY"), "cand-pathway-013"),
                c("regional nodes after prostatectomy -> salvage radiotherapy", with(base, "metastasisStatus", "REGIONAL_NODAL"),
                        pairs("pathway", "SALVAGE_RADIOTHERAPY"), "cand-pathway-008"),
                c("previous salvage radiotherapy -> board review", with(base, "previousSalvageRadiotherapy", true),
                        pairs("pathway", "MULTIDISCIPLINARY_REVIEW"), "cand-pathway-009"),
                c("recurrence after primary radiotherapy -> local salvage evaluation",
                        with(base, "primaryTreatment", "RADIOTHERAPY", "pathologicalNodes", null),
                        pairs("pathway", "LOCAL_SALVAGE_EVALUATION"), "cand-pathway-010"),
                c("nodal recurrence after primary radiotherapy -> board review",
                        with(base, "primaryTreatment", "RADIOTHERAPY", "metastasisStatus", "REGIONAL_NODAL"),
                        pairs("pathway", "MULTIDISCIPLINARY_REVIEW"), "cand-pathway-011"));
    }

    static Stream<ModelCase> timings() {
        Map<String, Object> base = srtCandidate();
        return Stream.of(
                c("PSA 0.2 -> early", with(base, "currentPsa", n("0.2")), pairs("timing", "EARLY"), "cand-timing-001"),
                c("PSA exactly 0.5 -> early", with(base, "currentPsa", n("0.5")), pairs("timing", "EARLY"), "cand-timing-001"),
                c("PSA 0.51 -> delayed", with(base, "currentPsa", n("0.51")), pairs("timing", "DELAYED"), "cand-timing-002"),
                c("PSA 2.0 -> delayed", with(base, "currentPsa", n("2.0")), pairs("timing", "DELAYED"), "cand-timing-002"),
                c("repeat PSA -> no timing", with(base, "recurrenceStatus", "UNCONFIRMED_RISE"), pairs("timing", null), "cand-timing-003"),
                c("local salvage evaluation -> no timing", with(base, "primaryTreatment", "RADIOTHERAPY"),
                        pairs("timing", null), "cand-timing-003"));
    }

    static Stream<ModelCase> singleAdtFeatures() {
        Map<String, Object> base = srtCandidate();
        return Stream.of(
                feature("PSA exactly 0.7", with(base, "currentPsa", n("0.7")), "PSA_AT_LEAST_0_7", "cand-adtfeature-001", "cand-adt-002"),
                feature("grade group 4", with(base, "gradeGroup", n("4")), "GRADE_GROUP_4_5", "cand-adtfeature-002", "cand-adt-002"),
                feature("grade group 5", with(base, "gradeGroup", n("5")), "GRADE_GROUP_4_5", "cand-adtfeature-002", "cand-adt-002"),
                feature("PSADT exactly 6 months", with(base, "psaDoublingTimeMonths", n("6")), "PSADT_6_MONTHS_OR_LESS",
                        "cand-adtfeature-003", "cand-adt-002"),
                feature("persistent PSA", with(base, "recurrenceStatus", "PERSISTENT_PSA", "persistentPsa", true), "PERSISTENT_PSA",
                        "cand-adtfeature-004", "cand-adt-002"),
                feature("seminal vesicle invasion", with(base, "seminalVesicleInvasion", true), "SEMINAL_VESICLE_INVASION",
                        "cand-adtfeature-005", "cand-adt-002"),
                feature("pN1", with(base, "pathologicalNodes", "pN1"), "REGIONAL_NODES", "cand-adtfeature-006", "cand-adt-001"),
                feature("pelvic nodes on imaging", with(base, "metastasisStatus", "REGIONAL_NODAL"), "REGIONAL_NODES",
                        "cand-adtfeature-006", "cand-adt-001"));
    }

    static ModelCase feature(String name, Map<String, Object> inputs, String feature, String... ruleIds) {
        return c(name + " alone -> " + feature + ", ADT", inputs,
                pairs("adtHighRiskFeatures", List.of(feature), "adtRecommended", true), ruleIds);
    }

    static Stream<ModelCase> noAdtFeature() {
        Map<String, Object> base = srtCandidate();
        Map<String, Object> none = pairs("adtHighRiskFeatures", List.of(), "adtRecommended", false);
        return Stream.of(
                c("no feature -> SRT alone", base, none, "cand-adt-003"),
                c("PSA 0.69 is below the ADT threshold", with(base, "currentPsa", n("0.69")), none, "cand-adt-003"),
                c("grade group 3 is below the ADT threshold", with(base, "gradeGroup", n("3")), none, "cand-adt-003"),
                c("PSADT 6.1 months is above the ADT threshold", with(base, "psaDoublingTimeMonths", n("6.1")), none, "cand-adt-003"),
                c("PSADT not calculable is no feature", with(base, "psaDoublingTimeMonths", null), none, "cand-adt-003"),
                c("seminal vesicle invasion unknown is no feature", with(base, "seminalVesicleInvasion", null), none, "cand-adt-003"),
                c("pNx is no nodal feature", with(base, "pathologicalNodes", "pNx"), none, "cand-adt-003"),
                c("primary radiotherapy: no AUA features, no ADT decision",
                        with(base, "primaryTreatment", "RADIOTHERAPY", "gradeGroup", n("5"), "currentPsa", n("3")),
                        none, "cand-adt-004"));
    }

    static Stream<ModelCase> pelvicNodal() {
        Map<String, Object> adt = with(srtCandidate(), "gradeGroup", n("4"));
        return Stream.of(
                c("not salvage radiotherapy -> not indicated", with(adt, "recurrenceStatus", "LOW_DETECTABLE"),
                        pairs("pelvicNodalRadiotherapy", "NOT_INDICATED"), "cand-nodal-001"),
                c("pN1 with S3 policy -> optional", with(adt, "pathologicalNodes", "pN1", "pelvicNodalPolicy", S3),
                        pairs("pelvicNodalRadiotherapy", "OPTIONAL"), "cand-nodal-002"),
                c("no ADT, AUA policy -> not indicated", with(srtCandidate(), "pelvicNodalPolicy", AUA),
                        pairs("pelvicNodalRadiotherapy", "NOT_INDICATED"), "cand-nodal-003"),
                c("no ADT, S3 policy -> not indicated", with(srtCandidate(), "pelvicNodalPolicy", S3),
                        pairs("pelvicNodalRadiotherapy", "NOT_INDICATED"), "cand-nodal-003"),
                c("ADT, pN0, early, AUA policy -> optional", with(adt, "pelvicNodalPolicy", AUA),
                        pairs("pelvicNodalRadiotherapy", "OPTIONAL"), "cand-nodal-004"),
                c("ADT, pN0, early, S3 policy -> not indicated", with(adt, "pelvicNodalPolicy", S3),
                        pairs("pelvicNodalRadiotherapy", "NOT_INDICATED", "timing", "EARLY"), "cand-nodal-005"),
                c("ADT, pN0, delayed, S3 policy -> optional", with(adt, "pelvicNodalPolicy", S3, "currentPsa", n("0.6")),
                        pairs("pelvicNodalRadiotherapy", "OPTIONAL", "timing", "DELAYED"), "cand-nodal-006"),
                c("ADT, pNx, early, S3 policy -> optional", with(adt, "pelvicNodalPolicy", S3, "pathologicalNodes", "pNx"),
                        pairs("pelvicNodalRadiotherapy", "OPTIONAL"), "cand-nodal-007"));
    }

    static Stream<ModelCase> sbrt() {
        Map<String, Object> base = srtCandidate();
        return Stream.of(
                c("visible local recurrence -> trial or board", with(base, "metastasisStatus", "LOCAL_ONLY", "largestLesionMm", n("9")),
                        pairs("sbrt", "CLINICAL_TRIAL_OR_MDT", "pathway", "SALVAGE_RADIOTHERAPY"), "cand-sbrt-001"),
                c("measured local lesion -> trial or board", with(base, "largestLesionMm", n("6")),
                        pairs("sbrt", "CLINICAL_TRIAL_OR_MDT"), "cand-sbrt-001"),
                c("no visible lesion -> not indicated", base, pairs("sbrt", "NOT_INDICATED"), "cand-sbrt-002"),
                c("after primary radiotherapy -> trial or board", with(base, "primaryTreatment", "RADIOTHERAPY"),
                        pairs("sbrt", "CLINICAL_TRIAL_OR_MDT"), "cand-sbrt-003"),
                c("re-irradiation after salvage radiotherapy -> trial or board",
                        with(base, "previousSalvageRadiotherapy", true, "metastasisStatus", "LOCAL_ONLY"),
                        pairs("sbrt", "CLINICAL_TRIAL_OR_MDT", "pathway", "MULTIDISCIPLINARY_REVIEW"), "cand-sbrt-004"),
                c("equivocal imaging, no previous salvage -> not indicated", with(base, "metastasisStatus", "EQUIVOCAL"),
                        pairs("sbrt", "NOT_INDICATED"), "cand-sbrt-005"),
                c("surveillance -> not indicated", with(base, "recurrenceStatus", "NO_EVIDENCE"),
                        pairs("sbrt", "NOT_INDICATED"), "cand-sbrt-006"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathways")
    void shouldChooseEachPathwayByItsRule(ModelCase testCase) {
        assertCase(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timings")
    void shouldTimeSalvageEarlyUpToThePsaThresholdAndDelayedAbove(ModelCase testCase) {
        assertCase(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleAdtFeatures")
    void shouldRecommendAdtWhenExactlyOneHighRiskFeatureIsPresent(ModelCase testCase) {
        assertCase(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noAdtFeature")
    void shouldNotRecommendAdtWhenNoHighRiskFeatureIsPresent(ModelCase testCase) {
        assertCase(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pelvicNodal")
    void shouldDecidePelvicNodalRadiotherapyUnderEitherCommitteePolicy(ModelCase testCase) {
        assertCase(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sbrt")
    void shouldKeepSbrtToTrialsOrBoardReviewForLocalRecurrenceAndReirradiation(ModelCase testCase) {
        assertCase(testCase);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldListEveryHighRiskFeatureWhenAllArePresent() {
        Evaluation result = evaluate(with(srtCandidate(), "currentPsa", n("0.9"), "gradeGroup", n("5"),
                "psaDoublingTimeMonths", n("3"), "recurrenceStatus", "PERSISTENT_PSA", "persistentPsa", true, "seminalVesicleInvasion", true,
                "pathologicalNodes", "pN1"));

        assertThat((List<Object>) result.value("adtHighRiskFeatures")).containsExactlyInAnyOrder("PSA_AT_LEAST_0_7",
                "GRADE_GROUP_4_5", "PSADT_6_MONTHS_OR_LESS", "PERSISTENT_PSA", "SEMINAL_VESICLE_INVASION", "REGIONAL_NODES");
        assertThat(result.value("adtRecommended")).isEqualTo(true);
    }

    @Test
    void shouldFollowTheAuaPolicyForPelvicNodesUntilTheCommitteeChangesIt() {
        Evaluation result = ModelTestSupport.evaluateDecision(MODEL, "pelvicNodalPolicy", Map.of());

        assertThat(result.value("pelvicNodalPolicy")).isEqualTo(AUA);
        assertThat(evaluate(with(srtCandidate(), "gradeGroup", n("4"))).value("pelvicNodalRadiotherapy")).isEqualTo("OPTIONAL");
    }

    @Test
    void shouldRejectAValueOutsideTheDeclaredEnumeration() {
        Evaluation result = evaluate(with(srtCandidate(), "recurrenceStatus", "RELAPSE"));

        assertThat(result.hasErrors()).isTrue();
    }

    static Evaluation evaluate(Map<String, Object> inputs) {
        return ModelTestSupport.evaluateService(MODEL, inputs);
    }

    private static void assertCase(ModelCase testCase) {
        Evaluation result = evaluate(testCase.inputs());

        assertThat(result.problems()).as("messages").isEmpty();
        testCase.expected().forEach((output, value) -> assertThat(result.value(output)).as(output).isEqualTo(value));
        assertThat(result.firedRuleIds()).as("selected rules").containsAll(testCase.ruleIds());
    }
}
