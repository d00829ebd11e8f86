package org.srtguide.cds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.api.InvalidInputException;
import org.srtguide.api.Violation;
import org.srtguide.audit.AuditedCall;
import org.srtguide.cds.FeedbackRequest.Feedback;

/**
 * Stores CDS Hooks feedback as an audited call of its own, so it lands in the tamper-evident trail; each
 * item names the audit record of its card (card uuid {@code <auditId>-<n>}). An override needs a reason.
 */
@ApplicationScoped
class FeedbackService {
    static final String ENDPOINT = CdsService.ENDPOINT + "/feedback";
    private static final Pattern CARD = Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-(\\d{1,3})");

    private final AuditedCall audited;

    FeedbackService(AuditedCall audited) {
        this.audited = audited;
    }

    /** One feedback item as recorded: the card, the audit record it came from, and the clinician's decision. */
    record Recorded(String card, String auditId, String outcome, FeedbackRequest.OverrideReason overrideReason,
            String outcomeTimestamp, int acceptedSuggestions) {
    }

    /** The answer: which audit records the feedback was linked to. */
    record Receipt(String feedbackAuditId, List<String> linkedAuditIds) {
    }

    AuditedCall.Answer<Receipt> store(FeedbackRequest request, String principal) {
        List<Violation> violations = new ArrayList<>();
        List<Recorded> items = new ArrayList<>();
        for (int i = 0; i < request.feedback().size(); i++) {
            Feedback f = request.feedback().get(i);
            Matcher card = CARD.matcher(f.card());
            if (!card.matches()) {
                violations.add(new Violation("feedback[" + i + "].card", "is not the uuid of a card of this service"));
                continue;
            }
            if (f.outcome() == FeedbackRequest.Outcome.OVERRIDDEN && (f.overrideReason() == null
                    || f.overrideReason().reason() == null && blank(f.overrideReason().userComment()))) {
                violations.add(new Violation("feedback[" + i + "].overrideReason", "is required when the card was overridden"));
                continue;
            }
            items.add(new Recorded(f.card(), card.group(1), f.outcome().name().toLowerCase(), f.overrideReason(),
                    f.outcomeTimestamp().toString(), f.acceptedSuggestions() == null ? 0 : f.acceptedSuggestions().size()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<String> linked = items.stream().map(Recorded::auditId).distinct().toList();
        return audited.run(ENDPOINT, principal, null, items, (auditId, trace) -> new Receipt(auditId, linked));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
