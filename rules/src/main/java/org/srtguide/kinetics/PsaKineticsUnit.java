package org.srtguide.kinetics;

import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

/** Rule unit data: the PSA values and treatment context in, the derived kinetics out. */
public class PsaKineticsUnit implements RuleUnitData {
    private final DataStore<PsaValue> psaValues;
    private final DataStore<TreatmentContext> context;
    private final PsaKinetics result;

    public PsaKineticsUnit() {
        this(DataSource.createStore(), DataSource.createStore(), new PsaKinetics());
    }

    public PsaKineticsUnit(DataStore<PsaValue> psaValues, DataStore<TreatmentContext> context, PsaKinetics result) {
        this.psaValues = psaValues;
        this.context = context;
        this.result = result;
    }

    public DataStore<PsaValue> getPsaValues() {
        return psaValues;
    }

    public DataStore<TreatmentContext> getContext() {
        return context;
    }

    public PsaKinetics getResult() {
        return result;
    }
}
