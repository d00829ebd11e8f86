package org.srtguide.cds.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.srtguide.cds.fhir.AssessmentMapperTest.AS_OF;
import static org.srtguide.cds.fhir.AssessmentMapperTest.procedure;
import static org.srtguide.cds.fhir.AssessmentMapperTest.psa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.srtguide.api.UnprocessableException;
import org.srtguide.api.Violation;

/**
 * Procedures that are neither the primary treatment nor a prior salvage radiotherapy are named on a card,
 * never silently dropped and never guessed into either (docs/fhir.md).
 */
class FhirTreatmentTest {
    private final AssessmentMapper mapper = new AssessmentMapper(FhirMapping.load());
    private final List<Resource> procedures = new ArrayList<>();

    private AssessmentMapper.Mapped map() {
        return mapper.map(new Prefetch(Map.of(PrefetchKeys.PROCEDURES, procedures,
                PrefetchKeys.PSA, List.of(psa("p1", "2024-03-01", "0.21", "ng/mL")))), AS_OF, "hook-1");
    }

    private static Procedure withStatus(Procedure procedure, Procedure.ProcedureStatus status) {
        procedure.setStatus(status);
        return procedure;
    }

    @Test
    void shouldNameARadiotherapyAfterTheProstatectomyAsAdjuvantOrSalvageWithoutGuessingWhich() {
        procedures.add(procedure("rp", "radical-prostatectomy", "2022-01-10"));
        procedures.add(procedure("rt", "prostate-radiotherapy", "2023-05-02"));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().primaryTreatment().name()).isEqualTo("PROSTATECTOMY");
        assertThat(mapped.request().primaryTreatmentDate()).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(mapped.request().previousSalvageRadiotherapy()).isFalse();
        assertThat(mapped.request().previousSalvageRadiotherapyDate()).isNull();
        assertThat(mapped.notes()).singleElement().satisfies(n -> {
            assertThat(n.resource()).isEqualTo("Procedure/rt");
            assertThat(n.problem()).startsWith("Prostate radiotherapy of 2023-05-02 after the prostatectomy of 2022-01-10: not used.")
                    .contains("adjuvant or salvage", "record it as salvage radiotherapy", "no input for adjuvant");
        });
    }

    @Test
    void shouldNameARadiotherapyAfterAProstatectomyCodedInSnomedCt() {
        Procedure rp = procedure("rp-sct", "radical-prostatectomy", "2022-01-10");
        rp.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "26294005", null)));
        procedures.add(rp);
        procedures.add(procedure("rt", "prostate-radiotherapy", "2023-05-02"));
        assertThat(map().notes()).singleElement().satisfies(n -> assertThat(n.resource()).isEqualTo("Procedure/rt"));
    }

    @Test
    void shouldNotNameARadiotherapyAlsoRecordedAsTheSalvageCourseOfThatDate() {
        procedures.add(procedure("rp", "radical-prostatectomy", "2022-01-10"));
        procedures.add(procedure("rt", "prostate-radiotherapy", "2023-05-02"));
        procedures.add(procedure("srt", "salvage-radiotherapy", "2023-05-02"));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.notes()).isEmpty();
        assertThat(mapped.request().previousSalvageRadiotherapyDate()).isEqualTo(LocalDate.of(2023, 5, 2));
    }

    @Test
    void shouldNameAProstatectomyAfterPrimaryRadiotherapy() {
        procedures.add(procedure("rp", "radical-prostatectomy", "2023-05-02"));
        procedures.add(procedure("rt", "prostate-radiotherapy", "2022-01-10"));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().primaryTreatment().name()).isEqualTo("RADIOTHERAPY");
        assertThat(mapped.request().primaryTreatmentDate()).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(mapped.notes()).singleElement().satisfies(n -> {
            assertThat(n.resource()).isEqualTo("Procedure/rp");
            assertThat(n.problem()).startsWith("Prostatectomy of 2023-05-02 after the prostate radiotherapy of 2022-01-10: not used.")
                    .contains("salvage prostatectomy");
        });
    }

    @Test
    void shouldNameASecondProstatectomyOfAnotherDate() {
        procedures.add(procedure("rp", "radical-prostatectomy", "2022-01-10"));
        procedures.add(procedure("rp2", "radical-prostatectomy", "2022-03-15"));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().primaryTreatmentDate()).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(mapped.notes()).singleElement().satisfies(n -> {
            assertThat(n.resource()).isEqualTo("Procedure/rp2");
            assertThat(n.problem()).startsWith("Prostatectomy of 2022-03-15 after the prostatectomy of 2022-01-10: not used.")
                    .contains("done once");
        });
    }

    @Test
    void shouldNameASecondRadiotherapyAfterPrimaryRadiotherapy() {
        procedures.add(procedure("rt", "prostate-radiotherapy", "2022-01-10"));
        procedures.add(procedure("rt2", "prostate-radiotherapy", "2024-02-01"));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().primaryTreatment().name()).isEqualTo("RADIOTHERAPY");
        assertThat(mapped.notes()).singleElement().satisfies(n -> {
            assertThat(n.resource()).isEqualTo("Procedure/rt2");
            assertThat(n.problem()).startsWith("Prostate radiotherapy of 2024-02-01 after the prostate radiotherapy of 2022-01-10")
                    .contains("record it as salvage radiotherapy");
        });
    }

    @Test
    void shouldUseTwoRecordsOfOneTreatmentOnOneDateWithoutACard() {
        procedures.add(procedure("rp", "radical-prostatectomy", "2022-01-10"));
        Procedure sct = procedure("rp-sct", "radical-prostatectomy", "2022-01-10");
        sct.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "26294005", null)));
        procedures.add(sct);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.notes()).isEmpty();
        assertThat(mapped.request().primaryTreatmentDate()).isEqualTo(LocalDate.of(2022, 1, 10));
    }

    @Test
    void shouldRefuseToPickBetweenAProstatectomyAndARadiotherapyOfTheSameDate() {
        procedures.add(procedure("rp", "radical-prostatectomy", "2022-01-10"));
        procedures.add(procedure("rt", "prostate-radiotherapy", "2022-01-10"));
        procedures.add(procedure("rt-later", "prostate-radiotherapy", "2023-05-02"));
        assertThatThrownBy(this::map).isInstanceOf(UnprocessableException.class).satisfies(e -> {
            List<Violation> violations = ((UnprocessableException) e).violations();
            assertThat(violations.get(0).field()).isEqualTo("prefetch.procedures");
            assertThat(violations).filteredOn(v -> v.message().contains("both dated 2022-01-10"))
                    .extracting(Violation::field).containsExactlyInAnyOrder("Procedure/rp", "Procedure/rt");
            assertThat(violations).filteredOn(v -> v.field().equals("Procedure/rt-later")).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("conflict"));
        });
    }

    @Test
    void shouldSkipProceduresNotDoneOrEnteredInErrorWithoutACard() {
        procedures.add(withStatus(procedure("rp-error", "radical-prostatectomy", "2021-06-01"), Procedure.ProcedureStatus.ENTEREDINERROR));
        procedures.add(procedure("rp", "radical-prostatectomy", "2022-01-10"));
        procedures.add(withStatus(procedure("rt-not-done", "prostate-radiotherapy", "2023-05-02"), Procedure.ProcedureStatus.NOTDONE));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.notes()).isEmpty();
        assertThat(mapped.request().primaryTreatmentDate()).isEqualTo(LocalDate.of(2022, 1, 10));
    }
}
