package org.srtguide.cds;

import java.util.List;
import java.util.stream.Collectors;

import org.srtguide.assessment.AssessmentResponse;
import org.srtguide.assessment.AssessmentResponse.IgnoredStudy;
import org.srtguide.assessment.AssessmentResponse.Recommendation;
import org.srtguide.assessment.AssessmentResponse.ToxicityManagement;
import org.srtguide.decision.RationaleEntry;

/** Clinician-language card texts: short summaries and Markdown details with every rule and its source. */
final class RecommendationText {

    String summary(AssessmentResponse response) {
        Recommendation r = response.recommendation();
        return switch (r.pathway()) {
            case "SALVAGE_RADIOTHERAPY" -> "Salvage radiotherapy advised" + (r.timing() == null ? "" : " (" + r.timing().toLowerCase() + ")")
                    + (Boolean.TRUE.equals(r.adt().recommended()) ? ", with ADT" : "")
                    + ("RECOMMENDED".equals(r.pelvicNodalRadiotherapy()) ? ", including pelvic nodes" : "");
            case "IMAGING_WORKUP" -> "PSA recurrence: stage with " + modalities(response.imaging().recommended()) + " before deciding on salvage";
            case "REPEAT_PSA" -> "Repeat PSA to confirm or exclude recurrence (" + words(response.recurrence().status()) + ")";
            case "SURVEILLANCE" -> "No PSA recurrence: continue PSA follow-up";
            case "LOCAL_SALVAGE_EVALUATION" -> "Recurrence after radiotherapy: MRI, biopsy and MDT review for local salvage";
            case "SYSTEMIC_THERAPY_REFERRAL" -> "Distant disease: refer for systemic therapy; salvage radiotherapy not indicated";
            case "MULTIDISCIPLINARY_REVIEW" -> "Discuss at the multidisciplinary tumour board";
            default -> "Decision support: " + words(r.pathway());
        };
    }

    String detail(AssessmentResponse response) {
        Recommendation r = response.recommendation();
        StringBuilder md = new StringBuilder();
        md.append("**Pathway:** ").append(words(r.pathway()));
        if (r.timing() != null) {
            md.append(" (").append(words(r.timing())).append(')');
        }
        md.append("  \n**PSA:** ").append(words(response.recurrence().status()));
        if (response.recurrence().psaDoublingTimeMonths() != null) {
            md.append("; doubling time ").append(response.recurrence().psaDoublingTimeMonths().toPlainString()).append(" months");
        }
        md.append("  \n**Metastasis:** ").append(words(response.metastasis().status()));
        md.append("  \n**ADT:** ").append(r.adt().recommended() == null ? "left open" : r.adt().recommended() ? "recommended" : "not recommended");
        if (r.adt().highRiskFeatures() != null && !r.adt().highRiskFeatures().isEmpty()) {
            md.append(" (").append(r.adt().highRiskFeatures().stream().map(RecommendationText::words).collect(Collectors.joining(", "))).append(')');
        }
        if (r.pelvicNodalRadiotherapy() != null) {
            md.append("  \n**Pelvic nodal radiotherapy:** ").append(words(r.pelvicNodalRadiotherapy()));
        }
        if (response.imaging().recommended() != null && !response.imaging().recommended().isEmpty()) {
            md.append("  \n**Imaging:** ").append(modalities(response.imaging().recommended()));
        }
        md.append("\n\n**Why**\n");
        for (RationaleEntry entry : r.rationale()) {
            md.append("\n- ").append(entry.text()).append(" *(rule `").append(entry.ruleId()).append("`, model ")
                    .append(entry.model()).append(")*  \n  Source: ").append(entry.source());
        }
        for (var entry : response.imaging().rationale()) {
            md.append("\n- ").append(entry.text()).append("  \n  Source: ").append(entry.source());
        }
        md.append("\n\nDecision support, not an order. Reference date ").append(response.asOf())
                .append("; audit record `").append(response.auditId()).append("`.");
        return md.toString();
    }

    String toxicitySummary(ToxicityManagement t) {
        return "Grade " + t.grade().toPlainString() + " " + words(t.term()) + ": " + words(String.join(", ", t.actions()));
    }

    String toxicityDetail(ToxicityManagement t) {
        return "**" + words(t.term()) + "**, CTCAE grade " + t.grade().toPlainString() + ".  \n**Actions:** "
                + t.actions().stream().map(RecommendationText::words).collect(Collectors.joining(", "))
                + (Boolean.TRUE.equals(t.escalate()) ? "  \n**Physician review before the next fraction.**" : "");
    }

    String ignoredStudySummary(IgnoredStudy study) {
        return words(study.modality()) + " of " + study.date() + " not used: " + words(study.reason());
    }

    String ignoredStudyDetail(IgnoredStudy study) {
        return "The study does not stage the current episode (" + words(study.reason())
                + "); imaging currency rules in the recommendation card's rationale. A current study may be needed.";
    }

    private static String modalities(List<String> codes) {
        return codes == null || codes.isEmpty() ? "imaging" : codes.stream().map(RecommendationText::words).collect(Collectors.joining(" or "));
    }

    /** An enumeration code in words: {@code PSMA_PET} → "PSMA PET", {@code BIOCHEMICAL_RECURRENCE} → "biochemical recurrence". */
    static String words(String code) {
        if (code == null) {
            return "unknown";
        }
        String[] parts = code.split("_");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean acronym = List.of("PSMA", "PET", "MRI", "CT", "PSA", "ADT", "SBRT", "MDT", "AUA").contains(part);
            out.append(acronym ? part : part.toLowerCase());
        }
        return out.toString();
    }
}
