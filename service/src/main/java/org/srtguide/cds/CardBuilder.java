package org.srtguide.cds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.assessment.AssessmentResponse;
import org.srtguide.assessment.AssessmentResponse.IgnoredStudy;
import org.srtguide.assessment.AssessmentResponse.ToxicityManagement;
import org.srtguide.cds.fhir.DataNote;
import org.srtguide.decision.RationaleEntry;

/**
 * An assessment response → CDS Hooks cards (docs/fhir.md, "Cards"): the recommendation first, then one
 * card per toxicity, then what the decision could not use. Indicator rule: {@code critical} for distant
 * disease (systemic therapy referral) or a toxicity the physician must review before the next fraction;
 * {@code warning} when an action or decision is due (salvage radiotherapy, local salvage evaluation,
 * imaging work-up, multidisciplinary review, other toxicities, unusable data); {@code info} otherwise
 * (surveillance, repeat PSA).
 */
@ApplicationScoped
class CardBuilder {
    static final int SUMMARY_MAX = 140;

    private final CdsConfig config;
    private final RecommendationText text = new RecommendationText();

    CardBuilder(CdsConfig config) {
        this.config = config;
    }

    List<Card> cards(AssessmentResponse response, List<DataNote> notes) {
        String pathway = response.recommendation().pathway();
        List<String> ruleIds = response.recommendation().rationale().stream()
                .map(RationaleEntry::ruleId).filter(Objects::nonNull).distinct().toList();
        Card.Extension extension = new Card.Extension(pathway, response.auditId(), ruleIds);
        Card.Source rules = new Card.Source("SRT guideline platform: committee decision rules", config.rulesUrl());
        List<Card> cards = new ArrayList<>();
        cards.add(card(response, cards.size(), text.summary(response), text.detail(response), indicator(pathway), rules, extension));
        for (ToxicityManagement toxicity : response.toxicityManagement()) {
            cards.add(card(response, cards.size(), text.toxicitySummary(toxicity), text.toxicityDetail(toxicity),
                    Boolean.TRUE.equals(toxicity.escalate()) ? "critical" : "warning", rules, extension));
        }
        Card.Source mapping = new Card.Source("SRT guideline platform: FHIR data mapping", config.mappingUrl());
        for (DataNote note : notes) {
            cards.add(card(response, cards.size(), "Not used: " + note.resource(), note.problem() + "\n\nFix the record in the "
                    + "EHR and reopen the patient to include it.", "warning", mapping, extension));
        }
        for (IgnoredStudy study : nullSafe(response.imaging().ignoredStudies())) {
            cards.add(card(response, cards.size(), text.ignoredStudySummary(study), text.ignoredStudyDetail(study),
                    "warning", rules, extension));
        }
        List<String> open = nullSafe(response.decisionsLeftOpen());
        if (!open.isEmpty()) {
            cards.add(card(response, cards.size(), "Some decisions left open for missing data",
                    "Left open for lack of data: " + String.join(", ", open.stream().map(o -> "`" + o + "`").toList())
                            + ". The rationale of the recommendation card explains each.", "warning", rules, extension));
        }
        return cards;
    }

    static String indicator(String pathway) {
        return switch (pathway) {
            case "SYSTEMIC_THERAPY_REFERRAL" -> "critical";
            case "SURVEILLANCE", "REPEAT_PSA" -> "info";
            default -> "warning";
        };
    }

    private static Card card(AssessmentResponse response, int n, String summary, String detail, String indicator,
            Card.Source source, Card.Extension extension) {
        String shortened = summary.length() <= SUMMARY_MAX ? summary : summary.substring(0, SUMMARY_MAX - 1) + "\u2026";
        return new Card(response.auditId() + "-" + n, shortened, detail, indicator, source, extension);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
