package org.srtguide.committee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.api.InvalidInputException;
import org.srtguide.api.Violation;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.ActiveModels;
import org.srtguide.decision.ModelRegistry;
import org.srtguide.decision.VersionedModels;

/** Checks and normalises submitted models and lays them over the active version. */
@ApplicationScoped
class CandidateSets {
    static final int MAX_MODELS = 20;

    private final ActiveModels active;

    CandidateSets(ActiveModels active) {
        this.active = active;
    }

    CandidateSet of(CandidateRequest request) {
        return of(request, active.current());
    }

    CandidateSet of(CandidateRequest request, VersionedModels base) {
        if (request == null || request.models() == null || request.models().isEmpty()) {
            throw new InvalidInputException("models", "at least one candidate model is required");
        }
        if (request.models().size() > MAX_MODELS) {
            throw new InvalidInputException("models", "at most " + MAX_MODELS + " models per request");
        }
        List<Violation> violations = new ArrayList<>();
        Map<String, CandidateModel> submitted = new LinkedHashMap<>();
        for (int i = 0; i < request.models().size(); i++) {
            CandidateRequest.Submitted model = request.models().get(i);
            String field = "models[" + i + "]";
            if (model == null || model.xml() == null || model.xml().isBlank()) {
                violations.add(new Violation(field + ".xml", "the model's DMN XML is required"));
                continue;
            }
            DmnNormaliser.Normalised normalised;
            try {
                normalised = DmnNormaliser.normalise(model.xml());
            } catch (DmnNormaliser.RefusedException refused) {
                violations.add(new Violation(field + ".xml", refused.getMessage()));
                continue;
            }
            String name = normalised.name();
            if (model.name() != null && !model.name().isBlank() && !model.name().equals(name)) {
                violations.add(new Violation(field + ".name", "does not match the model's name '" + name + "'"));
            } else if (!ModelRegistry.namespaceOf(name).equals(normalised.namespace())) {
                violations.add(new Violation(field + ".xml", "model '" + name + "' must have namespace "
                        + ModelRegistry.namespaceOf(name) + " (docs/models.md), not " + normalised.namespace()));
            } else if (submitted.containsKey(name)) {
                violations.add(new Violation(field + ".name", "model '" + name + "' is submitted twice"));
            } else {
                String deployedXml = base.byName(name).map(DeployedModel::xml).orElse(null);
                submitted.put(name, new CandidateModel(name, normalised.namespace(), normalised.xml(), deployedXml, true,
                        normalised.submittedVersion(), normalised.changes()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<CandidateModel> all = new ArrayList<>();
        for (DeployedModel deployed : base.all()) {
            CandidateModel replacement = submitted.remove(deployed.name());
            all.add(replacement != null ? replacement
                    : new CandidateModel(deployed.name(), deployed.namespace(), deployed.xml(), deployed.xml(), false, null, List.of()));
        }
        all.addAll(submitted.values());
        return new CandidateSet(List.copyOf(all), base);
    }
}
