package org.srtguide.decision;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.api.core.ast.DecisionServiceNode;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.core.internal.utils.DynamicDMNContextBuilder;
import org.kie.internal.io.ResourceFactory;
import org.kie.kogito.decision.DecisionModel;
import org.srtguide.api.InvalidInputException;
import org.srtguide.api.Violation;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one adapter over the KIE DMN engine: compiles DMN XML into a runtime and evaluates a model
 * (its decision service, or the whole model) from JSON-form inputs. Internal KIE types stay here.
 * The deployed models, candidate sets, replays, model tests and benchmarks all go through it, so
 * they compile and evaluate the same way (the same type check, outputs and failures).
 */
public final class DmnEngine {
    private final ObjectMapper jsonForm;

    /** {@code jsonForm} turns engine results into JSON form (dates as ISO strings, numbers as JSON numbers). */
    public DmnEngine(ObjectMapper jsonForm) {
        this.jsonForm = jsonForm;
    }

    /** One model's XML and the name it is known by (the file name without .dmn). */
    public record Source(String name, String xml) {
    }

    /** The set of models did not compile; the message is the engine's. */
    public static final class CompileException extends RuntimeException {
        CompileException(Exception cause) {
            super(cause.getMessage(), cause);
        }

        CompileException(String message) {
            super(message);
        }
    }

    /** The outputs of one evaluation in JSON form and every engine message. */
    public record Result(Map<String, Object> outputs, List<DmnMessageRecord> messages) {
        /**
         * Errors and warnings. The engine only warns when it nulls a non-conforming decision-service
         * parameter or when no rule matches; either leaves an answer resting on a hole, so both fail.
         */
        public List<DmnMessageRecord> failures() {
            return messages.stream().filter(m -> "ERROR".equals(m.severity()) || "WARN".equals(m.severity())).toList();
        }
    }

    /**
     * Compiles the models together (imports resolve among them) as Kogito is configured: the engine's
     * own runtime type checks off, the service's ({@link ConformanceListener}) and the trace listener on,
     * so an evaluation checks and traces as a deployed one does.
     */
    public static DMNRuntime compile(List<Source> sources) {
        List<Resource> resources = new ArrayList<>();
        for (Source source : sources) {
            Resource resource = ResourceFactory.newReaderResource(new StringReader(source.xml()), "UTF-8");
            resource.setSourcePath(source.name() + ".dmn");
            resources.add(resource);
        }
        DMNRuntime runtime;
        try {
            runtime = DMNRuntimeBuilder.fromDefaults()
                    .setRootClassLoader(DmnEngine.class.getClassLoader())
                    .setOption(new RuntimeTypeCheckOption(false))
                    .buildConfiguration()
                    .fromResources(resources)
                    .getOrElseThrow(CompileException::new);
        } catch (CompileException e) {
            throw e;
        } catch (RuntimeException e) {
            // kie throws a plain RuntimeException for an import no model of the set provides
            throw new CompileException(e);
        }
        runtime.addListener(new DecisionTraceListener());
        runtime.addListener(new ConformanceListener());
        return runtime;
    }

    /**
     * The ERROR messages of every compiled model, as (model name, text): a set with any of them must not
     * answer (publishing refuses it, a committee test run reports it).
     */
    public static List<Violation> modelErrors(DMNRuntime runtime) {
        List<Violation> errors = new ArrayList<>();
        for (DMNModel model : runtime.getModels()) {
            model.getMessages(DMNMessage.Severity.ERROR).forEach(m -> errors.add(new Violation(model.getName(), m.getText())));
        }
        return errors;
    }

