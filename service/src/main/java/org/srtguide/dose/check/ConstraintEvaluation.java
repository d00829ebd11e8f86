package org.srtguide.dose.check;

import static org.srtguide.dose.dvh.Dvh.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.srtguide.dose.check.ConstraintResult.Basis;
import org.srtguide.dose.check.ConstraintResult.Kind;
import org.srtguide.dose.constraints.Constraint;
import org.srtguide.dose.constraints.ReferenceFractionation;
import org.srtguide.dose.constraints.ValueUnit;
import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.Metric;
import org.srtguide.dose.dvh.Reading;
import org.srtguide.dose.dvh.VolumeUnit;
import org.srtguide.dose.lq.Lq;

/** One constraint evaluated on the current plan. */
final class ConstraintEvaluation {
    final Constraint c;
    final ReferenceFractionation ref;
    final Plan plan;
    final Optional<StructureDvh> structure;
    String matchProblem;
    String evaluatedMetric;
    Reading reading;
    Basis basis = Basis.PHYSICAL;
    double ideal;
    Double acceptable;
    Double convertedLimit;
    Double convertedAcceptable;
    String conversionNote;
    /** The reference course a converted row used (null when the set applies unchanged). */
    String referenceCourse;
    /** This plan's dose metric in Gy, also when the row compares it in % of the prescription. */
    Double physicalGy;

    ConstraintEvaluation(Constraint c, ReferenceFractionation ref, Plan plan, String[] planKeys, boolean convert) {
        this.c = c;
        this.ref = ref;
        this.plan = plan;
        this.structure = match(c.names(), planKeys);
        this.ideal = c.ideal();
        this.acceptable = c.acceptable();
        this.evaluatedMetric = c.metric().name();
        structure.ifPresent(s -> read(s.dvh(), ref, convert));
    }

    private Optional<StructureDvh> match(List<String> names, String[] planKeys) {
        Set<String> keys = StructureNames.keys(names);
        List<StructureDvh> found = new ArrayList<>(1);
        for (int i = 0; i < planKeys.length; i++) {
            if (keys.contains(planKeys[i])) {
                found.add(plan.structures().get(i));
            }
        }
        if (found.size() > 1) {
            matchProblem = "ambiguous: the plan has " + found.stream().map(StructureDvh::name).toList()
                    + " for structure '" + c.structure() + "'";
            return Optional.empty();
        }
        if (found.isEmpty()) {
            matchProblem = "structure '" + c.structure() + "' is not in the plan (names tried: " + names + ")";
        }
        return found.stream().findFirst();
    }

