package org.srtguide.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import org.kie.kogito.dmn.DmnDecisionModel;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The committee models compiled without Quarkus through the service's DmnEngine and wrapped as the
 * service wraps them, so benchmarks run the service's own DecisionEvaluator.
 */
public final class BenchModels {
    public static final String[] MODELS = {"candidacy", "follow-up", "imaging", "metastasis", "pathway", "recurrence",
        "toxicity"};

    private final DMNRuntime runtime;
    private final Map<String, String> xml = new LinkedHashMap<>();

    /** The same models compiled with the engine's own runtime type checks on, as the service ran before it checked types itself. */
    public static BenchModels withEngineTypeChecks() {
        return new BenchModels(Compile.ENGINE_TYPE_CHECKS);
    }

    /** The same models as stock Kogito compiles them: no runtime type checks and none of the service's listeners. */
    public static BenchModels stock() {
        return new BenchModels(Compile.STOCK);
    }

    private enum Compile { SERVICE, ENGINE_TYPE_CHECKS, STOCK }

    /**
     * Compiles the models as the service does: the engine's default compiler, the service's type check.
     * There is no choice of decision-table compiler: in kie-dmn-core 10.1 DMNRuntimeBuilder (which
     * Kogito uses too) starts from an empty configuration, so the org.kie.dmn.compiler.execmodel and
     * .alphanetwork system properties are never read, and nothing reads the exec-model option at all
     * (bench/RESULTS.md, sixth pass).
     */
    public BenchModels() {
        this(Compile.SERVICE);
    }

    private BenchModels(Compile compile) {
        List<DmnEngine.Source> sources = new ArrayList<>();
        for (String name : MODELS) {
            xml.put(name, read("dmn/" + name + ".dmn"));
            sources.add(new DmnEngine.Source(name, xml.get(name)));
        }
        runtime = switch (compile) {
            case SERVICE -> DmnEngine.compile(sources);
            case ENGINE_TYPE_CHECKS -> compileStock(sources, true);
            case STOCK -> compileStock(sources, false);
        };
    }

    private static DMNRuntime compileStock(List<DmnEngine.Source> sources, boolean typeChecks) {
        List<Resource> resources = new ArrayList<>();
        for (DmnEngine.Source source : sources) {
            Resource resource = ResourceFactory.newReaderResource(new StringReader(source.xml()), "UTF-8");
            resource.setSourcePath(source.name() + ".dmn");
            resources.add(resource);
        }
        return DMNRuntimeBuilder.fromDefaults().setRootClassLoader(BenchModels.class.getClassLoader())
                .setOption(new RuntimeTypeCheckOption(typeChecks)).buildConfiguration().fromResources(resources)
                .getOrElseThrow(IllegalStateException::new);
    }

    public DeployedModel deployed(String name) {
        return ModelIndex.describe(name, xml.get(name), new DmnDecisionModel(runtime, ModelRegistry.namespaceOf(name), name));
    }

    public static DecisionEvaluator evaluator(ObjectMapper mapper) {
        return new DecisionEvaluator(mapper);
    }

    private static String read(String resource) {
        try (InputStream in = BenchModels.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no /" + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
