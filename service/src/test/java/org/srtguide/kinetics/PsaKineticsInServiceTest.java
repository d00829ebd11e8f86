package org.srtguide.kinetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.junit.jupiter.api.Test;
import org.srtguide.kinetics.TreatmentContext.PrimaryTreatment;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves the rules/ to service code-generation path: the DRL copied from rules/src/main/drl is
 * compiled by Kogito into an injectable RuleUnit, and the analyzer runs it.
 */
@QuarkusTest
class PsaKineticsInServiceTest {
    static final LocalDate PROSTATECTOMY = LocalDate.of(2020, 1, 1);

    @Inject
    RuleUnit<PsaKineticsUnit> ruleUnit;

    @Inject
    KineticsAnalyzer analyzer;

    // 0.1 / 0.15 / 0.2 at days 100 / 161 / 222 after prostatectomy: equally spaced h = 61 / 30.4375
    // months, slope = ln(0.2 / 0.1) / 2h, PSADT = 2h = 122 / 30.4375 = 4.0082135523 months.
    static final List<PsaValue> SERIES = List.of(
            new PsaValue(PROSTATECTOMY.plusDays(100), 0.1),
            new PsaValue(PROSTATECTOMY.plusDays(161), 0.15),
            new PsaValue(PROSTATECTOMY.plusDays(222), 0.2));

    @Test
    void shouldCalculatePsadtWithTheGeneratedRuleUnit() {
        PsaKineticsUnit data = new PsaKineticsUnit();
        data.getContext().add(context());
        SERIES.forEach(data.getPsaValues()::add);

        try (RuleUnitInstance<PsaKineticsUnit> instance = ruleUnit.createInstance(data)) {
            instance.fire();
        }

        assertThat(data.getResult().getPsadtReason()).isEqualTo(PsadtReason.CALCULATED);
        assertThat(data.getResult().getPsaDoublingTimeMonths()).isCloseTo(4.0082135523, within(1e-9));
    }

    @Test
    void shouldReturnTheKineticsFromTheAnalyzer() {
        PsaKinetics kinetics = analyzer.analyze(context(), SERIES);

        assertThat(kinetics.getPsaDoublingTimeMonths()).isCloseTo(4.0082135523, within(1e-9));
        assertThat(kinetics.getLatestValue()).isEqualTo(0.2);
        assertThat(kinetics.getSeries()).hasSize(3);
    }

    @Test
    void shouldKeepSeparateCallsApart() {
        analyzer.analyze(context(), SERIES);

        PsaKinetics second = analyzer.analyze(context(), List.of(new PsaValue(PROSTATECTOMY.plusDays(100), 0.05)));

        assertThat(second.getSeries()).hasSize(1);
        assertThat(second.getPsadtReason()).isEqualTo(PsadtReason.TOO_FEW_VALUES);
    }

    private static TreatmentContext context() {
        return new TreatmentContext(PrimaryTreatment.PROSTATECTOMY, PROSTATECTOMY, LocalDate.of(2021, 1, 1));
    }
}
