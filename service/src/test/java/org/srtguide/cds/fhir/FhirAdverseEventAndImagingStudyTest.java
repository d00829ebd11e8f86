package org.srtguide.cds.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.srtguide.assessment.AssessmentRequest.Toxicity;

/** AdverseEvent read as a toxicity like a Condition; ImagingStudy named on a card, never read (docs/fhir.md). */
class FhirAdverseEventAndImagingStudyTest {
    static final String SRT = AssessmentMapperTest.SRT;
    static final String NCIT = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl";
    static final String AE_GRADE = "http://hl7.org/fhir/uv/ae-research-backport-ig/StructureDefinition/ae-grade";
    static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";
    private final PrefetchData data = new PrefetchData();

    FhirAdverseEventAndImagingStudyTest() {
        add(PrefetchKeys.PROCEDURES, AssessmentMapperTest.procedure("rp", "radical-prostatectomy", "2022-01-10"));
        add(PrefetchKeys.PSA, AssessmentMapperTest.psa("p1", "2024-03-01", "0.21", "ng/mL"));
    }

    private void add(String key, Resource resource) {
        data.add(key, resource);
    }

    private AssessmentMapper.Mapped map() {
        return data.map();
    }

    /** Grade 2 acute diarrhoea as the HL7 AE research IG codes it, with the platform's phase extension. */
    static AdverseEvent diarrhea(String id, String gradeCode) {
        AdverseEvent ae = new AdverseEvent();
        ae.setId(id);
        ae.setActuality(AdverseEvent.AdverseEventActuality.ACTUAL);
        ae.setEvent(new CodeableConcept(new Coding(FhirStandardCodesTest.MEDDRA, "10012727", "Diarrhea")));
        ae.addExtension(AE_GRADE, new CodeableConcept(new Coding(NCIT, gradeCode, null)));
        ae.addExtension(SRT + "StructureDefinition/toxicity-phase", new CodeType("ACUTE"));
        return ae;
    }

    @Test
    void shouldReadAnAdverseEventAsTheSameToxicityAsTheConditionForm() {
        add(PrefetchKeys.CONDITIONS, FhirStandardCodesTest.condition("c", new Coding(SRT + "CodeSystem/ctcae-term", "DIARRHEA", null)));
        List<Toxicity> fromCondition = map().request().toxicities();
        data.remove(PrefetchKeys.CONDITIONS);
        add(PrefetchKeys.ADVERSE_EVENTS, diarrhea("ae", "C41339"));
        AssessmentMapper.Mapped mapped = map();
        assertThat(fromCondition).hasSize(1);
        assertThat(mapped.request().toxicities()).isEqualTo(fromCondition);
        assertThat(mapped.notes()).isEmpty();
    }

    @Test
    void shouldReadAnAdverseEventSentUnderConditionsAndItsIntegerGrade() {
        AdverseEvent ae = diarrhea("ae", "C41340");
        ae.getExtension().removeIf(e -> e.getUrl().equals(AE_GRADE));
        ae.addExtension(SRT + "StructureDefinition/ctcae-grade", new IntegerType(3));
        add(PrefetchKeys.CONDITIONS, ae);
        assertThat(map().request().toxicities()).singleElement().satisfies(t -> assertThat(t.grade()).isEqualTo(3));
    }

    @Test
    void shouldNotUseAGradeThatIsUnknownOrDisagreesOrASeverity() {
        add(PrefetchKeys.ADVERSE_EVENTS, diarrhea("unknown-grade", "C99999"));
        AdverseEvent disagreeing = diarrhea("disagreeing", "C41338");
        disagreeing.addExtension(SRT + "StructureDefinition/ctcae-grade", new IntegerType(3));
        add(PrefetchKeys.ADVERSE_EVENTS, disagreeing);
        AdverseEvent severityOnly = diarrhea("severity-only", "C41338");
        severityOnly.getExtension().removeIf(e -> e.getUrl().equals(AE_GRADE));
        severityOnly.setSeverity(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/adverse-event-severity", "severe", null)));
        add(PrefetchKeys.ADVERSE_EVENTS, severityOnly);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().toxicities()).isEmpty();
        assertThat(mapped.notes()).extracting(DataNote::problem).containsExactly(
                "Toxicity diarrhea: its CTCAE grade (ae-grade) is not a grade code of the mapping (docs/fhir.md): no management advice given for it.",
                "Toxicity diarrhea: its two CTCAE grade extensions disagree: no management advice given for it.",
                "Toxicity diarrhea has no CTCAE grade (1-5) or no phase (acute or late): no management advice given for it.");
    }

