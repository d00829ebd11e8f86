package org.srtguide.dose.check;

import static org.srtguide.dose.dvh.Dvh.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.srtguide.dose.check.ConstraintResult.Basis;
import org.srtguide.dose.check.ConstraintResult.Kind;
import org.srtguide.dose.constraints.Constraint;
import org.srtguide.dose.constraints.ConstraintSet;
import org.srtguide.dose.constraints.ValueUnit;
import org.srtguide.dose.dvh.Metric;
import org.srtguide.dose.lq.Lq;
import org.srtguide.dose.spi.DoseCheckPlugin;
import org.srtguide.dose.spi.PluginFinding;

/**
 * Checks a plan against a constraint set: reads each metric from the DVH, converts dose levels with
 * the LQ model when the plan's fractionation is not the set's, adds prior courses for near-max
 * metrics, and appends plugin findings. Pure Java: no CDI, no I/O, thread-safe.
 */
public final class DoseChecker {
    private final List<DoseCheckPlugin> plugins;
    private final double nearMaxVolumeCc;

    /**
     * @param nearMaxVolumeCc the largest Dxcc counted as a near-max metric for cumulative dose
     *     (configuration, see docs/dose-constraints.md)
     */
    public DoseChecker(List<DoseCheckPlugin> plugins, double nearMaxVolumeCc) {
        this.plugins = List.copyOf(plugins);
        this.nearMaxVolumeCc = nearMaxVolumeCc;
    }

    public CheckReport check(ConstraintSet set, Plan plan, List<PriorCourse> priorCourses, CumulativePolicy policy) {
        boolean convert = !set.reference().matches(plan.totalDoseGy(), plan.fractions());
        String[] planKeys = plan.structures().stream().map(s -> StructureNames.normalise(s.name())).toArray(String[]::new);
        List<ConstraintResult> results = new ArrayList<>();
        for (Constraint c : set.constraints()) {
            ConstraintEvaluation e = new ConstraintEvaluation(c, set.reference(), plan, planKeys, convert);
            results.add(e.result());
            if (!priorCourses.isEmpty() && isNearMax(c)) {
                cumulative(e, priorCourses, policy).ifPresent(results::add);
            }
        }
        for (DoseCheckPlugin plugin : plugins) {
            if (plugin.appliesTo(set)) {
                results.addAll(pluginResults(plugin, plan, set));
            }
        }
        return new CheckReport(set, convert, List.copyOf(results), CheckReport.Summary.of(results));
    }

    /** Dmax or a small Dxcc, in Gy or in % of the prescription (both are physical doses of this plan). */
    private boolean isNearMax(Constraint c) {
        Metric m = c.metric();
        return m.kind() == Metric.Kind.MAX || m.kind() == Metric.Kind.DOSE_AT_VOLUME
                && m.parameterUnit() == Metric.ParameterUnit.CC && m.parameter() <= nearMaxVolumeCc;
    }

    static Verdict verdict(Constraint c, double value, double ideal, Double acceptable) {
        if (c.comparator().satisfied(value, ideal)) {
            return Verdict.PER_PROTOCOL;
        }
        return acceptable != null && c.comparator().satisfied(value, acceptable)
                ? Verdict.VARIATION_ACCEPTABLE : Verdict.DEVIATION_UNACCEPTABLE;
    }

    private Optional<ConstraintResult> cumulative(ConstraintEvaluation e, List<PriorCourse> courses, CumulativePolicy policy) {
        Constraint c = e.c;
        Set<String> keys = StructureNames.keys(c.names());
        List<PriorCourse> naming = courses.stream()
                .filter(pc -> pc.doses().stream().anyMatch(d -> keys.contains(StructureNames.normalise(d.structure())))).toList();
        if (naming.isEmpty()) {
            return Optional.empty();
        }
        double ab = c.alphaBetaGy();
        List<String> problems = new ArrayList<>();
        List<CumulativeDetail.Contribution> contributions = new ArrayList<>();
        for (PriorCourse pc : naming) {
            List<PriorCourse.PriorDose> doses = pc.doses().stream()
                    .filter(d -> keys.contains(StructureNames.normalise(d.structure())) && d.metric().sameAs(c.metric())).toList();
            if (doses.isEmpty()) {
                problems.add("prior course '" + pc.label() + "' gives " + c.structure() + " but not as " + c.metric().name());
                continue;
            }
            if (doses.size() > 1) {
                problems.add("ambiguous: prior course '" + pc.label() + "' gives " + c.metric().name() + " for "
                        + doses.stream().map(PriorCourse.PriorDose::structure).toList() + " for structure '" + c.structure() + "'");
                continue;
            }
            double physical = doses.get(0).doseGy();
            double eqd2 = Lq.eqd2(physical, pc.fractions(), ab);
            double discount = policy.discountFor(pc);
            contributions.add(new CumulativeDetail.Contribution(pc.label(), c.metric().name(), physical, eqd2,
                    discount, eqd2 * (1 - discount)));
        }
        if (e.physicalValue().isEmpty()) {
            problems.add(0, "this plan's " + c.metric().name() + " cannot be read: " + e.result().reason());
        }
        if (!problems.isEmpty()) {
            return Optional.of(cumulativeRow(c, e, null, Verdict.NOT_EVALUABLE, String.join("; ", problems), null));
        }
        return Optional.of(sum(c, e, contributions, policy, ab));
    }

