package org.srtguide.dose.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.ws.rs.NotFoundException;

import org.srtguide.api.UnprocessableException;
import org.srtguide.audit.AuditRecords;
import org.srtguide.dose.api.DoseCheckRequest;
import org.srtguide.dose.api.DoseCheckResponse;
import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.DvhCurve;
import org.srtguide.dose.dvh.VolumeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds a {@link PlanReport} from a stored dose-check record, and from nothing else. */
@Singleton
public class PlanReportReader {
    static final String ENDPOINT = "POST /api/dose-checks";

    private final AuditRecords records;
    private final ObjectMapper json;

    PlanReportReader(AuditRecords records, ObjectMapper json) {
        // Records written before a response field existed lack it; reading them must not fail.
        this.records = records;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    public PlanReport read(String auditId) {
        AuditRecords.Stored stored = records.find(auditId)
                .filter(r -> ENDPOINT.equals(r.endpoint()))
                .orElseThrow(() -> new NotFoundException("no dose-check audit record " + auditId));
        try {
            JsonNode record = json.readTree(stored.json());
            JsonNode input = record.path("input");
            JsonNode output = record.path("output");
            if (!output.isObject() || !input.isObject() || !record.path("redactions").isEmpty()) {
                throw unreadable(auditId, "the record's input or output was redacted");
            }
            DoseCheckResponse check = json.treeToValue(output, DoseCheckResponse.class);
            boolean dicom = input.has("rtdoseSha256");
            JsonNode request = dicom ? input.path("request") : input;
            JsonNode rx = request.path("prescription");
            return new PlanReport(stored.id(), record.path("timestamp").asText(), record.path("principal").asText(null),
                    record.path("hash").asText(), rx.path("totalDoseGy").asDouble(), rx.path("fractions").asInt(),
                    dicom ? input.path("rtdoseSha256").asText() : null, dicom ? input.path("rtstructSha256").asText() : null,
                    check, dicom ? dicomCurves(input) : requestCurves(request));
        } catch (JsonProcessingException e) {
            throw unreadable(auditId, "the record is not a dose-check record this version reads");
        }
    }

    private List<DvhCurve> dicomCurves(JsonNode input) throws JsonProcessingException {
        String field = "IMPORTED".equals(input.path("dvhSource").asText()) ? "importedDvhs" : "computedDvhs";
        List<DvhCurve> curves = new ArrayList<>();
        for (JsonNode c : input.path(field)) {
            curves.add(json.treeToValue(c, DvhCurve.class));
        }
        return curves;
    }

    /** A JSON check stores the DVHs as sent: sampled the same way as DICOM ones. */
    private List<DvhCurve> requestCurves(JsonNode request) throws JsonProcessingException {
        DoseCheckRequest parsed = json.treeToValue(request, DoseCheckRequest.class);
        List<DvhCurve> curves = new ArrayList<>();
        for (DoseCheckRequest.StructureInput s : parsed.structures()) {
            boolean pct = s.dvh().volumePercent() != null;
            try {
                Dvh dvh = Dvh.of(s.dvh().type(), pct ? VolumeUnit.PERCENT : VolumeUnit.CC, array(s.dvh().doseGy()),
                        array(pct ? s.dvh().volumePercent() : s.dvh().volumeCc()), s.volumeCc());
                curves.add(DvhCurve.of(s.name(), dvh));
            } catch (IllegalArgumentException e) {
                // a structure the check refused has no curve; the check itself was then refused too
            }
        }
        return curves;
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static UnprocessableException unreadable(String id, String why) {
        return new UnprocessableException("No report for this record", "Audit record " + id + " cannot be reported: " + why + ".",
                List.of());
    }
}
