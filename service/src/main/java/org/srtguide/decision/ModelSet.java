package org.srtguide.decision;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kie.dmn.model.api.Import;

/**
 * A set of compiled models and their rules by id: the deployed models ({@link ModelRegistry}), a
 * published version ({@link VersionedModels}) or a committee candidate set compiled in memory. The
 * assessment pipeline runs against any of them.
 */
public interface ModelSet {

    Collection<DeployedModel> all();

    Optional<DeployedModel> byName(String name);

    Optional<RuleInfo> rule(String ruleId);

    /** The model of this namespace and every model of the set it imports, directly or not (empty if unknown). */
    default List<DeployedModel> withImports(String namespace) {
        return closure(this, namespace);
    }

    static List<DeployedModel> closure(ModelSet set, String namespace) {
        Map<String, DeployedModel> found = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(namespace));
        while (!pending.isEmpty()) {
            String ns = pending.pop();
            if (found.containsKey(ns)) {
                continue;
            }
            set.all().stream().filter(m -> m.namespace().equals(ns)).findFirst().ifPresent(model -> {
                found.put(ns, model);
                for (Import imported : model.dmnModel().getDefinitions().getImport()) {
                    pending.add(imported.getNamespace());
                }
            });
        }
        return List.copyOf(found.values());
    }
}
