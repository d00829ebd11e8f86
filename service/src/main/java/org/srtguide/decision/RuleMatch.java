package org.srtguide.decision;

/** One Drools rule firing in the PSA rule unit. */
public record RuleMatch(String rulePackage, String rule) {
}
