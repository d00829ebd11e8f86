package org.srtguide.audit;

import java.util.List;
import java.util.Map;

import org.srtguide.decision.DmnMessageRecord;
import org.srtguide.decision.ModelInvocation;
import org.srtguide.decision.RuleMatch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The audit record as stored and hashed (docs/audit.md, "What a record holds"), one type for writing
 * and reading. {@link RecordJson} writes its properties in name order, so the stored text is the one
 * the earlier map-based writer produced, byte for byte, and records of either writer verify alike.
 * <p>
 * {@code input} and {@code output} are whatever the endpoint received and answered (a request record,
 * the verbatim response bytes; plain JSON trees when read back). Reading ignores the chain fields the
 * writer prefixes and the store appends ({@code sequence}, {@code writerId}, {@code previousHash},
 * {@code hash}); the hash covers the stored text, never this view of it.
 * <p>
 * {@code modelVersion} and {@code proposalId} name the model version that answered (0: the repository
 * baseline) and the committee proposal that published it; records written before versioning have
 * neither, and records of evaluations without DMN models (dose checks) have none.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AuditRecord(String id, String timestamp, String principal, String endpoint, String asOf,
        List<ModelRef> models, Object input, Object output, List<ModelInvocation> invocations,
        List<TableEvaluation> tableEvaluations, Map<String, RuleEntry> rules, List<RuleMatch> ruleMatches,
        List<DmnMessageRecord> messages, long durationMicros,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> redactions,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer modelVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String proposalId) {

    AuditRecord {
        models = models == null ? List.of() : models;
        invocations = invocations == null ? List.of() : invocations;
        tableEvaluations = tableEvaluations == null ? List.of() : tableEvaluations;
        rules = rules == null ? Map.of() : rules;
        ruleMatches = ruleMatches == null ? List.of() : ruleMatches;
        messages = messages == null ? List.of() : messages;
    }

    /** One decision-table evaluation: the rules whose conditions matched and those the hit policy selected. */
    record TableEvaluation(String model, String decision, String tableId, List<RuleRef> matched,
            List<RuleRef> selected) {
        TableEvaluation {
            matched = matched == null ? List.of() : matched;
            selected = selected == null ? List.of() : selected;
        }
    }

    /** A rule as the engine reported it: DMN rule id and 1-based index in its table. */
    record RuleRef(String ruleId, Integer ruleIndex) {
    }

    /**
     * Where a matched or selected rule is. The committee's annotations on it (rationale, source) are in the
     * archived model the record names by SHA-256 (docs/audit.md); records written before that change carry
     * a copy in {@code annotations}, which new records omit.
     */
    record RuleEntry(String model, String decision,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> annotations) {
        RuleEntry(String model, String decision) {
            this(model, decision, null);
        }
    }

    /** The same record with the redacted paths listed. */
    AuditRecord withRedactions(List<String> paths) {
        return new AuditRecord(id, timestamp, principal, endpoint, asOf, models, input, output, invocations,
                tableEvaluations, rules, ruleMatches, messages, durationMicros, paths, modelVersion, proposalId);
    }
}
