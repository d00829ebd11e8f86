package org.srtguide.cds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.uhn.fhir.context.FhirContext;

/**
 * Test helper: a committee vignette's {@code POST /api/assessments} request written as the FHIR R4 data an
 * EHR would hold (coded as in src/main/resources/cds/fhir-mapping.yaml), and as a CDS Hooks request. With
 * {@code standardCodes} the data use the standard codes the mapping knows (LOINC 83112-3, SNOMED CT
 * prostatectomy and prostate MRI, an ImagingStudy behind each report, toxicities as AdverseEvents with MedDRA
 * terms and HL7 ae-grade codes); otherwise the platform's own codes and Conditions.
 */
final class FhirVignettes {
    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String AJCC = "http://cancerstaging.org";
    static final String SRT = "https://srtguide.org/fhir/";
    static final String MEDDRA = "https://www.meddra.org";
    static final String NCIT = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl";
    static final Map<Integer, String> GRADE_GROUPS = Map.of(1, "1279715000", 2, "1279714001", 3, "1279716004",
            4, "1279717008", 5, "1279720000");
    /** CTCAE v5.0 MedDRA codes and NCI Thesaurus grade codes, as in the mapping file (docs/fhir.md). */
    static final Map<String, String> MEDDRA_TERMS = Map.ofEntries(Map.entry("CYSTITIS_NONINFECTIVE", "10063057"),
            Map.entry("URINARY_FREQUENCY", "10046539"), Map.entry("URINARY_URGENCY", "10046593"),
            Map.entry("URINARY_INCONTINENCE", "10046543"), Map.entry("URINARY_RETENTION", "10046555"),
            Map.entry("HEMATURIA", "10019450"), Map.entry("DIARRHEA", "10012727"), Map.entry("PROCTITIS", "10036774"),
            Map.entry("RECTAL_HEMORRHAGE", "10038064"), Map.entry("FATIGUE", "10016256"),
            Map.entry("ERECTILE_DYSFUNCTION", "10061461"));
    static final Map<Integer, String> AE_GRADES = Map.of(1, "C41338", 2, "C41339", 3, "C41340", 4, "C41337", 5, "C48275");
    static final String AE_GRADE = "http://hl7.org/fhir/uv/ae-research-backport-ig/StructureDefinition/ae-grade";

    /** The resources of each prefetch key for one assessment request. */
    record PatientData(String patientId, Patient patient, List<Resource> psa, List<Resource> procedures,
            List<Resource> pathology, List<Resource> imaging, List<Resource> conditions, List<Resource> adverseEvents) {

        Map<String, List<Resource>> byKey() {
            return Map.of("patient", List.of(patient), "psa", psa, "procedures", procedures, "pathology", pathology,
                    "imaging", imaging, "conditions", conditions, "adverseEvents", adverseEvents);
        }
    }

    private FhirVignettes() {
    }

    static PatientData patientData(String patientId, JsonNode request) {
        return patientData(patientId, request, false);
    }

