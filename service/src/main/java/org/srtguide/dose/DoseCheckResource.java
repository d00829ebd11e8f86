package org.srtguide.dose;

import org.srtguide.api.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.jboss.resteasy.plugins.providers.multipart.InputPart;
import org.jboss.resteasy.plugins.providers.multipart.MultipartFormDataInput;
import org.srtguide.api.Principals;
import org.srtguide.api.Violation;
import org.srtguide.audit.AuditedCall;
import org.srtguide.decision.Sha256;
import org.srtguide.dose.api.ConstraintSetView;
import org.srtguide.dose.api.DicomDoseCheckRequest;
import org.srtguide.dose.api.DoseCheckRequest;
import org.srtguide.dose.api.DoseCheckResponse;
import org.srtguide.dose.check.CumulativePolicy;
import org.srtguide.dose.check.Plan;
import org.srtguide.dose.check.PriorCourse;
import org.srtguide.dose.check.StructureDvh;
import org.srtguide.dose.constraints.ConstraintSet;
import org.srtguide.dose.dicom.DicomFormatException;
import org.srtguide.dose.dicom.RtDvhImport;
import org.srtguide.dose.dicom.RtDvhReader;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Dose-constraint checks over HTTP: JSON DVHs, or an RT Dose + RT Structure Set upload. */
@Path("/api/dose-checks")
@Produces(MediaType.APPLICATION_JSON)
public class DoseCheckResource {
    private final DoseService service;
    private final ObjectMapper json;
    private final Validator validator;
    private final AuditedCall audited;

    DoseCheckResource(DoseService service, ObjectMapper json, Validator validator, AuditedCall audited) {
        this.service = service;
        this.json = json;
        this.validator = validator;
        this.audited = audited;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "clinician", "admin" })
    public Response check(@NotNull @Valid DoseCheckRequest request, @Context SecurityContext security) {
        RequestMapper mapper = new RequestMapper();
        ConstraintSet set = mapper.constraintSet(service.registry(), request.constraintSet());
        List<StructureDvh> structures = mapper.structures(request.structures());
        return evaluate(mapper, set, request.prescription(), structures, request.priorCourses(), request.cumulativePolicy(),
                List.of(), request, security);
    }

    /**
     * Multipart form: {@code rtdose} (RT Dose with a DVH Sequence), {@code rtstruct} (its RT
     * Structure Set) and {@code request} (JSON: constraintSet, prescription, optional priorCourses
     * and cumulativePolicy).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ "clinician", "admin" })
    public Response checkDicom(MultipartFormDataInput form, @Context SecurityContext security) {
        RequestMapper mapper = new RequestMapper();
        byte[] rtDose = part(form, "rtdose", mapper);
        byte[] rtStruct = part(form, "rtstruct", mapper);
        byte[] requestJson = part(form, "request", mapper);
        mapper.throwIfInvalid();
        DicomDoseCheckRequest request = parse(requestJson);
        RtDvhImport imported;
        try {
            imported = RtDvhReader.read(rtDose, rtStruct);
        } catch (DicomFormatException e) {
            throw new InvalidInputException(List.of(new Violation("rtdose/rtstruct", e.getMessage())));
        }
        ConstraintSet set = mapper.constraintSet(service.registry(), request.constraintSet());
        // The audit input is the request, the files' hashes and what was read from them (not the DICOM bytes).
        return evaluate(mapper, set, request.prescription(), imported.structures(), request.priorCourses(),
                request.cumulativePolicy(), imported.notes(),
                java.util.Map.of("request", request,
                        "rtdoseSha256", Sha256.hex(rtDose), "rtstructSha256", Sha256.hex(rtStruct),
                        "dicomStructures", imported.structures().stream()
                                .map(st -> java.util.Map.of("name", st.name(), "dvhPoints", st.dvh().points())).toList()),
                security);
    }

    @GET
    @Path("/constraint-sets")
    @RolesAllowed({ "clinician", "committee", "auditor", "admin" })
    public List<ConstraintSetView> constraintSets() {
        return service.registry().all().stream().map(ConstraintSetView::of).toList();
    }

    private Response evaluate(RequestMapper mapper, ConstraintSet set, DoseCheckRequest.Prescription rx,
            List<StructureDvh> structures, List<DoseCheckRequest.PriorCourseInput> priors,
            DoseCheckRequest.CumulativePolicyInput policyInput, List<String> notes, Object auditInput,
            SecurityContext security) {
        List<PriorCourse> courses = mapper.priorCourses(priors);
        CumulativePolicy policy = mapper.policy(policyInput);
        mapper.throwIfInvalid();
        Plan plan = new Plan(rx.totalDoseGy(), rx.fractions(), structures);
        return audited.run("POST /api/dose-checks", Principals.name(security), null, auditInput,
                (auditId, trace) -> DoseCheckResponse.of(service.checker().check(set, plan, courses, policy), notes)
                        .withAuditId(auditId)).toResponse();
    }

    private DicomDoseCheckRequest parse(byte[] requestJson) {
        DicomDoseCheckRequest request;
        try {
            request = json.readValue(requestJson, DicomDoseCheckRequest.class);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Violation("request", "not valid JSON for a dose check: "
                    + e.getMessage().lines().findFirst().orElse(""))));
        }
        if (request == null) {
            throw new InvalidInputException(List.of(new Violation("request", "must not be empty")));
        }
        Set<ConstraintViolation<DicomDoseCheckRequest>> problems = validator.validate(request);
        if (!problems.isEmpty()) {
            List<Violation> violations = new ArrayList<>();
            problems.forEach(p -> violations.add(new Violation("request." + p.getPropertyPath(), p.getMessage())));
            throw new InvalidInputException(violations);
        }
        return request;
    }

    private static byte[] part(MultipartFormDataInput form, String name, RequestMapper mapper) {
        List<InputPart> parts = form.getFormDataMap().get(name);
        if (parts == null || parts.isEmpty()) {
            mapper.add(name, "the multipart form needs a '" + name + "' part");
            return null;
        }
        try {
            return parts.get(0).getBody(byte[].class, null);
        } catch (IOException e) {
            mapper.add(name, "cannot read the '" + name + "' part");
            return null;
        }
    }
}