    /**
     * Evaluates with inputs checked against the model's declared types first, so bad input is a 400
     * naming the field, never an engine error; a decision result or decision-service parameter that
     * does not conform to its type is an ERROR message ({@link ConformanceListener}).
     */
    public Result evaluate(DecisionModel model, String decisionService, Map<String, Object> inputs) {
        DecisionServiceNode service = decisionService == null ? null : ModelIndex.service(model.getDMNModel(), decisionService);
        DMNContext context = context(model, decisionService, inputs);
        checkInputs(ModelIndex.inputs(model.getDMNModel(), service), context);
        Checked checked = evaluateChecked(model, decisionService, context);
        List<DmnMessageRecord> messages = checked.result().getMessages().stream()
                .map(m -> new DmnMessageRecord(m.getSeverity().name(), m.getMessageType().name(), m.getText(), m.getSourceId()))
                .toList();
        return new Result(outputs(checked.result(), service == null ? null : ModelIndex.outputIds(service)),
                ConformanceListener.withFound(messages, checked.nonConforming()));
    }

    /** The engine's result and the values the service's type check found not to conform (ERROR messages). */
    public record Checked(DMNResult result, List<DmnMessageRecord> nonConforming) {
    }

    /** Context building, the engine call and the service's type check, with no input checks and no JSON form (model tests). */
    public static Checked evaluateChecked(DecisionModel model, String decisionService, Map<String, Object> inputs) {
        return evaluateChecked(model, decisionService, context(model, decisionService, inputs));
    }

    private static Checked evaluateChecked(DecisionModel model, String decisionService, DMNContext context) {
        List<DmnMessageRecord> found = new ArrayList<>();
        DMNResult result = ConformanceListener.collect(() -> run(model, decisionService, context), found);
        return new Checked(result, List.copyOf(found));
    }

    /** Context building and the engine call alone (no type checks, no JSON form): what benchmarks compare against. */
    public static DMNResult evaluateUnchecked(DecisionModel model, String decisionService, Map<String, Object> inputs) {
        return run(model, decisionService, context(model, decisionService, inputs));
    }

    /** The names of the inputs a caller supplies: the decision service's input data, or the model's. */
    public static List<String> inputNames(DecisionModel model, String decisionService) {
        DecisionServiceNode service = decisionService == null ? null : ModelIndex.service(model.getDMNModel(), decisionService);
        return ModelIndex.inputs(model.getDMNModel(), service).stream().map(InputDataNode::getName).toList();
    }

    private static DMNContext context(DecisionModel model, String decisionService, Map<String, Object> inputs) {
        DynamicDMNContextBuilder builder = new DynamicDMNContextBuilder(model.newContext(Map.of()), model.getDMNModel());
        return decisionService == null ? builder.populateContextWith(inputs)
                : builder.populateContextForDecisionServiceWith(decisionService, inputs);
    }

    private static DMNResult run(DecisionModel model, String decisionService, DMNContext context) {
        return decisionService == null ? model.evaluateAll(context) : model.evaluateDecisionService(context, decisionService);
    }

    private static void checkInputs(List<InputDataNode> inputs, DMNContext context) {
        List<Violation> violations = new ArrayList<>();
        for (InputDataNode input : inputs) {
            if (!context.isDefined(input.getName())) {
                violations.add(new Violation(input.getName(), "required (null is allowed where the model accepts it)"));
                continue;
            }
            DMNType type = input.getType();
            if (type != null && !Conformance.conforms(type, context.get(input.getName()))) {
                violations.add(new Violation(input.getName(), "not a valid " + type.getName()
                        + (type.getAllowedValues().isEmpty() ? "" : ", allowed: " + type.getAllowedValues())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The service's output decisions (all decisions for a whole-model call), in JSON form. */
    private Map<String, Object> outputs(DMNResult result, List<String> wanted) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (DMNDecisionResult decision : result.getDecisionResults()) {
            if (wanted == null || wanted.contains(decision.getDecisionId())) {
                out.put(decision.getDecisionName(), decision.getResult());
            }
        }
        // JSON form so that records and replays compare exactly.
        @SuppressWarnings("unchecked")
        Map<String, Object> json = jsonForm.convertValue(out, LinkedHashMap.class);
        return json;
    }
}
