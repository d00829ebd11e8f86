package org.srtguide.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.srtguide.assessment.AssessmentRequest.ImagingStudy;
import org.srtguide.assessment.AssessmentRequest.Toxicity;
import org.srtguide.assessment.Codes.PathologicalNodes;
import org.srtguide.kinetics.PsaKinetics;
import org.srtguide.kinetics.SeriesPoint;

/**
 * Builds the pathway model's input context in JSON form (ISO date strings, plain numbers), the
 * same form the audit trail records and a replay feeds back. Names follow docs/models.md.
 */
final class PathwayInputs {
    private PathwayInputs() {
    }

    static Map<String, Object> of(AssessmentRequest request, LocalDate asOf, PsaKinetics kinetics) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("asOf", asOf.toString());
        in.put("primaryTreatment", request.primaryTreatment().name());
        in.put("primaryTreatmentDate", request.primaryTreatmentDate().toString());
        in.put("psaSeries", series(kinetics));
        in.put("kinetics", kinetics(kinetics));
        in.put("gradeGroup", request.gradeGroup());
        // Unstated pathology is read as "not present / not assessed" (docs/api.md).
        in.put("seminalVesicleInvasion", Boolean.TRUE.equals(request.seminalVesicleInvasion()));
        in.put("pathologicalNodes", (request.pathologicalNodes() == null ? PathologicalNodes.PNX : request.pathologicalNodes()).code);
        in.put("imagingStudies", imaging(request.imaging()));
        in.put("previousSalvageRadiotherapy", Boolean.TRUE.equals(request.previousSalvageRadiotherapy()));
        in.put("previousSalvageRadiotherapyDate", date(request.previousSalvageRadiotherapyDate()));
        in.put("toxicities", toxicities(request.toxicities()));
        return in;
    }

    private static List<Map<String, Object>> series(PsaKinetics kinetics) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (SeriesPoint p : kinetics.getSeries()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("date", p.date().toString());
            point.put("value", p.value());
            point.put("weeksAfterTreatment", p.weeksAfterTreatment());
            point.put("monthsAfterTreatment", p.monthsAfterTreatment());
            point.put("belowDetectionLimit", p.belowDetectionLimit());
            points.add(point);
        }
        return points;
    }

    private static Map<String, Object> kinetics(PsaKinetics k) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("latestValue", k.getLatestValue());
        out.put("latestDate", date(k.getLatestDate()));
        out.put("nadir", k.getNadir());
        out.put("nadirDate", date(k.getNadirDate()));
        out.put("psaDoublingTimeMonths", k.getPsaDoublingTimeMonths());
        out.put("psadtCalculable", k.isPsadtCalculable());
        out.put("psadtReason", k.getPsadtReason() == null ? null : k.getPsadtReason().name());
        out.put("consecutiveRisesAtEnd", k.getConsecutiveRisesAtEnd());
        out.put("rising", k.isRising());
        out.put("valueCount", k.getValueCount());
        return out;
    }

    private static List<Map<String, Object>> imaging(List<ImagingStudy> studies) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ImagingStudy s : studies == null ? List.<ImagingStudy>of() : studies) {
            Map<String, Object> study = new LinkedHashMap<>();
            study.put("modality", s.modality().name());
            study.put("date", s.date().toString());
            study.put("largestLesionMm", s.largestLesionMm());
            study.put("findings", s.findings().stream().map(Enum::name).toList());
            out.add(study);
        }
        return out;
    }

    private static List<Map<String, Object>> toxicities(List<Toxicity> toxicities) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Toxicity t : toxicities == null ? List.<Toxicity>of() : toxicities) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("term", t.term().name());
            item.put("grade", t.grade());
            item.put("phase", t.phase().name());
            out.add(item);
        }
        return out;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
