package org.srtguide.security;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;



import org.srtguide.Json;
import org.srtguide.TestRequests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The jqwik generators of {@link GeneratedInputTest}: invalid and boundary assessments, model inputs. */
final class InputGenerators {
    private static final LocalDate AS_OF = LocalDate.parse("2024-06-10");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private InputGenerators() {
    }

    /** One generated request: what was done to it, and the body. */
    record Case(String what, String body) {
        @Override
        public String toString() {
            return what + ": " + body;
        }
    }

    // --- invalid assessments: a valid request with one thing wrong ------------------------------

    static Arbitrary<Case> invalidAssessments() {
        return Arbitraries.oneOf(List.of(
                psaValue(Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("-0.0001")).ofScale(4),
                        "negative PSA"),
                psaValue(Arbitraries.bigDecimals().between(new BigDecimal("10000.0001"), new BigDecimal("1E12")).ofScale(4),
                        "absurd PSA"),
                top("gradeGroup", Arbitraries.integers().between(-1000, 1000).filter(g -> g < 1 || g > 5).map(NODES::numberNode),
                        "grade group out of range"),
                top("primaryTreatment", codes().filter(s -> !s.equals("PROSTATECTOMY") && !s.equals("RADIOTHERAPY"))
                        .map(NODES::textNode), "unknown treatment code"),
                top("pathologicalNodes", codes().filter(s -> !List.of("pN0", "pNx", "pN1").contains(s)).map(NODES::textNode),
                        "unknown nodal code"),
                wrongType(),
                Arbitraries.integers().between(1, 5000).map(days -> change("PSA date after asOf", r ->
                        ((ObjectNode) r.withArray("psa").get(2)).put("date", AS_OF.plusDays(days).toString()))),
                Arbitraries.integers().between(1, 9999).map(v -> change("duplicate PSA date, different value", r ->
                        r.withArray("psa").addObject().put("date", "2024-03-01").put("value", new BigDecimal(v).movePointLeft(4)))),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30)
                        .filter(name -> !Json.object(TestRequests.ASSESSMENT).has(name))
                        .map(name -> change("unknown field " + name, r -> r.put(name, 1))),
                // gradeGroup is optional (the answer names the decisions it leaves open), so it is not in this list.
                Arbitraries.of("primaryTreatment", "primaryTreatmentDate", "psa")
                        .map(name -> change("missing " + name, r -> r.remove(name))),
                Arbitraries.integers().between(0, TestRequests.ASSESSMENT.lastIndexOf('}') - 1)
                        .map(cut -> new Case("truncated at " + cut, TestRequests.ASSESSMENT.substring(0, cut))),
                Arbitraries.strings().ofMaxLength(200).filter(s -> !s.isBlank() && !s.trim().startsWith("{"))
                        .map(s -> new Case("garbage", s))));
    }

    private static Arbitrary<String> codes() {
        return Arbitraries.oneOf(List.of(Arbitraries.strings().alpha().numeric().withChars('_', '-', ' ').ofMaxLength(25),
                Arbitraries.of("prostatectomy", "PN0", "pn1", "", " PROSTATECTOMY", "RADIOTHERAPY ", "null")));
    }

    private static Arbitrary<Case> psaValue(Arbitrary<BigDecimal> values, String what) {
        return Combinators.combine(Arbitraries.integers().between(0, 2), values).as((i, v) -> change(what + " at psa[" + i + "]",
                r -> ((ObjectNode) r.withArray("psa").get(i)).put("value", v)));
    }

    private static Arbitrary<Case> top(String field, Arbitrary<JsonNode> values, String what) {
        return values.map(v -> change(what, r -> r.set(field, v)));
    }

    /** A JSON value of a type the field does not have. */
    private static Arbitrary<Case> wrongType() {
        Map<String, Arbitrary<JsonNode>> wrong = new LinkedHashMap<>();
        Arbitrary<JsonNode> text = Arbitraries.strings().alpha().numeric().ofMaxLength(12).map(NODES::textNode);
        Arbitrary<JsonNode> number = Arbitraries.doubles().between(-1e6, 1e6).map(NODES::numberNode);
        Arbitrary<JsonNode> bool = Arbitraries.of(true, false).map(NODES::booleanNode);
        Arbitrary<JsonNode> array = Arbitraries.just(NODES.arrayNode().add(1));
        Arbitrary<JsonNode> object = Arbitraries.just(NODES.objectNode().put("x", 1));
        wrong.put("gradeGroup", Arbitraries.oneOf(List.of(text, bool, array, object,
                Arbitraries.doubles().between(1.01, 4.99).filter(d -> d != Math.rint(d)).map(NODES::numberNode))));
        wrong.put("asOf", Arbitraries.oneOf(List.of(number, bool, array, object, text)));
        wrong.put("psa", Arbitraries.oneOf(List.of(text, number, bool, object)));
        wrong.put("seminalVesicleInvasion", Arbitraries.oneOf(List.of(text, number, array, object)));
        wrong.put("imaging", Arbitraries.oneOf(List.of(text, number, bool, object)));
        wrong.put("primaryTreatment", Arbitraries.oneOf(List.of(number, bool, array, object)));
        wrong.put("caseId", Arbitraries.oneOf(List.of(number, bool, array, object)));
        return Arbitraries.of(new ArrayList<>(wrong.keySet()))
                .flatMap(field -> wrong.get(field).map(v -> change("wrong type for " + field, r -> r.set(field, v))));
    }

    private static Case change(String what, java.util.function.Consumer<ObjectNode> edit) {
        ObjectNode request = Json.object(TestRequests.ASSESSMENT);
        edit.accept(request);
        return new Case(what, request.toString());
    }

    // --- valid assessments at the boundaries -------------------------------------------------------

    private static Arbitrary<BigDecimal> psaValues() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of("0", "0.01", "0.03", "0.1", "0.19", "0.2", "0.21", "0.5", "0.51", "0.7",
                        "1.0", "2.0", "10", "9999.9999", "10000").map(BigDecimal::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3)),
                net.jqwik.api.Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000")).ofScale(2)));
    }

    static Arbitrary<Case> validAssessments() {
        Arbitrary<LocalDate> treatment = Arbitraries.integers().between(0, 8000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
        Arbitrary<List<Integer>> psaDays = Arbitraries.integers().between(-90, 4000).list().uniqueElements().ofMinSize(1).ofMaxSize(10);
        Arbitrary<List<BigDecimal>> values = psaValues().list().ofSize(10);
        Arbitrary<Integer> asOfExtra = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 400)));
        Arbitrary<ArrayNode> imaging = imagingStudy().list().ofMaxSize(3).map(studies -> {
            ArrayNode array = NODES.arrayNode();
            studies.forEach(array::add);
            return array;
        });
        Arbitrary<ArrayNode> toxicities = toxicity().list().ofMaxSize(3).map(list -> {
            ArrayNode array = NODES.arrayNode();
            list.forEach(array::add);
            return array;
        });
        Arbitrary<Object[]> flags = Combinators.combine(Arbitraries.of("PROSTATECTOMY", "RADIOTHERAPY"),
                Arbitraries.integers().between(1, 5), Arbitraries.of("true", "false", "null"), Arbitraries.of("pN0", "pNx", "pN1", "null"),
                Arbitraries.of("true", "false", "null")).as((t, g, svi, pn, prev) -> new Object[] { t, g, svi, pn, prev });
        return Combinators.combine(treatment, psaDays, values, asOfExtra, imaging, toxicities, flags)
                .as((start, days, v, extra, studies, tox, f) -> {
                    ObjectNode r = NODES.objectNode();
                    LocalDate latest = start;
                    ArrayNode psa = r.putArray("psa");
                    for (int i = 0; i < days.size(); i++) {
                        LocalDate date = start.plusDays(days.get(i));
                        latest = date.isAfter(latest) ? date : latest;
                        psa.addObject().put("date", date.toString()).put("value", v.get(i));
                    }
                    LocalDate asOf = latest.plusDays(extra);
                    r.put("caseId", "generated");
                    r.put("asOf", asOf.toString());
                    r.put("primaryTreatment", (String) f[0]);
                    r.put("primaryTreatmentDate", start.toString());
                    r.put("gradeGroup", (Integer) f[1]);
                    r.set("seminalVesicleInvasion", Json.tree((String) f[2]));
                    r.set("pathologicalNodes", "null".equals(f[3]) ? NODES.nullNode() : NODES.textNode((String) f[3]));
                    // A previous salvage course needs its date, after the primary treatment and not after asOf.
                    boolean salvage = "true".equals(f[4]) && asOf.isAfter(start);
                    r.set("previousSalvageRadiotherapy", Json.tree(salvage ? "true" : "true".equals(f[4]) ? "false" : (String) f[4]));
                    if (salvage) {
                        r.put("previousSalvageRadiotherapyDate", asOf.toString());
                    }
                    studies.forEach(s -> ((ObjectNode) s).put("date", asOf.toString()));
                    r.set("imaging", studies);
                    r.set("toxicities", tox);
                    return new Case("valid", r.toString());
                });
    }

    private static Arbitrary<ObjectNode> imagingStudy() {
        Arbitrary<List<String>> findings = Arbitraries.oneOf(List.of(Arbitraries.just(List.of("NO_DISEASE")),
                Arbitraries.of("PROSTATE_BED", "PELVIC_NODES", "EXTRAPELVIC_NODES", "BONE", "VISCERAL", "EQUIVOCAL")
                        .list().uniqueElements().ofMinSize(1).ofMaxSize(3)));
        return Combinators.combine(Arbitraries.of("PSMA_PET", "FLUCICLOVINE_PET", "CHOLINE_PET", "MRI", "CT", "BONE_SCAN"),
                Arbitraries.integers().between(0, 500).injectNull(0.3), findings).as((modality, mm, found) -> {
                    ObjectNode study = NODES.objectNode().put("modality", modality);
                    study.put("largestLesionMm", mm);
                    ArrayNode array = study.putArray("findings");
                    found.forEach(array::add);
                    return study;
                });
    }

    private static Arbitrary<ObjectNode> toxicity() {
        return Combinators.combine(Arbitraries.of("CYSTITIS_NONINFECTIVE", "URINARY_FREQUENCY", "URINARY_URGENCY",
                "URINARY_INCONTINENCE", "URINARY_RETENTION", "HEMATURIA", "DIARRHEA", "PROCTITIS", "RECTAL_HEMORRHAGE", "FATIGUE",
                "ERECTILE_DYSFUNCTION"), Arbitraries.integers().between(1, 5), Arbitraries.of("ACUTE", "LATE"))
                .as((term, grade, phase) -> NODES.objectNode().put("term", term).put("grade", grade).put("phase", phase));
    }

    // --- per-model inputs ------------------------------------------------------------------------

    private static final Map<String, List<String>> MODEL_INPUTS = Map.of(
            "metastasis", List.of("imagingFindings", "imagingDone", "pathologicalNodes", "earlierFindings"),
            "imaging", List.of("primaryTreatment", "recurrenceStatus", "currentPsa", "imagingPerformed"),
            "follow-up", List.of("pathway", "primaryTreatment", "postSalvageProgressionDefinition"),
            "toxicity", List.of("toxicities", "primaryTreatment"),
            "candidacy", List.of("primaryTreatment", "recurrenceStatus", "metastasisStatus", "stagingComplete", "currentPsa",
                    "psaDoublingTimeMonths", "gradeGroup", "seminalVesicleInvasion", "pathologicalNodes",
                    "previousSalvageRadiotherapy", "largestLesionMm", "persistentPsa", "latestPsaLevel", "risingTrendConfirmed",
                    "nodesVisibleOnImaging"));

    static Arbitrary<Case> modelInputs() {
        Arbitrary<String> model = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(10, Arbitraries.of(List.copyOf(MODEL_INPUTS.keySet()))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("unknown-model", "recurrence", "pathway")));
        return model.flatMap(name -> {
            List<String> inputs = MODEL_INPUTS.getOrDefault(name, List.of("primaryTreatment", "psaSeries", "gradeGroup"));
            Arbitrary<List<String>> present = Arbitraries.oneOf(List.of(Arbitraries.just(inputs),
                    Arbitraries.of(inputs).list().uniqueElements().ofMaxSize(inputs.size())));
            return present.flatMap(keys -> jsonValue().list().ofSize(keys.size()).map(values -> {
                ObjectNode body = NODES.objectNode();
                for (int i = 0; i < keys.size(); i++) {
                    body.set(keys.get(i), values.get(i));
                }
                return new Case("/api/decisions/" + name, body.toString());
            }));
        });
    }

    private static Arbitrary<JsonNode> jsonValue() {
        Arbitrary<JsonNode> code = Arbitraries.of("PROSTATECTOMY", "RADIOTHERAPY", "pN0", "pNx", "pN1", "PELVIC_NODES", "NO_DISEASE",
                "BIOCHEMICAL_RECURRENCE", "NONE_DETECTED", "SALVAGE_RADIOTHERAPY", "PSMA_PET", "DIARRHEA", "x").map(NODES::textNode);
        Arbitrary<JsonNode> number = Arbitraries.oneOf(List.of(Arbitraries.integers().between(-10, 600).map(NODES::numberNode),
                Arbitraries.bigDecimals().between(new BigDecimal("-1"), new BigDecimal("10001")).ofScale(3).map(NODES::numberNode)));
        Arbitrary<JsonNode> bool = Arbitraries.of(true, false).map(NODES::booleanNode);
        Arbitrary<JsonNode> list = code.list().ofMaxSize(3).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
        Arbitrary<JsonNode> toxicities = toxicity().list().ofMaxSize(2).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
        return Arbitraries.oneOf(List.of(code, number, bool, list, toxicities, Arbitraries.<JsonNode>just(NODES.nullNode())));
    }
}
