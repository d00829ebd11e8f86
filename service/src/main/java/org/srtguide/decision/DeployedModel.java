package org.srtguide.decision;

import java.util.List;
import java.util.Map;

import org.kie.dmn.api.core.DMNModel;
import org.kie.kogito.decision.DecisionModel;

/** One deployed DMN model with the exact XML it was built from and its rules by id. */
public record DeployedModel(String name, String namespace, String sha256, String xml, DecisionModel decisionModel,
        Map<String, RuleInfo> rules, List<String> decisionServices) {

    public DMNModel dmnModel() {
        return decisionModel.getDMNModel();
    }
}
