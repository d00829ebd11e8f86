package org.srtguide.cds.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.srtguide.cds.fhir.AssessmentMapperTest.AS_OF;
import static org.srtguide.cds.fhir.AssessmentMapperTest.SRT;
import static org.srtguide.cds.fhir.AssessmentMapperTest.procedure;
import static org.srtguide.cds.fhir.AssessmentMapperTest.psa;

import java.time.LocalDate;
import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.srtguide.api.UnprocessableException;
import org.srtguide.api.Violation;

/**
 * Only completed procedures and final (or amended, corrected) results are used; the others are skipped when
 * they hold nothing, else named on a card with their status (FHIR R4 event-status, observation-status,
 * diagnostic-report-status; docs/fhir.md).
 */
class FhirStatusTest {
    private final PrefetchData data = new PrefetchData();

    FhirStatusTest() {
        add(PrefetchKeys.PROCEDURES, procedure("rp", "radical-prostatectomy", "2022-01-10"));
        add(PrefetchKeys.PSA, psa("p1", "2024-03-01", "0.21", "ng/mL"));
    }

    private void add(String key, Resource resource) {
        data.add(key, resource);
    }

    private AssessmentMapper.Mapped map() {
        return data.map();
    }

    private static Procedure salvage(ProcedureStatus status) {
        Procedure p = procedure("srt", "salvage-radiotherapy", "2023-05-02");
        p.setStatus(status);
        return p;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "IN_PROGRESS | 'in-progress' (still under way): not used. Once it is completed, record it as completed",
        "ON_HOLD     | 'on-hold' (interrupted, expected to resume): not used. Once it is completed",
        "STOPPED     | 'stopped' (ended before completion): not used. If it was in fact completed, record it as completed",
        "UNKNOWN     | 'unknown' (the sending system does not know whether it was done): not used. If it was done, record it as completed" })
    void shouldNameASalvageRadiotherapyThatIsNotCompletedAndNotCountIt(String status, String text) {
        add(PrefetchKeys.PROCEDURES, salvage(ProcedureStatus.fromCode(status.toLowerCase().replace('_', '-'))));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().previousSalvageRadiotherapy()).isFalse();
        assertThat(mapped.request().previousSalvageRadiotherapyDate()).isNull();
        assertThat(mapped.notes()).singleElement().satisfies(n -> {
            assertThat(n.resource()).isEqualTo("Procedure/srt");
            assertThat(n.problem()).startsWith("Salvage radiotherapy of 2023-05-02 has status " + text);
        });
    }

    @Test
    void shouldNameAProcedureWithoutStatus() {
        add(PrefetchKeys.PROCEDURES, salvage(null));
        assertThat(map().notes()).singleElement().satisfies(n -> assertThat(n.problem())
                .isEqualTo("Salvage radiotherapy of 2023-05-02 has no status: not used. If it was done, record it as completed: "
                        + "it is then used."));
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = { "PREPARATION", "NOTDONE", "ENTEREDINERROR" })
    void shouldSkipASalvageRadiotherapyThatDidNotTakePlaceWithoutACard(ProcedureStatus status) {
        add(PrefetchKeys.PROCEDURES, salvage(status));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().previousSalvageRadiotherapy()).isFalse();
        assertThat(mapped.notes()).isEmpty();
    }

    @Test
    void shouldNotTakeAStoppedProstatectomyAsThePrimaryTreatmentButTheCompletedRadiotherapyAfterIt() {
        data.set(PrefetchKeys.PROCEDURES);
        Procedure stopped = procedure("rp-stopped", "radical-prostatectomy", "2021-03-01");
        stopped.setStatus(ProcedureStatus.STOPPED);
        add(PrefetchKeys.PROCEDURES, stopped);
        add(PrefetchKeys.PROCEDURES, procedure("rt", "prostate-radiotherapy", "2021-06-01"));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().primaryTreatment().name()).isEqualTo("RADIOTHERAPY");
        assertThat(mapped.request().primaryTreatmentDate()).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(mapped.notes()).singleElement().satisfies(n -> assertThat(n.problem())
                .startsWith("Prostatectomy of 2021-03-01 has status 'stopped'"));
    }

    @Test
    void shouldRefuseToDecideWhenTheOnlyPrimaryTreatmentIsInProgressAndNameIt() {
        Procedure ongoing = procedure("rt", "prostate-radiotherapy", "2024-05-20");
        ongoing.setStatus(ProcedureStatus.INPROGRESS);
        data.set(PrefetchKeys.PROCEDURES, ongoing);
        assertThatThrownBy(this::map).isInstanceOf(UnprocessableException.class).satisfies(e -> {
            List<Violation> violations = ((UnprocessableException) e).violations();
            assertThat(violations).extracting(Violation::field).containsExactly("prefetch.procedures", "Procedure/rt");
            assertThat(violations.get(0).message()).contains("no usable completed and dated radical prostatectomy");
            assertThat(violations.get(1).message()).startsWith("Prostate radiotherapy of 2024-05-20 has status 'in-progress'");
        });
    }

    @ParameterizedTest
    @EnumSource(value = ObservationStatus.class, names = { "FINAL", "AMENDED", "CORRECTED" })
    void shouldUseAFinalAmendedOrCorrectedPsaResult(ObservationStatus status) {
        Observation result = psa("p2", "2024-04-01", "0.3", "ng/mL");
        result.setStatus(status);
        add(PrefetchKeys.PSA, result);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().psa()).hasSize(2);
        assertThat(mapped.notes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "PRELIMINARY | has status 'preliminary' (an interim result that may still change): not used. It is used once it is reported as final.",
        "UNKNOWN     | has status 'unknown' (the sending system does not know whether it is final): not used. It is used once it is reported as final.",
        "NULL        | has no status: not used. It is used once it is reported as final." })
    void shouldNameAPsaResultThatIsNotFinal(String status, String text) {
        Observation result = psa("p2", "2024-04-01", "0.3", "ng/mL");
        result.setStatus("NULL".equals(status) ? null : ObservationStatus.valueOf(status));
        add(PrefetchKeys.PSA, result);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().psa()).extracting(p -> p.date()).containsExactly(LocalDate.of(2024, 3, 1));
        assertThat(mapped.notes()).singleElement().satisfies(n -> {
            assertThat(n.resource()).isEqualTo("Observation/p2");
            assertThat(n.problem()).isEqualTo("PSA result of 2024-04-01 " + text);
        });
    }

    @ParameterizedTest
    @EnumSource(value = ObservationStatus.class, names = { "REGISTERED", "CANCELLED", "ENTEREDINERROR" })
    void shouldSkipAPsaObservationThatHoldsNoResultWithoutACard(ObservationStatus status) {
        Observation result = psa("p2", "2024-04-01", "0.3", "ng/mL");
        result.setStatus(status);
        add(PrefetchKeys.PSA, result);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().psa()).hasSize(1);
        assertThat(mapped.notes()).isEmpty();
    }

    @Test
    void shouldNameAPreliminaryPathologyResultAndNotUseIt() {
        Observation gg = new Observation();
        gg.setId("gg");
        gg.setStatus(ObservationStatus.PRELIMINARY);
        gg.setCode(new CodeableConcept(new Coding("http://example.org/local", "GLEASON-GG", null)));
        gg.setValue(new CodeableConcept(new Coding("http://snomed.info/sct", "1279720000", null)));
        add(PrefetchKeys.PATHOLOGY, gg);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().gradeGroup()).isNull();
        assertThat(mapped.notes()).singleElement().satisfies(n -> assertThat(n.problem())
                .startsWith("Pathology result (grade group) (undated) has status 'preliminary'"));

        gg.setStatus(ObservationStatus.CANCELLED);
        assertThat(map().notes()).isEmpty();
        gg.setStatus(ObservationStatus.CORRECTED);
        assertThat(map().request().gradeGroup()).isEqualTo(5);
    }

    private static DiagnosticReport pet(DiagnosticReportStatus status) {
        DiagnosticReport report = new DiagnosticReport();
        report.setId("pet");
        report.setStatus(status);
        report.setCode(new CodeableConcept(new Coding(SRT + "CodeSystem/imaging", "psma-pet", null)));
        report.setEffective(new DateTimeType("2024-05-02"));
        report.addConclusionCode(new CodeableConcept(new Coding(SRT + "CodeSystem/imaging-finding", "no-disease", null)));
        return report;
    }

    @ParameterizedTest
    @EnumSource(value = DiagnosticReportStatus.class, names = { "FINAL", "AMENDED", "CORRECTED", "APPENDED" })
    void shouldReadAReleasedImagingReport(DiagnosticReportStatus status) {
        add(PrefetchKeys.IMAGING, pet(status));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().imaging()).hasSize(1);
        assertThat(mapped.notes()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DiagnosticReportStatus.class, names = { "PARTIAL", "PRELIMINARY", "UNKNOWN" })
    void shouldNameAnInterimImagingReportAndNotReadIt(DiagnosticReportStatus status) {
        add(PrefetchKeys.IMAGING, pet(status));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().imaging()).isEmpty();
        assertThat(mapped.notes()).singleElement().satisfies(n -> assertThat(n.problem())
                .startsWith("Imaging report of 2024-05-02 has status '" + status.toCode() + "'"));
    }

    @ParameterizedTest
    @EnumSource(value = DiagnosticReportStatus.class, names = { "REGISTERED", "CANCELLED", "ENTEREDINERROR" })
    void shouldSkipAnImagingReportThatHoldsNothingWithoutACard(DiagnosticReportStatus status) {
        add(PrefetchKeys.IMAGING, pet(status));
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().imaging()).isEmpty();
        assertThat(mapped.notes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "unconfirmed, false", "provisional, false", "differential, false", "confirmed, true", ", true" })
    void shouldGiveToxicityAdviceOnlyForAConditionNotLeftUnconfirmed(String verification, boolean used) {
        Condition toxicity = FhirStandardCodesTest.condition("tox", new Coding(SRT + "CodeSystem/ctcae-term", "DIARRHEA", null));
        if (verification != null) {
            toxicity.setVerificationStatus(new CodeableConcept(
                    new Coding("http://terminology.hl7.org/CodeSystem/condition-ver-status", verification, null)));
        }
        add(PrefetchKeys.CONDITIONS, toxicity);
        AssessmentMapper.Mapped mapped = map();
        assertThat(mapped.request().toxicities()).hasSize(used ? 1 : 0);
        assertThat(mapped.notes()).hasSize(used ? 0 : 1).allSatisfy(n -> assertThat(n.problem())
                .isEqualTo("Toxicity has verification status '" + verification + "' (not confirmed): no management advice "
                        + "given for it. If it is confirmed, record it as confirmed."));
    }
}
