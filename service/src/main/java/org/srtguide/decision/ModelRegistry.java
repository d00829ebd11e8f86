package org.srtguide.decision;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.kie.dmn.model.api.Import;
import org.kie.kogito.decision.DecisionModel;
import org.kie.kogito.decision.DecisionModels;

/**
 * The deployed models, found by walking the imports of the entry model ({@value #ENTRY_MODEL});
 * every model in dmn/ is imported by it (checked by the committee build gate). Namespaces follow
 * {@value #NAMESPACE_PREFIX}{@code <name>}.
 */
@ApplicationScoped
public class ModelRegistry implements ModelSet {
    public static final String NAMESPACE_PREFIX = "https://srtguide.org/dmn/";
    public static final String ENTRY_MODEL = "pathway";

    private final Map<String, DeployedModel> models;
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
    private final Map<String, List<DeployedModel>> withImports = new LinkedHashMap<>();

    ModelRegistry(DecisionModels decisionModels) {
        this.models = discover(decisionModels);
        models.values().forEach(m -> rules.putAll(m.rules()));
        models.values().forEach(m -> withImports.put(m.namespace(), ModelSet.closure(this, m.namespace())));
    }

    public static String namespaceOf(String modelName) {
        return NAMESPACE_PREFIX + modelName;
    }

    @Override
    public Collection<DeployedModel> all() {
        return models.values();
    }

    @Override
    public Optional<DeployedModel> byName(String name) {
        return Optional.ofNullable(models.get(name));
    }

    public Optional<DeployedModel> byNamespace(String namespace) {
        return models.values().stream().filter(m -> m.namespace().equals(namespace)).findFirst();
    }

    @Override
    public Optional<RuleInfo> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    @Override
    public List<DeployedModel> withImports(String namespace) {
        return withImports.getOrDefault(namespace, List.of());
    }

    private static Map<String, DeployedModel> discover(DecisionModels decisionModels) {
        Map<String, DeployedModel> found = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(ENTRY_MODEL));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (found.containsKey(name)) {
                continue;
            }
            DecisionModel model = decisionModels.getDecisionModel(namespaceOf(name), name);
            String xml = readXml(name);
            found.put(name, ModelIndex.describe(name, xml, model));
            for (Import imported : model.getDMNModel().getDefinitions().getImport()) {
                String ns = imported.getNamespace();
                if (ns.startsWith(NAMESPACE_PREFIX)) {
                    pending.add(ns.substring(NAMESPACE_PREFIX.length()));
                }
            }
        }
        return found;
    }

    private static String readXml(String name) {
        try (InputStream in = ModelRegistry.class.getResourceAsStream("/" + name + ".dmn")) {
            if (in == null) {
                throw new IllegalStateException("deployed model " + name + " has no /" + name + ".dmn on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read model " + name, e);
        }
    }
}
