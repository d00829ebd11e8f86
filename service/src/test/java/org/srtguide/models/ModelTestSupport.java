package org.srtguide.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.kie.api.builder.Message;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.internal.io.ResourceFactory;

/**
 * Loads every model in dmn/ once, without Quarkus, and evaluates one model's decision service (or one
 * decision) with a plain map. Type checking is on, as in the service (application.properties), so a
 * value outside an itemDefinition's allowed values fails here as it would in production.
 */
final class ModelTestSupport {
    static final Path DMN_DIR = Path.of("..", "dmn");

    private static final ThreadLocal<List<String>> FIRED = ThreadLocal.withInitial(ArrayList::new);
    private static DMNRuntime runtime;

    private ModelTestSupport() {
    }

    /** The outcome of one evaluation and the ids of the decision-table rules its hit policies selected. */
    record Evaluation(DMNResult result, List<String> firedRuleIds) {
        Object value(String decisionName) {
            DMNDecisionResult decision = result.getDecisionResultByName(decisionName);
            if (decision == null) {
                throw new IllegalArgumentException("no decision " + decisionName + " in the result");
            }
            return decision.getResult();
        }

        /** Warnings and errors, e.g. "no rule matched" (a gap) or a UNIQUE table with two matches. */
        List<String> problems() {
            return result.getMessages().stream()
                    .filter(m -> m.getLevel() == Message.Level.WARNING || m.getLevel() == Message.Level.ERROR)
                    .map(DMNMessage::getText)
                    .toList();
        }
    }

    static Evaluation evaluateService(String modelName, String serviceName, Map<String, ?> inputs) {
        return evaluate(inputs, (rt, ctx) -> rt.evaluateDecisionService(model(modelName), ctx, serviceName));
    }

    static Evaluation evaluateDecision(String modelName, String decisionName, Map<String, ?> inputs) {
        return evaluate(inputs, (rt, ctx) -> rt.evaluateByName(model(modelName), ctx, decisionName));
    }

    /** Every rule id of every decision table in the model, BKMs included. */
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

    private interface Call {
        DMNResult apply(DMNRuntime runtime, DMNContext context);
    }

    private static Evaluation evaluate(Map<String, ?> inputs, Call call) {
        DMNRuntime rt = runtime();
        DMNContext context = rt.newContext();
        inputs.forEach(context::set);
        FIRED.get().clear();
        DMNResult result = call.apply(rt, context);
        return new Evaluation(result, List.copyOf(FIRED.get()));
    }

    private static synchronized DMNRuntime runtime() {
        if (runtime == null) {
            runtime = DMNRuntimeBuilder.fromDefaults()
                    .setOption(new RuntimeTypeCheckOption(true))
                    .buildConfiguration()
                    .fromResources(resources())
                    .getOrElseThrow(e -> new IllegalStateException("models in " + DMN_DIR + " do not compile", e));
            runtime.addListener(new DMNRuntimeEventListener() {
                @Override
                public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
                    FIRED.get().addAll(event.getSelectedIds());
                }
            });
        }
        return runtime;
    }

    private static List<Resource> resources() {
        try (Stream<Path> files = Files.list(DMN_DIR)) {
            List<Resource> resources = files.filter(p -> p.toString().endsWith(".dmn"))
                    .sorted()
                    .map(p -> ResourceFactory.newFileResource(p.toFile()))
                    .toList();
            return Collections.unmodifiableList(resources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
