package org.srtguide.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.srtguide.models.ModelCase.n;
import static org.srtguide.models.ModelCase.with;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.srtguide.models.ModelTestSupport.Evaluation;

import static org.srtguide.models.CandidacyModelTest.AUA;
import static org.srtguide.models.CandidacyModelTest.MODEL;
import static org.srtguide.models.CandidacyModelTest.S3;
import static org.srtguide.models.CandidacyModelTest.evaluate;
import static org.srtguide.models.CandidacyModelTest.noAdtFeature;
import static org.srtguide.models.CandidacyModelTest.pathways;
import static org.srtguide.models.CandidacyModelTest.pelvicNodal;
import static org.srtguide.models.CandidacyModelTest.sbrt;
import static org.srtguide.models.CandidacyModelTest.singleAdtFeatures;
import static org.srtguide.models.CandidacyModelTest.srtCandidate;
import static org.srtguide.models.CandidacyModelTest.timings;

/** The candidacy model as a whole: every input combination decided consistently, every rule reachable. */
class CandidacyCompletenessTest {

    /** Every categorical combination: exactly one rule per UNIQUE table, and the outputs agree with each other. */
    @Test
    void shouldDecideEveryCombinationWithoutGapsOrOverlaps() {
        List<String> failures = new ArrayList<>();
        int evaluations = 0;
        for (String primary : List.of("PROSTATECTOMY", "RADIOTHERAPY")) {
            for (String recurrence : List.of("NO_EVIDENCE", "LOW_DETECTABLE", "UNCONFIRMED_RISE", "PERSISTENT_PSA",
                    "BIOCHEMICAL_RECURRENCE", "INSUFFICIENT_DATA")) {
                for (String metastasis : List.of("NOT_ASSESSED", "NONE_DETECTED", "LOCAL_ONLY", "REGIONAL_NODAL", "DISTANT", "EQUIVOCAL")) {
                    for (Boolean staged : Arrays.asList(true, false, null)) {
                        for (Boolean previous : Arrays.asList(true, false, null)) {
                            for (String nodes : Arrays.asList("pN0", "pNx", "pN1", null)) {
                                for (String psa : List.of("0.3", "0.9")) {
                                    for (String policy : List.of(AUA, S3)) {
                                        Map<String, Object> in = with(srtCandidate(), "primaryTreatment", primary,
                                                "recurrenceStatus", recurrence, "metastasisStatus", metastasis,
                                                "stagingComplete", staged, "previousSalvageRadiotherapy", previous,
                                                "pathologicalNodes", nodes, "currentPsa", n(psa), "pelvicNodalPolicy", policy,
                                                "gradeGroup", n("4"));
                                        checkConsistency(in, evaluate(in), failures);
                                        evaluations++;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(evaluations).isEqualTo(2 * 6 * 6 * 3 * 3 * 4 * 2 * 2);
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldExerciseEveryRuleOfTheModel() {
        Set<String> fired = new HashSet<>();
        Stream.of(pathways(), timings(), singleAdtFeatures(), noAdtFeature(), pelvicNodal(), sbrt())
                .flatMap(s -> s)
                .forEach(testCase -> fired.addAll(evaluate(testCase.inputs()).firedRuleIds()));

        Set<String> all = ModelTestSupport.ruleIds(MODEL);
        assertThat(all).isNotEmpty();
        assertThat(fired).containsAll(all);
    }

    private static void checkConsistency(Map<String, Object> in, Evaluation result, List<String> failures) {
        Object pathway = result.value("pathway");
        boolean salvage = "SALVAGE_RADIOTHERAPY".equals(pathway);
        List<String> problems = new ArrayList<>(result.problems());
        if (pathway == null || result.value("sbrt") == null || result.value("pelvicNodalRadiotherapy") == null
                || result.value("adtRecommended") == null || result.value("adtHighRiskFeatures") == null) {
            problems.add("an output is null");
        }
        if (salvage != (result.value("timing") != null)) {
            problems.add("timing " + result.value("timing") + " on pathway " + pathway);
        }
        if (Boolean.TRUE.equals(result.value("adtRecommended")) && !salvage) {
            problems.add("ADT outside salvage radiotherapy");
        }
        if (!"NOT_INDICATED".equals(result.value("pelvicNodalRadiotherapy")) && !Boolean.TRUE.equals(result.value("adtRecommended"))) {
            problems.add("nodal fields without ADT");
        }
        if (!problems.isEmpty()) {
            failures.add(in + " -> " + problems);
        }
    }
}
