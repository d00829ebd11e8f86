package org.srtguide.kinetics;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;

/** Runs the PSA rule unit (rules/) over one series; a fresh unit instance per call, always disposed. */
@ApplicationScoped
public class KineticsAnalyzer {
    private final RuleUnit<PsaKineticsUnit> ruleUnit;

    KineticsAnalyzer(RuleUnit<PsaKineticsUnit> ruleUnit) {
        this.ruleUnit = ruleUnit;
    }

    public PsaKinetics analyze(TreatmentContext context, List<PsaValue> values) {
        PsaKineticsUnit data = new PsaKineticsUnit();
        data.getContext().add(context);
        values.forEach(data.getPsaValues()::add);
        try (RuleUnitInstance<PsaKineticsUnit> instance = ruleUnit.createInstance(data)) {
            instance.fire();
            return data.getResult();
        }
    }
}