    private void read(Dvh dvh, ReferenceFractionation ref, boolean convert) {
        Metric m = c.metric();
        boolean convertDose = convert && c.unit() == ValueUnit.GY;
        double ab = c.alphaBetaGy();
        switch (m.kind()) {
            case VOLUME_AT_DOSE -> {
                double level = m.parameter();
                if (m.parameterUnit() == Metric.ParameterUnit.PERCENT_OF_PRESCRIPTION) {
                    level = m.parameter() / 100 * plan.totalDoseGy();
                    evaluatedMetric = m.withDoseLevel(level);
                } else if (convert) {
                    level = ref.convert(m.parameter(), plan.fractions(), ab);
                    convertedLimit = level;
                    evaluatedMetric = m.withDoseLevel(level);
                    converted(ref, "dose level " + fmt(m.parameter()) + " Gy converted to " + fmt(level) + " Gy in "
                            + plan.fractions() + " fractions (LQ, α/β " + fmt(ab) + " Gy, ", "); volume limit unchanged");
                }
                reading = dvh.volumeAtDose(level, c.unit() == ValueUnit.CC ? VolumeUnit.CC : VolumeUnit.PERCENT);
            }
            case MEAN -> {
                if (convertDose) {
                    // A physical mean is not LQ-additive: average the EQD2 of each bin's doses exactly.
                    int n = plan.fractions();
                    reading = dvh.mean((lo, hi) -> Lq.meanEqd2OverUniformDose(lo, hi, n, ab), "EQD2 mean");
                    basis = Basis.EQD2;
                    ideal = ref.eqd2(c.ideal(), ab);
                    acceptable = c.acceptable() == null ? null : ref.eqd2(c.acceptable(), ab);
                    convertedLimit = ideal;
                    convertedAcceptable = acceptable;
                    converted(ref, "mean compared in EQD2 (α/β " + fmt(ab) + " Gy): the plan's dose integrated bin by bin over"
                            + " the DVH with " + n + " fractions; the limit " + fmt(c.ideal()) + " Gy is " + fmt(ideal)
                            + " Gy EQD2 (", ")");
                } else {
                    reading = dvh.meanDose();
                }
                reading = asUnit(reading);
            }
            case MAX, DOSE_AT_VOLUME -> {
                Reading gy = m.kind() == Metric.Kind.MAX ? dvh.maxDose()
                        : dvh.doseAtVolume(m.parameter(), m.parameterUnit() == Metric.ParameterUnit.CC ? VolumeUnit.CC : VolumeUnit.PERCENT);
                physicalGy = gy.evaluable() ? gy.value() : null;
                reading = asUnit(gy);
                if (convertDose) {
                    ideal = ref.convert(c.ideal(), plan.fractions(), ab);
                    acceptable = c.acceptable() == null ? null : ref.convert(c.acceptable(), plan.fractions(), ab);
                    convertedLimit = ideal;
                    convertedAcceptable = acceptable;
                    converted(ref, "limit " + fmt(c.ideal()) + " Gy converted to " + fmt(ideal) + " Gy in " + plan.fractions()
                            + " fractions (LQ, α/β " + fmt(ab) + " Gy, ", ")");
                }
            }
        }
    }

    /** Every converted row names the reference course it used, in {@code reason} and {@code referenceCourse}. */
    private void converted(ReferenceFractionation ref, String before, String after) {
        referenceCourse = ref.basis();
        conversionNote = before + referenceCourse + after;
    }

    /** Dose metrics with a % unit are reported as % of the plan's prescription. */
    private Reading asUnit(Reading r) {
        return r.evaluable() && c.unit() == ValueUnit.PERCENT ? Reading.of(100 * r.value() / plan.totalDoseGy()) : r;
    }

    ConstraintResult result() {
        boolean ok = reading != null && reading.evaluable();
        Verdict v = ok ? DoseChecker.verdict(c, reading.value(), ideal, acceptable) : Verdict.NOT_EVALUABLE;
        String reason = !structure.isPresent() ? matchProblem : !ok ? reading.reason() : conversionNote;
        return new ConstraintResult(c.id(), Kind.CONSTRAINT, c.structure(), structure.map(StructureDvh::name).orElse(null),
                c.metric().name(), evaluatedMetric, c.unit().symbol(), basis, ok ? reading.value() : null,
                c.comparator().symbol(), c.ideal(), c.acceptable(), v, reason, convertedLimit, convertedAcceptable,
                c.alphaBetaGy(), structure.map(s -> s.dvh().maxBinWidthGy()).orElse(null), c.source(), c.status(), null,
                referenceCourse);
    }

    /** The current plan's near-max dose in Gy, if read. */
    Optional<Double> physicalValue() {
        return Optional.ofNullable(physicalGy);
    }

    /**
     * A limit of this row as EQD2: a Gy limit from the set's reference course; a % limit is a
     * dose of this plan (that % of its prescription, in its fractions), so it is never converted.
     */
    double limitEqd2(double limit) {
        return c.unit() == ValueUnit.PERCENT
                ? Lq.eqd2(limit / 100 * plan.totalDoseGy(), plan.fractions(), c.alphaBetaGy())
                : ref.eqd2(limit, c.alphaBetaGy());
    }

    /** What {@link #limitEqd2} assumed, for the row's reason. */
    String limitBasis() {
        return c.unit() == ValueUnit.PERCENT
                ? fmt(c.ideal()) + " % of this plan's " + fmt(plan.totalDoseGy()) + " Gy in " + plan.fractions() + " fractions"
                : fmt(c.ideal()) + " Gy, " + ref.basis();
    }
}
