package org.srtguide.cds.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.srtguide.api.UnprocessableException;
import org.srtguide.assessment.AssessmentRequest;

/** The FHIR → assessment mapping, one rule at a time, without the service (docs/fhir.md). */
class AssessmentMapperTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 10);
    static final String SRT = "https://srtguide.org/fhir/";
    private final PrefetchData data = new PrefetchData();

    AssessmentMapperTest() {
        add(PrefetchKeys.PROCEDURES, procedure("rp", "radical-prostatectomy", "2022-01-10"));
        add(PrefetchKeys.PSA, psa("p1", "2024-03-01", "0.21", "ng/mL"));
    }

    private void add(String key, Resource resource) {
        data.add(key, resource);
    }

    private AssessmentMapper.Mapped map() {
        return data.map();
    }

    static Observation psa(String id, String date, String value, String unit) {
        Observation o = new Observation();
        o.setId(id);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept(new Coding("http://loinc.org", "2857-1", null)));
        o.setEffective(new DateTimeType(date));
        Quantity q = new Quantity().setValue(new BigDecimal(value));
        if (unit != null) {
            q.setSystem("http://unitsofmeasure.org").setCode(unit);
        }
        o.setValue(q);
        return o;
    }

    static Procedure procedure(String id, String code, String date) {
        Procedure p = new Procedure();
        p.setId(id);
        p.setStatus(Procedure.ProcedureStatus.COMPLETED);
        p.setCode(new CodeableConcept(new Coding(SRT + "CodeSystem/procedure", code, null)));
        p.setPerformed(new DateTimeType(date));
        return p;
    }

    @Test
    void shouldReadALessThanComparatorAsBelowTheDetectionLimitAndUgPerLitreAsNgPerMillilitre() {
        Observation below = psa("p0", "2022-02-28", "0.03", "ug/L");
        below.getValueQuantity().setComparator(Quantity.QuantityComparator.LESS_THAN);
        add(PrefetchKeys.PSA, below);
        AssessmentRequest request = map().request();
        assertThat(request.psa()).anySatisfy(p -> {
            assertThat(p.value()).isEqualByComparingTo("0.03");
            assertThat(p.reportedBelowLimit()).isTrue();
        });
        assertThat(request.primaryTreatment().name()).isEqualTo("PROSTATECTOMY");
        assertThat(request.primaryTreatmentDate()).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(request.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void shouldNotGuessAnUnknownUnit() {
        add(PrefetchKeys.PSA, psa("p2", "2024-04-01", "0.3", "ng/dL"));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().psa()).hasSize(1);
        assertThat(mapped.notes()).singleElement().satisfies(n -> {
            assertThat(n.resource()).isEqualTo("Observation/p2");
            assertThat(n.problem()).contains("unit other than ng/mL or ug/L");
        });
    }

    @Test
    void shouldNotReadAGreaterThanComparator() {
        Observation above = psa("p2", "2024-04-01", "100", "ng/mL");
        above.getValueQuantity().setComparator(Quantity.QuantityComparator.GREATER_THAN);
        add(PrefetchKeys.PSA, above);
        assertThat(map().notes()).singleElement().satisfies(n -> assertThat(n.problem()).contains("'>'"));
    }

    @Test
    void shouldLeaveOutDisagreeingResultsOfOneDate() {
        add(PrefetchKeys.PSA, psa("p2", "2024-03-01", "0.35", "ng/mL"));
        add(PrefetchKeys.PSA, psa("p3", "2024-04-01", "0.4", "ng/mL"));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().psa()).extracting(AssessmentRequest.Psa::date).containsExactly(LocalDate.of(2024, 4, 1));
        assertThat(mapped.notes()).extracting(DataNote::resource).containsExactlyInAnyOrder("Observation/p1", "Observation/p2");
    }

    @Test
    void shouldLeaveOutImplausibleAndLateAndImpreciseResults() {
        add(PrefetchKeys.PSA, psa("huge", "2024-04-01", "20000", "ng/mL"));
        add(PrefetchKeys.PSA, psa("late", "2024-07-01", "0.5", "ng/mL"));
        add(PrefetchKeys.PSA, psa("month", "2024-05", "0.5", "ng/mL"));
        assertThat(map().notes()).extracting(DataNote::problem).containsExactlyInAnyOrder(
                "PSA result of 2024-04-01 is outside 0 to 10 000 ng/mL: not used (check the unit).",
                "PSA result is dated after the reference date 2024-06-10: not used.",
                "PSA result is dated only to the month: not used.");
    }

    @Test
    void shouldReadPt3bAsSeminalVesicleInvasionAndNotMapPt4() {
        Observation pt = new Observation();
        pt.setId("pt");
        pt.setStatus(Observation.ObservationStatus.FINAL);
        pt.setCode(new CodeableConcept(new Coding("http://loinc.org", "21899-0", null)));
        pt.setValue(new CodeableConcept(new Coding("http://cancerstaging.org", "pT3b", null)));
        add(PrefetchKeys.PATHOLOGY, pt);
        assertThat(map().request().seminalVesicleInvasion()).isTrue();

        pt.setValue(new CodeableConcept(new Coding("http://cancerstaging.org", "pT4", null)));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().seminalVesicleInvasion()).isNull();
        assertThat(mapped.notes()).singleElement().satisfies(n -> assertThat(n.resource()).isEqualTo("Observation/pt"));
    }

    @Test
    void shouldReadAGradeGroupByItsSnomedValueWhateverTheCode() {
        Observation gg = new Observation();
        gg.setId("gg");
        gg.setStatus(Observation.ObservationStatus.FINAL);
        gg.setCode(new CodeableConcept(new Coding("http://example.org/local", "GLEASON-GG", null)));
        gg.setValue(new CodeableConcept(new Coding("http://snomed.info/sct", "1279720000", null)));
        add(PrefetchKeys.PATHOLOGY, gg);
        assertThat(map().request().gradeGroup()).isEqualTo(5);
    }

    @Test
    void shouldGiveNoToxicityAdviceWithoutGradeOrPhaseAndNameAnUncodedAdverseEventAndAnUnreportedImagingStudy() {
        Condition noGrade = new Condition();
        noGrade.setId("tox");
        noGrade.setCode(new CodeableConcept(new Coding(SRT + "CodeSystem/ctcae-term", "DIARRHEA", null)));
        noGrade.addExtension(SRT + "StructureDefinition/toxicity-phase", new CodeType("ACUTE"));
        add(PrefetchKeys.CONDITIONS, noGrade);
        AdverseEvent event = new AdverseEvent();
        event.setId("ae");
        add(PrefetchKeys.CONDITIONS, event);
        ImagingStudy study = new ImagingStudy();
        study.setId("img");
        add(PrefetchKeys.IMAGING, study);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().toxicities()).isEmpty();
        assertThat(mapped.request().imaging()).isEmpty();
        assertThat(mapped.notes()).extracting(DataNote::resource)
                .containsExactlyInAnyOrder("Condition/tox", "AdverseEvent/ae", "ImagingStudy/img");

        noGrade.addExtension(SRT + "StructureDefinition/ctcae-grade", new IntegerType(2));
        assertThat(map().request().toxicities()).singleElement().satisfies(t -> assertThat(t.grade()).isEqualTo(2));
    }

    @Test
    void shouldReportAConditionWithAGradeButNoPhaseRatherThanFail() {
        Condition noPhase = new Condition();
        noPhase.setId("no-phase");
        noPhase.setCode(new CodeableConcept(new Coding(SRT + "CodeSystem/ctcae-term", "PROCTITIS", null)));
        noPhase.addExtension(SRT + "StructureDefinition/ctcae-grade", new IntegerType(2));
        add(PrefetchKeys.CONDITIONS, noPhase);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().toxicities()).isEmpty();
        assertThat(mapped.notes()).singleElement().satisfies(n -> assertThat(n.resource()).isEqualTo("Condition/no-phase"));
    }

    @Test
    void shouldReadAPriorSalvageRadiotherapy() {
        add(PrefetchKeys.PROCEDURES, procedure("srt", "salvage-radiotherapy", "2023-05-01"));
        AssessmentRequest request = map().request();
        assertThat(request.previousSalvageRadiotherapy()).isTrue();
        assertThat(request.previousSalvageRadiotherapyDate()).isEqualTo(LocalDate.of(2023, 5, 1));
    }

    @Test
    void shouldRefuseToDecideWithoutAPrimaryTreatment() {
        data.remove(PrefetchKeys.PROCEDURES);
        assertThatThrownBy(this::map).isInstanceOf(UnprocessableException.class)
                .satisfies(e -> assertThat(((UnprocessableException) e).violations().get(0).field()).isEqualTo("prefetch.procedures"));
    }
}
