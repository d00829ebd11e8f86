package org.srtguide.decision;

/** Why a recommendation was made: the rule that fired, in the committee's words, and its source. */
public record RationaleEntry(String decision, String model, String ruleId, String text, String source) {
}