    private ConstraintResult sum(Constraint c, ConstraintEvaluation e, List<CumulativeDetail.Contribution> contributions,
            CumulativePolicy policy, double ab) {
        double current = Lq.eqd2(e.physicalValue().orElseThrow(), e.plan.fractions(), ab);
        double total = current + contributions.stream().mapToDouble(CumulativeDetail.Contribution::countedEqd2Gy).sum();
        double limit = e.limitEqd2(c.ideal());
        Double acceptable = c.acceptable() == null ? null : e.limitEqd2(c.acceptable());
        boolean discounted = contributions.stream().anyMatch(x -> x.discountFraction() > 0);
        StringBuilder reason = new StringBuilder("cumulative EQD2 (α/β ").append(fmt(ab)).append(" Gy, worst-case overlap): this plan ")
                .append(fmt(current));
        contributions.forEach(x -> reason.append(" + '").append(x.label()).append("' ").append(fmt(x.countedEqd2Gy())));
        reason.append(" = ").append(fmt(total)).append(" Gy vs limit ").append(fmt(limit)).append(" Gy EQD2 (")
                .append(e.limitBasis()).append(')');
        reason.append(discounted
                ? "; RECOVERY DISCOUNT APPLIED by request (no validated pelvic recovery model, docs/dose-constraints.md §5)"
                : "; plain sum, no recovery assumed");
        CumulativeDetail detail = new CumulativeDetail(ab, current, List.copyOf(contributions), total, limit, acceptable,
                policy.mode(), discounted);
        return cumulativeRow(c, e, total, verdict(c, total, limit, acceptable), reason.toString(), detail);
    }

    /** Cumulative rows are EQD2 doses in Gy, whatever the unit of the row they extend. */
    private static ConstraintResult cumulativeRow(Constraint c, ConstraintEvaluation e, Double value, Verdict v, String reason,
            CumulativeDetail detail) {
        return new ConstraintResult(c.id() + "/cumulative", Kind.CUMULATIVE, c.structure(),
                e.structure.map(StructureDvh::name).orElse(null), c.metric().name(), c.metric().name(), ValueUnit.GY.symbol(),
                Basis.EQD2, value, c.comparator().symbol(), c.ideal(), c.acceptable(), v, reason,
                detail == null ? null : detail.limitEqd2Gy(), detail == null ? null : detail.acceptableLimitEqd2Gy(),
                c.alphaBetaGy(), null, c.source(), c.status(), detail,
                c.unit() == ValueUnit.PERCENT ? null : e.ref.basis());
    }

    private static List<ConstraintResult> pluginResults(DoseCheckPlugin plugin, Plan plan, ConstraintSet set) {
        List<PluginFinding> findings;
        try {
            findings = plugin.evaluate(plan, set);
        } catch (RuntimeException ex) {
            return List.of(new ConstraintResult(plugin.id() + ":error", Kind.PLUGIN, null, null, null, null, null, null,
                    null, null, null, null, Verdict.NOT_EVALUABLE, "plugin '" + plugin.id() + "' failed: " + ex.getMessage(),
                    null, null, null, null, "plugin " + plugin.id(), null, null, null));
        }
        return findings.stream().map(f -> new ConstraintResult(plugin.id() + ":" + f.checkId(), Kind.PLUGIN, f.structure(),
                f.structure(), f.metric(), f.metric(), f.unit(), Basis.PHYSICAL, f.value(), null, f.limit(), null,
                f.verdict(), f.reason(), null, null, null, null,
                f.source() != null ? f.source() : "plugin " + plugin.id(), null, null, null)).toList();
    }
}
