package org.srtguide.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.ast.DecisionServiceNode;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import org.kie.kogito.dmn.DmnDecisionModel;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The committee models compiled without Quarkus (kie-dmn-core, type checking on as in the service)
 * and wrapped as the service wraps them, so benchmarks run the service's own DecisionEvaluator.
 */
public final class BenchModels {
    public static final String[] MODELS = {"candidacy", "follow-up", "imaging", "metastasis", "pathway", "recurrence",
        "toxicity"};

    private final DMNRuntime runtime;

    /**
     * Compiles the models as the service does: the engine's default compiler, type checking on.
     * There is no choice of decision-table compiler: in kie-dmn-core 10.1 DMNRuntimeBuilder (which
     * Kogito uses too) starts from an empty configuration, so the org.kie.dmn.compiler.execmodel and
     * .alphanetwork system properties are never read, and nothing reads the exec-model option at all
     * (bench/RESULTS.md, sixth pass).
     */
    public BenchModels() {
        List<Resource> resources = new ArrayList<>();
        for (String name : MODELS) {
            resources.add(ResourceFactory.newClassPathResource("dmn/" + name + ".dmn", BenchModels.class));
        }
        runtime = DMNRuntimeBuilder.fromDefaults().setOption(new RuntimeTypeCheckOption(true)).buildConfiguration()
                .fromResources(resources).getOrElseThrow(e -> new IllegalStateException("models do not compile", e));
    }

    public DMNRuntime runtime() {
        return runtime;
    }

    public DeployedModel deployed(String name) {
        String namespace = ModelRegistry.namespaceOf(name);
        DmnDecisionModel model = new DmnDecisionModel(runtime, namespace, name);
        List<String> services = model.getDMNModel().getDecisionServices().stream()
                .filter(ds -> namespace.equals(ds.getModelNamespace())).map(DecisionServiceNode::getName).toList();
        return new DeployedModel(name, namespace, "", "", model, Map.of(), services);
    }

    public static DecisionEvaluator evaluator(ObjectMapper mapper) {
        return new DecisionEvaluator(mapper);
    }
}
