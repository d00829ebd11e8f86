package org.srtguide.audit;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.srtguide.capacity.EvaluationGate;
import org.srtguide.decision.EvaluationTrace;

/**
 * The one path of an audited evaluation (docs/audit.md): open the record, evaluate in a slot of the
 * evaluation gate, commit the record, and only then answer, with the record's id in
 * {@value #AUDIT_ID_HEADER}. Every evaluating endpoint goes through here.
 */
@ApplicationScoped
public class AuditedCall {
    public static final String AUDIT_ID_HEADER = "X-Audit-Id";

    private final AuditTrail audit;
    private final EvaluationGate gate;

    AuditedCall(AuditTrail audit, EvaluationGate gate) {
        this.audit = audit;
        this.gate = gate;
    }

    /** The evaluation of one endpoint: it gets the record's id (for the response) and the trace to fill. */
    @FunctionalInterface
    public interface Work<R> {
        R evaluate(String auditId, EvaluationTrace trace);
    }

    /** An answered evaluation: the response object and its body exactly as recorded. */
    public record Answer<R>(String auditId, R response, byte[] body) {
        public Response toResponse() {
            return Response.ok(body, MediaType.APPLICATION_JSON).header(AUDIT_ID_HEADER, auditId).build();
        }
    }

    /**
     * Runs the evaluation and commits its record before returning.
     *
     * @param input what the caller sent, as the record stores it
     * @param asOf the date the case is read at, or null where the endpoint has none
     */
    public <R> Answer<R> run(String endpoint, String principal, LocalDate asOf, Object input, Work<R> work) {
        try (AuditScope scope = audit.open(endpoint)) {
            R response = gate.run(() -> work.evaluate(scope.id(), scope.trace()));
            byte[] body = audit.commit(scope, principal, asOf, input, response);
            return new Answer<>(scope.id(), response, body);
        }
    }
}
