package org.srtguide.dose;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.jboss.resteasy.plugins.providers.multipart.MultipartFormDataInput;
import org.srtguide.api.InvalidInputException;
import org.srtguide.api.Principals;
import org.srtguide.dose.api.ConstraintSetView;
import org.srtguide.dose.api.DoseCheckRequest;
import org.srtguide.dose.report.HtmlReport;
import org.srtguide.dose.report.PdfReport;
import org.srtguide.dose.report.PlanReport;
import org.srtguide.dose.report.PlanReportReader;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Dose-constraint checks over HTTP: JSON DVHs, or an RT Dose + RT Structure Set upload; the
 * constraint sets; the plan report of a recorded check. Parsing ({@link DicomUpload}), mapping
 * ({@link RequestMapper}) and the audited call ({@link DoseCheckCall}) live in their own classes.
 */
@Path("/api/dose-checks")
@Produces(MediaType.APPLICATION_JSON)
public class DoseCheckResource {
    private final DoseService service;
    private final DoseCheckCall call;
    private final ObjectMapper json;
    private final Validator validator;
    private final PlanReportReader reports;

    DoseCheckResource(DoseService service, DoseCheckCall call, ObjectMapper json, Validator validator, PlanReportReader reports) {
        this.service = service;
        this.call = call;
        this.json = json;
        this.validator = validator;
        this.reports = reports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "clinician", "admin" })
    public Response check(@NotNull @Valid DoseCheckRequest request, @Context SecurityContext security) {
        return call.json(request, Principals.name(security));
    }

    /**
     * Multipart form: {@code rtdose} (RT Dose with a dose grid and/or a DVH Sequence), {@code rtstruct}
     * (its RT Structure Set) and {@code request} (JSON: constraintSet, prescription, optional
     * priorCourses and cumulativePolicy).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ "clinician", "admin" })
    public Response checkDicom(MultipartFormDataInput form, @Context SecurityContext security) {
        return call.dicom(DicomUpload.read(form, json, validator), Principals.name(security));
    }

    @GET
    @Path("/constraint-sets")
    @RolesAllowed({ "clinician", "committee", "auditor", "admin" })
    public List<ConstraintSetView> constraintSets() {
        return service.registry().all().stream().map(ConstraintSetView::of).toList();
    }

    /** The plan report of a recorded check, rendered from its audit record only: {@code format} html (default) or pdf. */
    @GET
    @Path("/{auditId}/report")
    @Produces({ MediaType.TEXT_HTML, "application/pdf" })
    @RolesAllowed({ "clinician", "auditor", "admin" })
    public Response report(@PathParam("auditId") String auditId, @QueryParam("format") String format) {
        String f = format == null ? "html" : format;
        if (!f.equals("html") && !f.equals("pdf")) {
            throw new InvalidInputException("format", "must be html or pdf");
        }
        PlanReport report = reports.read(auditId);
        if (f.equals("pdf")) {
            return Response.ok(PdfReport.render(report), "application/pdf")
                    .header("Content-Disposition", "inline; filename=\"dose-check-" + report.auditId() + ".pdf\"").build();
        }
        return Response.ok(HtmlReport.render(report), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
