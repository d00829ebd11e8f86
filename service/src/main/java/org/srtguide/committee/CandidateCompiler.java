package org.srtguide.committee;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.kie.dmn.api.core.DMNRuntime;
import org.kie.kogito.dmn.DmnDecisionModel;
import org.srtguide.api.UnprocessableException;
import org.srtguide.api.Violation;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.DmnEngine;
import org.srtguide.decision.ModelIndex;
import org.srtguide.decision.ModelSet;
import org.srtguide.decision.RuleInfo;

/**
 * Compiles a candidate set in memory through {@link DmnEngine}: the same engine options as the
 * deployed models (the service's type check) and the trace listener, so a test run traces rules as an
 * assessment does. Nothing is deployed: the runtime lives as long as the request.
 */
@ApplicationScoped
class CandidateCompiler {
    ModelSet compile(CandidateSet candidates) {
        DMNRuntime runtime;
        try {
            runtime = DmnEngine.compile(candidates.models().stream()
                    .map(m -> new DmnEngine.Source(m.name(), m.xml())).toList());
        } catch (DmnEngine.CompileException e) {
            throw new UnprocessableException("The candidate models do not compile",
                    "The candidate models could not be compiled: " + e.getMessage(), List.of());
        }
        List<Violation> errors = DmnEngine.modelErrors(runtime);
        if (!errors.isEmpty()) {
            throw new UnprocessableException("The candidate models do not compile",
                    "Validate the models for details; nothing was run.", errors);
        }
        Map<String, DeployedModel> compiled = new LinkedHashMap<>();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (CandidateModel model : candidates.models()) {
            DeployedModel candidate = ModelIndex.describe(model.name(), model.xml(),
                    new DmnDecisionModel(runtime, model.namespace(), model.name()));
            compiled.put(model.name(), candidate);
            rules.putAll(candidate.rules());
        }
        return new Compiled(compiled, rules);
    }

    private record Compiled(Map<String, DeployedModel> models, Map<String, RuleInfo> rules) implements ModelSet {
        @Override
        public Collection<DeployedModel> all() {
            return models.values();
        }

        @Override
        public Optional<DeployedModel> byName(String name) {
            return Optional.ofNullable(models.get(name));
        }

        @Override
        public Optional<RuleInfo> rule(String ruleId) {
            return Optional.ofNullable(rules.get(ruleId));
        }
    }
}
