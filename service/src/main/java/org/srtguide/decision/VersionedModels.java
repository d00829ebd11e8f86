package org.srtguide.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kie.dmn.api.core.DMNRuntime;
import org.kie.kogito.dmn.DmnDecisionModel;

/**
 * One version of the model set that answers clinical requests: version 0 is the repository baseline
 * (the models built into the service), higher versions were published by the committee
 * (docs/committee.md, Publishing). Immutable: a request holds the version it started with to the end.
 */
public final class VersionedModels implements ModelSet {
    public static final int BASELINE = 0;

    private final int version;
    private final String proposalId;
    private final Map<String, DeployedModel> models = new LinkedHashMap<>();
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
    private final Map<String, List<DeployedModel>> withImports = new LinkedHashMap<>();

    private VersionedModels(int version, String proposalId, Collection<DeployedModel> models) {
        this.version = version;
        this.proposalId = proposalId;
        models.forEach(m -> this.models.put(m.name(), m));
        models.forEach(m -> rules.putAll(m.rules()));
        models.forEach(m -> withImports.put(m.namespace(), ModelSet.closure(this, m.namespace())));
    }

    /** The baseline: the deployed models as built. */
    public static VersionedModels baseline(ModelSet deployed) {
        return new VersionedModels(BASELINE, null, deployed.all());
    }

    /**
     * Compiles a published set through {@link DmnEngine} (the engine options and trace listener of
     * every evaluation).
     *
     * @throws DmnEngine.CompileException if it does not compile or any model has an error
     */
    public static VersionedModels compile(int version, String proposalId, List<DmnEngine.Source> sources) {
        DMNRuntime runtime = DmnEngine.compile(sources);
        List<String> errors = DmnEngine.modelErrors(runtime).stream().map(e -> e.field() + ": " + e.message()).toList();
        if (!errors.isEmpty()) {
            throw new DmnEngine.CompileException(String.join("; ", errors));
        }
        List<DeployedModel> compiled = new ArrayList<>();
        for (DmnEngine.Source source : sources) {
            String namespace = ModelRegistry.namespaceOf(source.name());
            compiled.add(ModelIndex.describe(source.name(), source.xml(), new DmnDecisionModel(runtime, namespace, source.name())));
        }
        return new VersionedModels(version, proposalId, compiled);
    }

    public int version() {
        return version;
    }

    /** The committee proposal that published this version; null for the baseline. */
    public String proposalId() {
        return proposalId;
    }

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

    @Override
    public List<DeployedModel> withImports(String namespace) {
        return withImports.getOrDefault(namespace, List.of());
    }
}
