package org.srtguide.decision;

import java.util.List;
import java.util.Map;

import org.kie.dmn.api.core.DMNModel;
import org.kie.kogito.decision.DecisionModel;

/** One deployed DMN model with the exact XML it was built from and its rules by id. */
public record DeployedModel(String name, String namespace, String sha256, String xml, DecisionModel decisionModel,
        Map<String, RuleInfo> rules, List<String> decisionServices) {

    /** SHA-256 of a model's XML as deployed and recorded in audit records. */
    public static String sha256Of(String xml) {
        return ModelRegistry.sha256(xml);
    }

    public DMNModel dmnModel() {
        return decisionModel.getDMNModel();
    }
}
