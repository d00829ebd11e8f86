package org.srtguide.cds.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.srtguide.assessment.AssessmentRequest.ImagingStudy;
import org.srtguide.assessment.Codes.Finding;
import org.srtguide.assessment.Codes.Modality;

/**
 * Imaging DiagnosticReports → studies with findings (conclusionCode). A report with any finding the
 * mapping does not know is left out whole: a missing finding could change the decision. An ImagingStudy
 * carries no findings, and the assessment has no study without findings (an empty list is not "no
 * disease"): one that no report of the prefetch refers to is named on a card (kind, date), never read.
 */
final class ImagingReader {
    private final FhirMapping mapping;
    private final FhirReading reading;

    ImagingReader(FhirMapping mapping, FhirReading reading) {
        this.mapping = mapping;
        this.reading = reading;
    }

    List<ImagingStudy> read(List<Resource> resources) {
        List<ImagingStudy> out = new ArrayList<>();
        Set<String> reported = reportedStudies(resources);
        for (Resource resource : resources) {
            if (resource instanceof org.hl7.fhir.r4.model.ImagingStudy study) {
                unreported(study, reported);
                continue;
            }
            if (!(resource instanceof DiagnosticReport report)) {
                reading.note(resource, resource.fhirType() + " has no coded findings; send the imaging report as a "
                        + "DiagnosticReport with conclusionCode: not used.");
                continue;
            }
            if (withdrawn(report)) {
                continue;
            }
            study(report).ifPresent(out::add);
        }
        return out;
    }

    private static boolean withdrawn(DiagnosticReport report) {
        return report.getStatus() == DiagnosticReport.DiagnosticReportStatus.ENTEREDINERROR
                || report.getStatus() == DiagnosticReport.DiagnosticReportStatus.CANCELLED;
    }

    private Optional<ImagingStudy> study(DiagnosticReport report) {
        Optional<String> modality = FhirMapping.meaning(mapping.imagingCodes(), report.getCode());
        if (modality.isEmpty()) {
            reading.note(report, "Imaging report code is not in the mapping (docs/fhir.md): not used.");
            return Optional.empty();
        }
        Optional<LocalDate> date = reading.date(report, report.getEffective(), "Imaging report");
        if (date.isEmpty()) {
            return Optional.empty();
        }
        if (!report.hasConclusionCode()) {
            reading.note(report, "Imaging report of " + date.get() + " has no coded findings (conclusionCode): not used.");
            return Optional.empty();
        }
        List<Finding> findings = new ArrayList<>();
        for (CodeableConcept code : report.getConclusionCode()) {
            Optional<String> finding = FhirMapping.meaning(mapping.imagingFindings(), code);
            if (finding.isEmpty()) {
                reading.note(report, "Imaging report of " + date.get() + " has a finding code not in the mapping: not used.");
                return Optional.empty();
            }
            findings.add(Finding.valueOf(finding.get()));
        }
        return Optional.of(new ImagingStudy(Modality.valueOf(modality.get()), date.get(), lesionMm(report), findings));
    }

    /** Ids of the ImagingStudies a valid DiagnosticReport of the same prefetch refers to (its findings are the report's). */
    private static Set<String> reportedStudies(List<Resource> resources) {
        return resources.stream().filter(DiagnosticReport.class::isInstance).map(DiagnosticReport.class::cast)
                .filter(r -> !withdrawn(r))
                .flatMap(r -> r.getImagingStudy().stream()).map(ref -> ref.getReferenceElement().getIdPart())
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /**
     * A study with no report in the prefetch, named by its procedure code if the mapping knows it, else by its
     * DICOM modalities as sent (a modality such as PT does not say which tracer was used).
     */
    private void unreported(org.hl7.fhir.r4.model.ImagingStudy study, Set<String> reported) {
        var status = study.getStatus();
        if (status == org.hl7.fhir.r4.model.ImagingStudy.ImagingStudyStatus.ENTEREDINERROR
                || status == org.hl7.fhir.r4.model.ImagingStudy.ImagingStudyStatus.CANCELLED
                || study.hasIdElement() && reported.contains(study.getIdElement().getIdPart())) {
            return;
        }
        Optional<String> kind = study.getProcedureCode().stream()
                .map(code -> FhirMapping.meaning(mapping.imagingCodes(), code)).flatMap(Optional::stream).findFirst();
        String modalities = study.getModality().stream().map(Coding::getCode).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        String what = kind.map(k -> k.replace('_', ' '))
                .orElse(modalities.isEmpty() ? "Imaging study" : "Imaging study (DICOM modality " + modalities + ")");
        String started = study.getStartedElement().getValueAsString();
        String when = started == null ? "" : " of " + started.substring(0, Math.min(10, started.length()));
        reading.note(study, what + when + " has no findings (an ImagingStudy carries none) and no report in the prefetch: "
                + "not used. Send its report as a DiagnosticReport with coded findings (conclusionCode).");
    }

    private Integer lesionMm(DiagnosticReport report) {
        Extension extension = report.getExtensionByUrl(mapping.extensions().largestLesionMm());
        if (extension == null || !(extension.getValue() instanceof Quantity size) || !size.hasValue()) {
            return null;
        }
        if (!"mm".equals(size.getCode())) {
            reading.note(report, "Largest lesion size is not in mm (UCUM 'mm'): size not used.");
            return null;
        }
        return size.getValue().intValue();
    }
}