    @Test
    void shouldNotGiveAnAdverseEventWithoutPhaseAPhase() {
        AdverseEvent noPhase = diarrhea("no-phase", "C41339");
        noPhase.getExtension().removeIf(e -> e.getUrl().endsWith("toxicity-phase"));
        add(PrefetchKeys.ADVERSE_EVENTS, noPhase);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().toxicities()).isEmpty();
        assertThat(mapped.notes()).singleElement().satisfies(n -> assertThat(n.resource()).isEqualTo("AdverseEvent/no-phase"));
    }

    @Test
    void shouldSkipPotentialAndResolvedAdverseEvents() {
        AdverseEvent potential = diarrhea("potential", "C41339");
        potential.setActuality(AdverseEvent.AdverseEventActuality.POTENTIAL);
        AdverseEvent resolved = diarrhea("resolved", "C41339");
        resolved.setOutcome(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/adverse-event-outcome", "resolved", null)));
        add(PrefetchKeys.ADVERSE_EVENTS, potential);
        add(PrefetchKeys.ADVERSE_EVENTS, resolved);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().toxicities()).isEmpty();
        assertThat(mapped.notes()).isEmpty();
    }

    static ImagingStudy study(String id, String modality, String started) {
        ImagingStudy study = new ImagingStudy();
        study.setId(id);
        study.setStatus(ImagingStudy.ImagingStudyStatus.AVAILABLE);
        study.addModality(new Coding(DCM, modality, null));
        study.setStartedElement(new DateTimeType(started));
        return study;
    }

    @Test
    void shouldNameAnUnreportedImagingStudyOnACardWithoutGuessingTracerOrFindings() {
        add(PrefetchKeys.IMAGING, study("pet", "PT", "2024-05-02T09:30:00+02:00"));
        ImagingStudy psma = study("psma", "PT", "2024-05-20");
        psma.addProcedureCode(new CodeableConcept(new Coding(SRT + "CodeSystem/imaging", "psma-pet", null)));
        add(PrefetchKeys.IMAGING, psma);
        ImagingStudy withdrawn = study("withdrawn", "CT", "2024-05-21");
        withdrawn.setStatus(ImagingStudy.ImagingStudyStatus.ENTEREDINERROR);
        add(PrefetchKeys.IMAGING, withdrawn);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().imaging()).isEmpty();
        assertThat(mapped.notes()).extracting(DataNote::problem).containsExactly(
                "Imaging study (DICOM modality PT) of 2024-05-02 has no findings (an ImagingStudy carries none) and no report in "
                        + "the prefetch: not used. Send its report as a DiagnosticReport with coded findings (conclusionCode).",
                "PSMA PET of 2024-05-20 has no findings (an ImagingStudy carries none) and no report in the prefetch: not used. "
                        + "Send its report as a DiagnosticReport with coded findings (conclusionCode).");
    }

    @Test
    void shouldReadTheReportOfAStudyAndNotNameTheStudyAgain() {
        add(PrefetchKeys.IMAGING, study("mr", "MR", "2024-05-02"));
        DiagnosticReport report = new DiagnosticReport();
        report.setId("mr-report");
        report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
        report.setCode(new CodeableConcept(new Coding(FhirStandardCodesTest.SNOMED, "719178004", null)));
        report.setEffective(new DateTimeType("2024-05-02"));
        report.addConclusionCode(new CodeableConcept(new Coding(SRT + "CodeSystem/imaging-finding", "no-disease", null)));
        report.addImagingStudy(new Reference("ImagingStudy/mr"));
        add(PrefetchKeys.IMAGING, report);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().imaging()).singleElement().satisfies(s -> assertThat(s.modality().name()).isEqualTo("MRI"));
        assertThat(mapped.notes()).isEmpty();

        report.setStatus(DiagnosticReport.DiagnosticReportStatus.ENTEREDINERROR); // a withdrawn report covers nothing
        assertThat(map().notes()).singleElement().satisfies(n -> assertThat(n.resource()).isEqualTo("ImagingStudy/mr"));
    }
}
