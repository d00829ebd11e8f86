package org.srtguide.decision;

import java.util.Collection;
import java.util.Optional;

/**
 * A set of compiled models and their rules by id: the deployed models ({@link ModelRegistry}) or a
 * committee candidate set compiled in memory. The assessment pipeline runs against either.
 */
public interface ModelSet {

    Collection<DeployedModel> all();

    Optional<DeployedModel> byName(String name);

    Optional<RuleInfo> rule(String ruleId);
}
