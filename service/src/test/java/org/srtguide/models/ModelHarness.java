package org.srtguide.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.ast.DecisionServiceNode;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles every committee model in dmn/ once (no Quarkus) and evaluates a model's decision service
 * by model name, the way the pathway model and the service will call it. Type checking is on, as in
 * application.properties, so an input outside a declared enumeration or range fails the evaluation.
 */
final class ModelHarness {
    static final Path DMN_DIR = Path.of("..", "dmn");
    private static ModelHarness shared;

    private final DMNRuntime runtime;

    /** What one evaluation produced: the service outputs and the ids of the decision-table rules selected. */
    record Evaluation(Map<String, Object> outputs, List<String> firedRuleIds, List<DMNMessage> messages) {
        Object get(String output) {
            return outputs.get(output);
        }
    }

    private ModelHarness(DMNRuntime runtime) {
        this.runtime = runtime;
    }

    /** One compiled runtime per test JVM: compiling all models takes seconds. */
    static synchronized ModelHarness shared() {
        if (shared == null) {
            shared = new ModelHarness(compileAll());
        }
        return shared;
    }

    private static DMNRuntime compileAll() {
        List<Resource> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(DMN_DIR)) {
            files.filter(p -> p.toString().endsWith(".dmn")).sorted()
                    .forEach(p -> resources.add(ResourceFactory.newFileResource(p.toFile())));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + DMN_DIR, e);
        }
        return DMNRuntimeBuilder.fromDefaults()
                .setOption(new RuntimeTypeCheckOption(true))
                .buildConfiguration()
                .fromResources(resources)
                .getOrElseThrow(e -> new IllegalStateException("DMN models do not compile", e));
    }

    DMNModel model(String modelName) {
        return runtime.getModels().stream().filter(m -> m.getName().equals(modelName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model named " + modelName + " in " + DMN_DIR));
    }

    /** The decision service of a model: kebab-case model name to camelCase plus "Service". */
    static String serviceName(String modelName) {
        String[] parts = modelName.split("-");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.append("Service").toString();
    }

    DecisionServiceNode service(String modelName) {
        String name = serviceName(modelName);
        return model(modelName).getDecisionServices().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(modelName + " has no decision service " + name));
    }

    /** Evaluates the model's decision service; fails with the engine's messages when evaluation has errors. */
    Evaluation evaluate(String modelName, Map<String, ?> inputs) {
        DMNModel model = model(modelName);
        DMNContext context = runtime.newContext();
        inputs.forEach(context::set);
        List<String> fired = new ArrayList<>();
        DMNRuntimeEventListener listener = new DMNRuntimeEventListener() {
            @Override
            public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
                fired.addAll(event.getSelectedIds());
            }
        };
        runtime.addListener(listener);
        try {
            DMNResult result = runtime.evaluateDecisionService(model, context, serviceName(modelName));
            // A decision service sets a parameter that does not conform to its type to null and only
            // warns, so warnings fail the evaluation too.
            List<DMNMessage> problems = result.getMessages(DMNMessage.Severity.ERROR, DMNMessage.Severity.WARN);
            if (!problems.isEmpty()) {
                throw new AssertionError(modelName + " evaluation failed: " + problems);
            }
            Map<String, Object> outputs = new java.util.HashMap<>();
            result.getDecisionResults().forEach(d -> outputs.put(d.getDecisionName(), d.getResult()));
            return new Evaluation(outputs, List.copyOf(fired), result.getMessages());
        } finally {
            runtime.removeListener(listener);
        }
    }

    /** Every rule id of every decision table in a model, for coverage checks. */
    List<String> ruleIds(String modelName) {
        return model(modelName).getDefinitions().findAllChildren(DecisionTable.class).stream()
                .flatMap(t -> t.getRule().stream()).map(DecisionRule::getId).toList();
    }
}
