package org.srtguide.cds.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.srtguide.assessment.AssessmentRequest;
import org.srtguide.assessment.Codes.Modality;
import org.srtguide.assessment.Codes.ToxicityTerm;

/** The standard codes of the mapping file (docs/fhir.md, "Codes and their sources") read as their meaning. */
class FhirStandardCodesTest {
    static final String SNOMED = "http://snomed.info/sct";
    static final String MEDDRA = "https://www.meddra.org";
    static final String MDRAE = "http://terminology.hl7.org/CodeSystem/MDRAE";
    private final FhirMapping mapping = FhirMapping.load();
    private final PrefetchData data = new PrefetchData();

    FhirStandardCodesTest() {
        add(PrefetchKeys.PSA, AssessmentMapperTest.psa("p1", "2024-03-01", "0.21", "ng/mL"));
    }

    private void add(String key, Resource resource) {
        data.add(key, resource);
    }

    private AssessmentMapper.Mapped map() {
        return data.map();
    }

    private void snomedProstatectomy() {
        var rp = AssessmentMapperTest.procedure("rp", "unused", "2022-01-10");
        rp.setCode(new CodeableConcept(new Coding(SNOMED, "26294005", "Radical prostatectomy (procedure)")));
        add(PrefetchKeys.PROCEDURES, rp);
    }

    @Test
    void shouldReadASnomedCodedRadicalProstatectomyAsProstatectomy() {
        snomedProstatectomy();
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().primaryTreatment().name()).isEqualTo("PROSTATECTOMY");
        assertThat(mapped.request().primaryTreatmentDate()).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(mapped.notes()).isEmpty();
    }

    @Test
    void shouldReadLoinc83112AsAPsaMassConcentration() {
        snomedProstatectomy();
        Observation immunoassay = AssessmentMapperTest.psa("p2", "2024-05-01", "0.3", "ng/mL");
        immunoassay.setCode(new CodeableConcept(new Coding("http://loinc.org", "83112-3", null)));
        add(PrefetchKeys.PSA, immunoassay);
        assertThat(map().request().psa()).extracting(AssessmentRequest.Psa::date)
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = { MEDDRA, MDRAE })
    void shouldReadAMeddraCodedDiarrheaAsDiarrhea(String system) {
        snomedProstatectomy();
        add(PrefetchKeys.CONDITIONS, condition("tox", new Coding(system, "10012727", "Diarrhea")));
        assertThat(map().request().toxicities()).singleElement().satisfies(t -> {
            assertThat(t.term()).isEqualTo(ToxicityTerm.DIARRHEA);
            assertThat(t.grade()).isEqualTo(2);
        });
    }

    @Test
    void shouldNotGuessTheTermOfAMeddraPreferredTermThatIsNotTheCtcaeTerm() {
        snomedProstatectomy();
        add(PrefetchKeys.CONDITIONS, condition("pt", new Coding(MEDDRA, "10012735", "Diarrhoea")));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().toxicities()).isEmpty();
        assertThat(mapped.notes()).singleElement().satisfies(n -> assertThat(n.resource()).isEqualTo("Condition/pt"));
    }

    @Test
    void shouldMapEveryCtcaeTermOnceUnderEachMeddraSystem() {
        for (String system : List.of(MEDDRA, MDRAE)) {
            List<String> meanings = mapping.toxicityTerms().stream().filter(c -> c.system().equals(system))
                    .map(FhirMapping.Concept::meaning).toList();
            assertThat(meanings).as(system).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(ToxicityTerm.values()).map(Enum::name).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "719178004", "75691003" })
    void shouldReadASnomedCodedProstateMriReportAsMri(String code) {
        snomedProstatectomy();
        DiagnosticReport report = new DiagnosticReport();
        report.setId("mri");
        report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
        report.setCode(new CodeableConcept(new Coding(SNOMED, code, null)));
        report.setEffective(new DateTimeType("2024-05-02"));
        report.addConclusionCode(new CodeableConcept(new Coding(AssessmentMapperTest.SRT + "CodeSystem/imaging-finding", "prostate-bed", null)));
        add(PrefetchKeys.IMAGING, report);
        assertThat(map().request().imaging()).singleElement().satisfies(s -> assertThat(s.modality()).isEqualTo(Modality.MRI));
    }

    @Test
    void shouldNeverMatchAnEntryMarkedUnverified() {
        var unverified = new FhirMapping.Concept("http://loinc.org", "2857-1", "PSA", "test entry", false);
        var verified = new FhirMapping.Concept("http://loinc.org", "2857-1", "PSA", "test entry", null);
        CodeableConcept psa = new CodeableConcept(new Coding("http://loinc.org", "2857-1", null));
        assertThat(FhirMapping.meaning(List.of(unverified), psa)).isEmpty();
        assertThat(FhirMapping.meaning(List.of(verified), psa)).contains("PSA");
        assertThat(FhirMapping.tokens(List.of(unverified, verified))).isEqualTo("http://loinc.org|2857-1");
    }

    static Condition condition(String id, Coding term) {
        Condition c = new Condition();
        c.setId(id);
        c.setCode(new CodeableConcept(term));
        c.addExtension(AssessmentMapperTest.SRT + "StructureDefinition/ctcae-grade", new IntegerType(2));
        c.addExtension(AssessmentMapperTest.SRT + "StructureDefinition/toxicity-phase", new CodeType("ACUTE"));
        return c;
    }
}
