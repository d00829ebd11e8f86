package org.srtguide.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.srtguide.assessment.AssessmentResponse.Adt;
import org.srtguide.assessment.AssessmentResponse.FollowUp;
import org.srtguide.assessment.AssessmentResponse.IgnoredStudy;
import org.srtguide.assessment.AssessmentResponse.Imaging;
import org.srtguide.assessment.AssessmentResponse.Metastasis;
import org.srtguide.assessment.AssessmentResponse.Recommendation;
import org.srtguide.assessment.AssessmentResponse.Recurrence;
import org.srtguide.assessment.AssessmentResponse.ScheduleEntry;
import org.srtguide.assessment.AssessmentResponse.TextRationale;
import org.srtguide.assessment.AssessmentResponse.ToxicityManagement;
import org.srtguide.decision.RationaleEntry;
import org.srtguide.kinetics.PsaKinetics;

/** Maps the pathway model's outputs (JSON form, names of docs/models.md) onto the public contract. */
final class ResponseMapper {
    /** Models whose rules explain the recommendation (imaging and toxicity have their own sections). */
    static final Set<String> RECOMMENDATION_MODELS = Set.of("recurrence", "metastasis", "candidacy", "follow-up", "pathway");

    /** The pathway decision whose rules say why studies were left out of staging (shown under imaging). */
    private static final String IMAGING_CURRENCY = "imagingCurrency";
    private static final Map<String, String> IGNORED_REASONS = Map.of(
            "BEFORE_PRIMARY_TREATMENT", "done on or before the primary treatment",
            "BEFORE_EPISODE", "done before the current PSA rise began",
            "OLDER_THAN_MAXIMUM_AGE", "older than the committee maximum age");

    private ResponseMapper() {
    }

    static AssessmentResponse map(AssessmentRequest request, LocalDate asOf, String auditId, PsaKinetics kinetics,
            Map<String, Object> outputs, List<RationaleEntry> rationale) {
        Map<String, Object> rec = context(outputs, "recurrence");
        Map<String, Object> img = context(outputs, "imaging");
        Map<String, Object> met = context(outputs, "metastasis");
        Map<String, Object> cand = context(outputs, "candidacy");
        Map<String, Object> fu = context(outputs, "followUp");

        Recurrence recurrence = new Recurrence(str(rec, "recurrenceStatus"), str(rec, "recurrenceDefinition"),
                round(kinetics.getNadir(), 3), round(kinetics.getPsaDoublingTimeMonths(), 1),
                kinetics.getPsadtReason() == null ? null : kinetics.getPsadtReason().name(), psadtValues(kinetics),
                round(num(rec, "intervalToBiochemicalFailureMonths"), 1), str(rec, "eauRiskGroup"));
        List<IgnoredStudy> ignored = ignoredStudies(outputs.get("ignoredStudies"));
        Imaging imaging = new Imaging(strings(img.get("recommendedImaging")), bool(img, "stagingComplete"),
                imagingRationale(rationale, ignored), ignored);
        Metastasis metastasis = new Metastasis(str(met, "metastasisStatus"), bool(met, "salvageRadiotherapyExcluded"));
        Recommendation recommendation = new Recommendation(str(cand, "pathway"), str(cand, "timing"),
                new Adt(bool(cand, "adtRecommended"), strings(cand.get("adtHighRiskFeatures"))),
                str(cand, "pelvicNodalRadiotherapy"), str(cand, "sbrt"),
                rationale.stream().filter(r -> RECOMMENDATION_MODELS.contains(r.model()) && !isImagingCurrency(r)).toList());
        FollowUp followUp = new FollowUp(schedule(fu.get("followUpSchedule")), str(fu, "progressionDefinition"));
        return new AssessmentResponse(request.caseId(), asOf, auditId, recurrence, imaging, metastasis, recommendation,
                followUp, toxicity(outputs.get("toxicity")), strings(outputs.get("decisionsLeftOpen")));
    }

    private static boolean isImagingCurrency(RationaleEntry r) {
        return "pathway".equals(r.model()) && IMAGING_CURRENCY.equals(r.decision());
    }

    /** The imaging model's rules, the currency rules that left studies out, and one line naming each such study. */
    private static List<TextRationale> imagingRationale(List<RationaleEntry> rationale, List<IgnoredStudy> ignored) {
        List<TextRationale> out = new ArrayList<>();
        String currencySource = null;
        for (RationaleEntry r : rationale) {
            if ("imaging".equals(r.model()) || isImagingCurrency(r)) {
                out.add(new TextRationale(r.text(), r.source()));
                currencySource = isImagingCurrency(r) && currencySource == null ? r.source() : currencySource;
            }
        }
        for (IgnoredStudy study : ignored) {
            out.add(new TextRationale("Not used to stage this episode: " + study.modality() + " of " + study.date() + " ("
                    + IGNORED_REASONS.getOrDefault(study.reason(), study.reason()) + ").", currencySource));
        }
        return out;
    }

    private static List<IgnoredStudy> ignoredStudies(Object value) {
        List<IgnoredStudy> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m) {
                    out.add(new IgnoredStudy(String.valueOf(m.get("modality")), LocalDate.parse(String.valueOf(m.get("date"))),
                            String.valueOf(m.get("reason"))));
                }
            }
        }
        return out;
    }

    /** The values the PSA doubling time was calculated from; null when it was not calculated. */
    private static List<AssessmentResponse.PsaPoint> psadtValues(PsaKinetics kinetics) {
        return kinetics.getPsadtValuesUsed().isEmpty() ? null : kinetics.getPsadtValuesUsed().stream()
                .map(p -> new AssessmentResponse.PsaPoint(p.date(), BigDecimal.valueOf(p.value()))).toList();
    }

    /** A decision service with one output returns that value; with several, a context of them. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> context(Map<String, Object> outputs, String name) {
        Object value = outputs.get(name);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<ScheduleEntry> schedule(Object value) {
        List<ScheduleEntry> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m) {
                    out.add(new ScheduleEntry(decimal(m.get("fromMonth")), decimal(m.get("toMonth")),
                            decimal(m.get("psaEveryMonths"))));
                }
            }
        }
        return out;
    }

    private static List<ToxicityManagement> toxicity(Object value) {
        Object list = value instanceof Map<?, ?> m ? m.get("toxicityManagement") : value;
        List<ToxicityManagement> out = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> m) {
                    out.add(new ToxicityManagement((String) m.get("term"), decimal(m.get("grade")), strings(m.get("actions")),
                            (Boolean) m.get("escalate")));
                }
            }
        }
        return out;
    }

    private static String str(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null ? null : v.toString();
    }

    private static Boolean bool(Map<String, Object> map, String key) {
        return map.get(key) instanceof Boolean b ? b : null;
    }

    private static BigDecimal num(Map<String, Object> map, String key) {
        return decimal(map.get(key));
    }

    private static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        return v instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

    private static BigDecimal round(Double v, int scale) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal v, int scale) {
        return v == null ? null : v.setScale(scale, RoundingMode.HALF_UP);
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).sorted().toList();
        }
        return List.of();
    }
}
