package org.srtguide.committee;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        return of(request, List.of(), base);
    }

    /**
     * The candidate set of a proposal that may also remove models ({@code removeModels[i]}: an active
     * model other than the entry model, not submitted too); at least one model submitted or removed.
     */
    CandidateSet of(CandidateRequest request, List<String> remove, VersionedModels base) {
        List<CandidateRequest.Submitted> given = request == null || request.models() == null ? List.of() : request.models();
        if (given.isEmpty() && remove.isEmpty()) {
            throw new InvalidInputException("models", "at least one candidate model is required");
        }
        if (given.size() > MAX_MODELS) {
            throw new InvalidInputException("models", "at most " + MAX_MODELS + " models per request");
        }
        List<Violation> violations = new ArrayList<>();
        Map<String, CandidateModel> submitted = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            CandidateRequest.Submitted model = given.get(i);
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
        checkRemovals(remove, submitted.keySet(), base, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<CandidateModel> all = new ArrayList<>();
        for (DeployedModel deployed : base.all()) {
            if (remove.contains(deployed.name())) {
                continue;
            }
            CandidateModel replacement = submitted.remove(deployed.name());
            all.add(replacement != null ? replacement
                    : new CandidateModel(deployed.name(), deployed.namespace(), deployed.xml(), deployed.xml(), false, null, List.of()));
        }
        all.addAll(submitted.values());
        return new CandidateSet(List.copyOf(all), base, List.copyOf(remove));
    }

    private static void checkRemovals(List<String> remove, Set<String> submitted, VersionedModels base, List<Violation> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < remove.size(); i++) {
            String name = remove.get(i);
            String field = "removeModels[" + i + "]";
            if (name == null || base.byName(name).isEmpty()) {
                violations.add(new Violation(field, "no active model '" + name + "' to remove"));
            } else if (ModelRegistry.ENTRY_MODEL.equals(name)) {
                violations.add(new Violation(field, "'" + name + "' is the entry model of every assessment; it cannot be removed"));
            } else if (submitted.contains(name)) {
                violations.add(new Violation(field, "model '" + name + "' is both submitted and removed"));
            } else if (!seen.add(name)) {
                violations.add(new Violation(field, "model '" + name + "' is removed twice"));
            }
        }
    }
}
