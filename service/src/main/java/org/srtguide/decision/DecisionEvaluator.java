package org.srtguide.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.api.core.ast.DecisionServiceNode;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.core.internal.utils.DynamicDMNContextBuilder;
import org.kie.dmn.model.api.DMNElementReference;
import org.srtguide.api.InvalidInputException;
import org.srtguide.api.Violation;
import org.srtguide.audit.AuditScope;
import org.srtguide.audit.DmnMessageRecord;
import org.srtguide.audit.ModelInvocation;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Evaluates a deployed model (its decision service, or the whole model) from JSON-form inputs.
 * Inputs are checked against the model's declared types first, so bad input is a 400 naming the
 * field, never an engine error. The JSON-form context is what the audit records and a replay uses.
 */
@ApplicationScoped
public class DecisionEvaluator {
    private final ObjectMapper mapper;

    DecisionEvaluator(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Evaluation evaluate(DeployedModel model, String decisionService, Map<String, Object> inputs, AuditScope scope) {
        Evaluation evaluation = evaluate(model, decisionService, inputs);
        scope.messages(evaluation.messages());
        scope.invocation(new ModelInvocation(model.name(), decisionService, inputs, evaluation.outputs()));
        return evaluation;
    }

    /** Evaluation without an audit scope: used by replays and committee test runs. */
    public Evaluation evaluate(DeployedModel model, String decisionService, Map<String, Object> inputs) {
        DecisionServiceNode service = decisionService == null ? null : model.dmnModel().getDecisionServices().stream()
                .filter(ds -> ds.getName().equals(decisionService) && model.namespace().equals(ds.getModelNamespace())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no decision service " + decisionService));
        DynamicDMNContextBuilder builder = new DynamicDMNContextBuilder(model.decisionModel().newContext(Map.of()), model.dmnModel());
        DMNContext context = service == null ? builder.populateContextWith(inputs)
                : builder.populateContextForDecisionServiceWith(decisionService, inputs);
        checkInputs(model, service, context);
        DMNResult result = service == null ? model.decisionModel().evaluateAll(context)
                : model.decisionModel().evaluateDecisionService(context, decisionService);
        List<DmnMessageRecord> messages = result.getMessages().stream().map(DecisionEvaluator::record).toList();
        // The engine only warns when it nulls a non-conforming decision-service parameter or when no
        // rule matches; either would leave a recommendation resting on a hole, so both fail the case.
        List<DmnMessageRecord> failures = messages.stream()
                .filter(m -> "ERROR".equals(m.severity()) || "WARN".equals(m.severity())).toList();
        if (result.hasErrors() || !failures.isEmpty()) {
            throw new EvaluationFailedException(model.name(), failures);
        }
        return new Evaluation(model.name(), outputs(result, service), messages);
    }

    private void checkInputs(DeployedModel model, DecisionServiceNode service, DMNContext context) {
        List<InputDataNode> inputs = new ArrayList<>();
        if (service == null) {
            inputs.addAll(model.dmnModel().getInputs());
        } else {
            for (DMNElementReference ref : service.getDecisionService().getInputData()) {
                InputDataNode node = model.dmnModel().getInputById(ref.getHref().substring(ref.getHref().indexOf('#') + 1));
                if (node != null) {
                    inputs.add(node);
                }
            }
        }
        List<Violation> violations = new ArrayList<>();
        for (InputDataNode input : inputs) {
            if (!context.isDefined(input.getName())) {
                violations.add(new Violation(input.getName(), "required (null is allowed where the model accepts it)"));
                continue;
            }
            DMNType type = input.getType();
            if (type != null && !type.isAssignableValue(context.get(input.getName()))) {
                violations.add(new Violation(input.getName(), "not a valid " + type.getName()
                        + (type.getAllowedValues().isEmpty() ? "" : ", allowed: " + type.getAllowedValues())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private Map<String, Object> outputs(DMNResult result, DecisionServiceNode service) {
        List<String> wanted = service == null ? null : service.getDecisionService().getOutputDecision().stream()
                .map(ref -> ref.getHref().substring(ref.getHref().indexOf('#') + 1)).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        for (DMNDecisionResult decision : result.getDecisionResults()) {
            if (wanted == null || wanted.contains(decision.getDecisionId())) {
                out.put(decision.getDecisionName(), decision.getResult());
            }
        }
        // JSON form (dates as ISO strings, numbers as JSON numbers) so records and replays compare exactly.
        @SuppressWarnings("unchecked")
        Map<String, Object> json = mapper.convertValue(out, LinkedHashMap.class);
        return json;
    }

    private static DmnMessageRecord record(DMNMessage m) {
        return new DmnMessageRecord(m.getSeverity().name(), m.getMessageType().name(), m.getText(), m.getSourceId());
    }
}