    static PatientData patientData(String patientId, JsonNode request, boolean standardCodes) {
        Reference subject = new Reference("Patient/" + patientId);
        Patient patient = new Patient();
        patient.setId(patientId);
        List<Resource> psa = new ArrayList<>();
        JsonNode values = request.path("psa");
        for (int i = 0; i < values.size(); i++) {
            JsonNode p = values.get(i);
            Quantity q = new Quantity().setValue(new BigDecimal(p.get("value").asText())).setSystem("http://unitsofmeasure.org")
                    .setCode(p.hasNonNull("unit") ? p.get("unit").asText().replace("\u00b5", "u") : "ng/mL");
            if (p.path("belowDetectionLimit").asBoolean(false)) {
                q.setComparator(Quantity.QuantityComparator.LESS_THAN);
            }
            Observation o = observation(patientId + "-psa-" + i, subject, new Coding(LOINC, standardCodes ? "83112-3" : "2857-1", "PSA"),
                    p.get("date").asText());
            o.setValue(q);
            psa.add(o);
        }
        List<Resource> procedures = new ArrayList<>();
        boolean prostatectomy = "PROSTATECTOMY".equals(request.path("primaryTreatment").asText());
        Coding primary = prostatectomy && standardCodes ? new Coding(SNOMED, "26294005", "Radical prostatectomy (procedure)")
                : new Coding(SRT + "CodeSystem/procedure", prostatectomy ? "radical-prostatectomy" : "prostate-radiotherapy", null);
        procedures.add(procedure(patientId + "-primary", subject, primary, request.get("primaryTreatmentDate").asText()));
        if (request.path("previousSalvageRadiotherapy").asBoolean(false)) {
            procedures.add(procedure(patientId + "-salvage", subject, new Coding(SRT + "CodeSystem/procedure", "salvage-radiotherapy", null),
                    request.get("previousSalvageRadiotherapyDate").asText()));
        }
        List<Resource> pathology = new ArrayList<>();
        if (request.hasNonNull("gradeGroup")) {
            Observation o = observation(patientId + "-gg", subject, new Coding(SRT + "CodeSystem/observation", "isup-grade-group", null), null);
            o.setValue(new CodeableConcept(new Coding(SNOMED, GRADE_GROUPS.get(request.get("gradeGroup").asInt()), null)));
            pathology.add(o);
        }
        if (request.hasNonNull("seminalVesicleInvasion")) {
            Observation o = observation(patientId + "-pt", subject, new Coding(LOINC, "21899-0", null), null);
            o.setValue(new CodeableConcept(new Coding(AJCC, request.get("seminalVesicleInvasion").asBoolean() ? "pT3b" : "pT2", null)));
            pathology.add(o);
        }
        if (request.hasNonNull("pathologicalNodes")) {
            Observation o = observation(patientId + "-pn", subject, new Coding(LOINC, "21900-6", null), null);
            o.setValue(new CodeableConcept(new Coding(AJCC, request.get("pathologicalNodes").asText().toUpperCase().replace("PN", "pN"), null)));
            pathology.add(o);
        }
        List<Resource> imaging = new ArrayList<>();
        JsonNode studies = request.path("imaging");
        for (int i = 0; i < studies.size(); i++) {
            DiagnosticReport report = report(patientId + "-img-" + i, subject, studies.get(i), standardCodes);
            imaging.add(report);
            if (standardCodes) {
                imaging.add(studyOf(report));
            }
        }
        List<Resource> conditions = new ArrayList<>();
        List<Resource> adverseEvents = new ArrayList<>();
        JsonNode toxicities = request.path("toxicities");
        for (int i = 0; i < toxicities.size(); i++) {
            JsonNode t = toxicities.get(i);
            if (standardCodes) {
                adverseEvents.add(adverseEvent(patientId + "-ae-" + i, subject, t));
                continue;
            }
            Condition c = new Condition();
            c.setId(patientId + "-tox-" + i);
            c.setSubject(subject);
            c.setClinicalStatus(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)));
            c.setCode(new CodeableConcept(new Coding(SRT + "CodeSystem/ctcae-term", t.get("term").asText(), null)));
            c.addExtension(SRT + "StructureDefinition/ctcae-grade", new IntegerType(t.get("grade").asInt()));
            c.addExtension(SRT + "StructureDefinition/toxicity-phase", new CodeType(t.get("phase").asText()));
            conditions.add(c);
        }
        return new PatientData(patientId, patient, psa, procedures, pathology, imaging, conditions, adverseEvents);
    }

    /** A whole CDS Hooks request with every prefetch key as a searchset Bundle (patient: the resource). */
    static ObjectNode cdsRequest(FhirContext fhir, PatientData data, String asOf) {
        ObjectNode body = org.srtguide.Json.MAPPER.createObjectNode();
        body.put("hook", "patient-view");
        body.put("hookInstance", java.util.UUID.randomUUID().toString());
        body.putObject("context").put("userId", "Practitioner/example").put("patientId", data.patientId());
        ObjectNode prefetch = body.putObject("prefetch");
        prefetch.set("patient", org.srtguide.Json.tree(fhir.newJsonParser().encodeResourceToString(data.patient())));
        for (Map.Entry<String, List<Resource>> key : data.byKey().entrySet()) {
            if (!key.getKey().equals("patient")) {
                prefetch.set(key.getKey(), org.srtguide.Json.tree(fhir.newJsonParser().encodeResourceToString(bundle(key.getValue()))));
            }
        }
        if (asOf != null) {
            body.putObject("extension").put("org.srtguide.asOf", asOf);
        }
        return body;
    }

    static Bundle bundle(List<Resource> resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        resources.forEach(r -> bundle.addEntry().setResource(r));
        bundle.setTotal(resources.size());
        return bundle;
    }

    private static Observation observation(String id, Reference subject, Coding code, String date) {
        Observation o = new Observation();
        o.setId(id);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setSubject(subject);
        o.setCode(new CodeableConcept(code));
        if (date != null) {
            o.setEffective(new DateTimeType(date));
        }
        return o;
    }

    private static Procedure procedure(String id, Reference subject, Coding code, String date) {
        Procedure p = new Procedure();
        p.setId(id);
        p.setStatus(Procedure.ProcedureStatus.COMPLETED);
        p.setSubject(subject);
        p.setCode(new CodeableConcept(code));
        p.setPerformed(new DateTimeType(date));
        return p;
    }

    /** The ImagingStudy behind a report, which refers to it: read through the report, so no card of its own. */
    private static ImagingStudy studyOf(DiagnosticReport report) {
        ImagingStudy study = new ImagingStudy();
        study.setId(report.getIdElement().getIdPart() + "-study");
        study.setStatus(ImagingStudy.ImagingStudyStatus.AVAILABLE);
        study.setSubject(report.getSubject());
        study.setStartedElement(((DateTimeType) report.getEffective()).copy());
        report.addImagingStudy(new Reference("ImagingStudy/" + study.getIdElement().getIdPart()));
        return study;
    }

    /** A toxicity as an AdverseEvent: MedDRA term, HL7 ae-grade code; the phase has no standard code. */
    private static AdverseEvent adverseEvent(String id, Reference subject, JsonNode toxicity) {
        AdverseEvent ae = new AdverseEvent();
        ae.setId(id);
        ae.setSubject(subject);
        ae.setActuality(AdverseEvent.AdverseEventActuality.ACTUAL);
        ae.setEvent(new CodeableConcept(new Coding(MEDDRA, MEDDRA_TERMS.get(toxicity.get("term").asText()), null)));
        ae.addExtension(AE_GRADE, new CodeableConcept(new Coding(NCIT, AE_GRADES.get(toxicity.get("grade").asInt()), null)));
        ae.addExtension(SRT + "StructureDefinition/toxicity-phase", new CodeType(toxicity.get("phase").asText()));
        return ae;
    }

    private static DiagnosticReport report(String id, Reference subject, JsonNode study, boolean standardCodes) {
        DiagnosticReport r = new DiagnosticReport();
        r.setId(id);
        r.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
        r.setSubject(subject);
        String modality = study.get("modality").asText();
        r.setCode(new CodeableConcept("MRI".equals(modality) && standardCodes
                ? new Coding(SNOMED, "719178004", "Multiparametric magnetic resonance imaging of prostate (procedure)")
                : new Coding(SRT + "CodeSystem/imaging", modality.toLowerCase().replace('_', '-'), null)));
        r.setEffective(new DateTimeType(study.get("date").asText()));
        for (JsonNode finding : study.path("findings")) {
            r.addConclusionCode(new CodeableConcept(new Coding(SRT + "CodeSystem/imaging-finding",
                    finding.asText().toLowerCase().replace('_', '-'), null)));
        }
        if (study.hasNonNull("largestLesionMm")) {
            r.addExtension(SRT + "StructureDefinition/largest-lesion",
                    new Quantity().setValue(study.get("largestLesionMm").asInt()).setSystem("http://unitsofmeasure.org").setCode("mm"));
        }
        return r;
    }
}
