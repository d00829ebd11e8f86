package org.srtguide.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionTable;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.RuleInfo;

/** A deployed model as the committee sees it: what it decides, its tables, and the sources its rules cite. */
public record ModelOverview(String name, String namespace, String sha256, List<String> decisionServices,
        List<String> decisions, List<Table> decisionTables, int ruleCount, List<String> sources) {

    public record Table(String decision, String tableId, String hitPolicy, int rules, boolean gapsWaived) {
    }

    static ModelOverview of(DeployedModel model) {
        List<String> decisions = model.dmnModel().getDefinitions().getDrgElement().stream()
                .filter(Decision.class::isInstance).map(e -> e.getName()).toList();
        List<Table> tables = new ArrayList<>();
        for (DecisionTable table : model.dmnModel().getDefinitions().findAllChildren(DecisionTable.class)) {
            tables.add(new Table(ModelDiffer.owner(table), table.getId(), String.valueOf(table.getHitPolicy()),
                    table.getRule().size(), CandidateValidator.waivesGaps(table)));
        }
        TreeSet<String> sources = new TreeSet<>();
        model.rules().values().stream().map(RuleInfo::source).filter(Objects::nonNull).forEach(sources::add);
        return new ModelOverview(model.name(), model.namespace(), model.sha256(), model.decisionServices(), decisions, tables,
                model.rules().size(), List.copyOf(sources));
    }
}
