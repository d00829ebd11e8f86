package org.srtguide.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.kogito.decision.DecisionModel;
import org.kie.kogito.dmn.DmnDecisionModel;
import org.kie.dmn.api.core.ast.DecisionServiceNode;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.srtguide.decision.DmnEngine;
import org.srtguide.decision.DmnMessageRecord;
import org.srtguide.decision.EvaluationTrace;

/**
 * Compiles every committee model in dmn/ once per test JVM, without Quarkus, through the service's
 * DmnEngine, and evaluates one model's decision service (or the whole model) with a plain map
 * through the same adapter. The service's type check is on, as in the
 * service (application.properties), so a value outside an itemDefinition's allowed values or range
 * fails here as it would in production. Engine warnings and errors stay in the result, so a test can
 * assert on them; {@link Evaluation#withoutProblems()} turns them into a failure.
 */
final class ModelTestSupport {
    static final Path DMN_DIR = Path.of("..", "dmn");

    private static DMNRuntime runtime;

    private ModelTestSupport() {
    }

    /** The outcome of one evaluation and the ids of the decision-table rules its hit policies selected. */
    record Evaluation(String modelName, DMNResult result, List<DmnMessageRecord> nonConforming, List<String> firedRuleIds) {
        Object value(String decisionName) {
            DMNDecisionResult decision = result.getDecisionResultByName(decisionName);
            if (decision == null) {
                throw new IllegalArgumentException("no decision " + decisionName + " in the result");
            }
            return decision.getResult();
        }

        /** An engine error, or a value that does not conform to its declared type. */
        boolean hasErrors() {
            return result.hasErrors() || !nonConforming.isEmpty();
        }

        /**
         * Warnings and errors, e.g. "no rule matched" (a gap), a UNIQUE table with two matches, or a value
         * that does not conform to its declared type (the service's type check).
         */
        List<String> problems() {
            return Stream.concat(messages().stream().map(DMNMessage::getText), nonConforming.stream().map(DmnMessageRecord::text))
                    .toList();
        }

        /**
         * This evaluation, or an AssertionError naming the engine's messages. A decision service sets a
         * parameter that does not conform to its type to null and only warns, so warnings fail too.
         */
        Evaluation withoutProblems() {
            List<String> problems = problems();
            if (!problems.isEmpty()) {
                throw new AssertionError(modelName + " evaluation failed: " + problems);
            }
            return this;
        }

        private List<DMNMessage> messages() {
            return result.getMessages(DMNMessage.Severity.ERROR, DMNMessage.Severity.WARN);
        }
    }

    /** Evaluates the model's decision service, named by the convention in docs/models.md. */
    static Evaluation evaluateService(String modelName, Map<String, ?> inputs) {
        return evaluate(modelName, serviceName(modelName), inputs);
    }

    /** The whole model, for reading one decision (a committee parameter) from the result. */
    static Evaluation evaluateDecision(String modelName, String decisionName, Map<String, ?> inputs) {
        Evaluation evaluation = evaluate(modelName, null, inputs);
        evaluation.value(decisionName); // fails here when the model has no such decision
        return evaluation;
    }

    /** The one decision service of a concern model: kebab-case model name to camelCase plus "Service". */
    static String serviceName(String modelName) {
        String[] parts = modelName.split("-");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.append("Service").toString();
    }

    static DecisionServiceNode service(String modelName) {
        String name = serviceName(modelName);
        return model(modelName).getDecisionServices().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(modelName + " has no decision service " + name));
    }

    /** Every rule id of every decision table in the model, BKMs included, for coverage checks. */
    static Set<String> ruleIds(String modelName) {
        Set<String> ids = new LinkedHashSet<>();
        for (DecisionTable table : model(modelName).getDefinitions().findAllChildren(DecisionTable.class)) {
            for (DecisionRule rule : table.getRule()) {
                ids.add(rule.getId());
            }
        }
        return ids;
    }

    static DMNModel model(String modelName) {
        return runtime().getModels().stream()
                .filter(m -> m.getName().equals(modelName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model named " + modelName + " in " + DMN_DIR));
    }

    /** Context building and the engine call through the service's adapter, as the service evaluates. */
    private static Evaluation evaluate(String modelName, String decisionService, Map<String, ?> inputs) {
        DecisionModel model = new DmnDecisionModel(runtime(), model(modelName).getNamespace(), modelName);
        // The service's trace, filled by the listener DmnEngine registers: one per call, so parallel tests stay apart.
        EvaluationTrace trace = new EvaluationTrace();
        DmnEngine.Checked checked = trace.collect(() -> DmnEngine.evaluateChecked(model, decisionService, new LinkedHashMap<>(inputs)));
        return new Evaluation(modelName, checked.result(), checked.nonConforming(),
                trace.tableHits().stream().flatMap(hit -> hit.selectedIds().stream()).toList());
    }

    /** Compiling all models takes seconds, so the runtime is built on first use and shared. */
    private static synchronized DMNRuntime runtime() {
        if (runtime == null) {
            try {
                runtime = DmnEngine.compile(sources());
            } catch (DmnEngine.CompileException e) {
                throw new IllegalStateException("models in " + DMN_DIR + " do not compile", e);
            }
        }
        return runtime;
    }

    private static List<DmnEngine.Source> sources() {
        try (Stream<Path> files = Files.list(DMN_DIR)) {
            List<DmnEngine.Source> sources = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList()) {
                String name = file.getFileName().toString();
                sources.add(new DmnEngine.Source(name.substring(0, name.length() - ".dmn".length()), Files.readString(file)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
