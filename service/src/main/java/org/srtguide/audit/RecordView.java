package org.srtguide.audit;

import java.util.List;
import java.util.Map;

import org.srtguide.decision.RuleMatch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stored record read back for people (the explanation): the fields it explains, typed; payloads
 * (input, output, contexts, results) stay JSON trees, as stored, redactions included. Unknown fields
 * are ignored so records of older and newer formats both read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RecordView(String id, String writerId, long sequence, String timestamp, String principal, String endpoint,
        String asOf, List<ModelRef> models, JsonNode input, JsonNode output, List<Invocation> invocations,
        List<TableEvaluation> tableEvaluations, Map<String, RuleNote> rules, List<RuleMatch> ruleMatches,
        List<JsonNode> messages, Long durationMicros, List<String> redactions) {

    RecordView {
        models = models == null ? List.of() : models;
        invocations = invocations == null ? List.of() : invocations;
        tableEvaluations = tableEvaluations == null ? List.of() : tableEvaluations;
        rules = rules == null ? Map.of() : rules;
        ruleMatches = ruleMatches == null ? List.of() : ruleMatches;
        messages = messages == null ? List.of() : messages;
        redactions = redactions == null ? List.of() : redactions;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Invocation(String modelName, String decisionService, JsonNode context, JsonNode results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TableEvaluation(String model, String decision, String tableId, List<RuleRef> matched, List<RuleRef> selected) {
        TableEvaluation {
            matched = matched == null ? List.of() : matched;
            selected = selected == null ? List.of() : selected;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RuleRef(String ruleId, Integer ruleIndex) {
    }

    /** A rule's annotations as they were deployed when the record was written. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RuleNote(String model, String decision, Map<String, String> annotations) {
    }
}
