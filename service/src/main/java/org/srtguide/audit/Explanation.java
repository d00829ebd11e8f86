package org.srtguide.audit;

import java.util.List;
import java.util.Map;

import org.srtguide.decision.DmnMessageRecord;
import org.srtguide.decision.RuleMatch;
import org.srtguide.decision.TableLayout;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One audit record explained for people (GET /api/audit/{id}/explanation): computed from the stored
 * record and the archived XML of the model versions it names, never from what is deployed now.
 * Payloads are shown as stored, so redacted values stay redacted.
 */
public record Explanation(String id, String timestamp, String principal, String endpoint, String asOf,
        long durationMicros, JsonNode input, List<String> redactions, PsaAnalysis psa, List<ModelExplanation> models,
        List<DmnMessageRecord> messages, JsonNode output, Chain chain, ModelVersion modelVersion) {

    /**
     * The model version that answered: 0 is the repository baseline (no approval record: it came through
     * the repository's review and CI), a higher number a published version with who proposed, approved
     * and published it. Null for records written before versions were recorded.
     */
    public record ModelVersion(int version, String proposalId, VersionApprovals.Approval approval) {
    }

    /** The PSA rule unit's part: the Drools rules that fired, and the series features the models were given. */
    public record PsaAnalysis(List<RuleMatch> rulesFired, JsonNode features) {
    }

    /**
     * A model version the evaluation used. {@code archived} is false when its XML is missing from the
     * archive; its decisions then show the recorded rule ids without the table. Who approved the
     * version is in {@link Explanation#modelVersion()}.
     */
    public record ModelExplanation(String name, String namespace, String sha256, boolean archived,
            List<InvocationResult> invocations, List<DecisionStep> decisions) {
    }

    /** A call into this model's decision service and the results it returned, as recorded. */
    public record InvocationResult(int index, String decisionService, JsonNode results) {
    }

    /**
     * One decision-table evaluation, in evaluation order across the whole record ({@code step}, from 1).
     * {@code value} is the decision's recorded result where the results hold it ({@code valuePath}),
     * else null (a table inside a business knowledge model, or a decision the service does not return).
     */
    public record DecisionStep(int step, String decision, String tableId, JsonNode value, String valuePath,
            TableExplanation table) {
    }

    /** The archived table with every rule flagged: matched (its conditions held) and selected (by the hit policy). */
    public record TableExplanation(String hitPolicy, String aggregation, List<TableLayout.Column> inputs,
            List<TableLayout.Column> outputs, List<String> annotations, List<RuleRow> rules) {
    }

    public record RuleRow(String id, int index, String description, List<String> inputEntries, List<String> outputEntries,
            Map<String, String> annotations, String source, boolean matched, boolean selected) {
    }

    /**
     * Where the record sits in its writer's hash chain, and whether that chain verifies from sequence 1
     * up to it; {@code verified} and {@code recordsChecked} are null when the check was not asked for
     * ({@code verify=false}: it reads and hashes every earlier record of the chain).
     */
    public record Chain(String writerId, long sequence, String previousHash, String hash, Boolean verified,
            Long recordsChecked, Long firstBrokenSequence, String reason) {
    }
}
