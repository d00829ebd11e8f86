package org.srtguide.dose;

import java.util.List;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

import org.srtguide.audit.AuditedCall;
import org.srtguide.decision.Sha256;
import org.srtguide.dose.api.DoseCheckRequest;
import org.srtguide.dose.api.DoseCheckResponse;
import org.srtguide.dose.api.DoseCheckResponse.ComputedDvh;
import org.srtguide.dose.api.DoseCheckResponse.DvhSource;
import org.srtguide.dose.check.CheckReport;
import org.srtguide.dose.check.CumulativePolicy;
import org.srtguide.dose.check.DvhCrossCheck;
import org.srtguide.dose.check.Plan;
import org.srtguide.dose.check.PriorCourse;
import org.srtguide.dose.check.StructureDvh;
import org.srtguide.dose.constraints.ConstraintSet;
import org.srtguide.dose.dicom.DicomFormatException;
import org.srtguide.dose.dicom.DicomPlan;
import org.srtguide.dose.dicom.DicomPlanReader;
import org.srtguide.dose.dvh.DvhCurve;
import org.srtguide.dose.grid.DvhCalculator;

/**
 * The audited dose check: maps the request to domain objects (every problem before any evaluation),
 * runs the checker inside {@link AuditedCall} and answers the recorded body. With DICOM, DVHs come from
 * the dose grid and/or the DVH Sequence; with both, the two checks are cross-checked.
 */
@Singleton
class DoseCheckCall {
    static final String ENDPOINT = "POST /api/dose-checks";

    private final DoseService service;
    private final AuditedCall audited;
    private final DoseConfig config;

    DoseCheckCall(DoseService service, AuditedCall audited, DoseConfig config) {
        this.service = service;
        this.audited = audited;
        this.config = config;
    }

    Response json(DoseCheckRequest request, String principal) {
        RequestMapper mapper = new RequestMapper();
        ConstraintSet set = mapper.constraintSet(service.registry(), request.constraintSet());
        List<StructureDvh> structures = mapper.structures(request.structures());
        List<PriorCourse> courses = mapper.priorCourses(request.priorCourses());
        CumulativePolicy policy = mapper.policy(request.cumulativePolicy());
        mapper.throwIfInvalid();
        Plan plan = new Plan(request.prescription().totalDoseGy(), request.prescription().fractions(), structures);
        return audited.run(ENDPOINT, principal, null, request,
                (auditId, trace) -> DoseCheckResponse.of(service.checker().check(set, plan, courses, policy), DvhSource.REQUEST,
                        List.of(), List.of()).withAuditId(auditId)).toResponse();
    }

    Response dicom(DicomUpload upload, String principal) {
        RequestMapper mapper = new RequestMapper();
        ConstraintSet set = mapper.constraintSet(service.registry(), upload.request().constraintSet());
        List<PriorCourse> courses = mapper.priorCourses(upload.request().priorCourses());
        CumulativePolicy policy = mapper.policy(upload.request().cumulativePolicy());
        mapper.throwIfInvalid();
        DicomPlan dicom;
        try {
            dicom = DicomPlanReader.read(upload.rtDose(), upload.rtStruct(), DvhCalculator.Options.DEFAULT);
        } catch (DicomFormatException e) {
            throw DicomProblems.of(e);
        }
        DoseCheckRequest.Prescription rx = upload.request().prescription();
        List<StructureDvh> computed = dicom.computedStructures();
        DvhSource source = computed.isEmpty() ? DvhSource.IMPORTED : DvhSource.COMPUTED;
        List<ComputedDvh> details = dicom.computed().stream().map(ComputedDvh::of).toList();
        DicomAuditInput input = new DicomAuditInput(upload.request(), Sha256.hex(upload.rtDose()), Sha256.hex(upload.rtStruct()),
                source, curves(computed), curves(dicom.imported()));
        double tolerance = config.dvhMismatchTolerance();
        return audited.run(ENDPOINT, principal, null, input, (auditId, trace) -> {
            CheckReport used = check(set, rx, source == DvhSource.COMPUTED ? computed : dicom.imported(), courses, policy);
            if (source == DvhSource.COMPUTED && !dicom.imported().isEmpty()) {
                CheckReport imported = check(set, rx, dicom.imported(), courses, policy);
                return DoseCheckResponse.of(DvhCrossCheck.compare(used, imported, tolerance), tolerance, details, dicom.notes())
                        .withAuditId(auditId);
            }
            return DoseCheckResponse.of(used, source, details, dicom.notes()).withAuditId(auditId);
        }).toResponse();
    }

    private CheckReport check(ConstraintSet set, DoseCheckRequest.Prescription rx, List<StructureDvh> structures,
            List<PriorCourse> courses, CumulativePolicy policy) {
        return service.checker().check(set, new Plan(rx.totalDoseGy(), rx.fractions(), structures), courses, policy);
    }

    private static List<DvhCurve> curves(List<StructureDvh> structures) {
        return structures.stream().map(s -> DvhCurve.of(s.name(), s.dvh())).toList();
    }
}
