package org.srtguide.dose;

import org.srtguide.api.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.srtguide.api.Violation;
import org.srtguide.dose.api.DoseCheckRequest;
import org.srtguide.dose.api.DoseCheckRequest.CumulativePolicyInput;
import org.srtguide.dose.api.DoseCheckRequest.PriorCourseInput;
import org.srtguide.dose.api.DoseCheckRequest.StructureInput;
import org.srtguide.dose.check.CumulativePolicy;
import org.srtguide.dose.check.PriorCourse;
import org.srtguide.dose.check.StructureDvh;
import org.srtguide.dose.check.StructureNames;
import org.srtguide.dose.constraints.ConstraintSet;
import org.srtguide.dose.constraints.ConstraintSetRegistry;
import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.Metric;
import org.srtguide.dose.dvh.VolumeUnit;

/**
 * Turns request DTOs (already bean-validated) into domain objects, collecting every cross-field
 * problem with its field path before throwing one {@link InvalidInputException}.
 */
final class RequestMapper {
    private final List<Violation> violations = new ArrayList<>();

    ConstraintSet constraintSet(ConstraintSetRegistry registry, String id) {
        return registry.find(id).orElseGet(() -> {
            violations.add(new Violation("constraintSet", "unknown constraint set '" + id + "'; known: "
                    + registry.all().stream().map(ConstraintSet::id).toList()));
            return null;
        });
    }

    List<StructureDvh> structures(List<StructureInput> inputs) {
        List<StructureDvh> structures = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            StructureInput s = inputs.get(i);
            String at = "structures[" + i + "]";
            Integer first = seen.putIfAbsent(StructureNames.normalise(s.name()), i);
            if (first != null) {
                violations.add(new Violation(at + ".name", "'" + s.name() + "' is the same structure name as structures[" + first + "]"));
                continue;
            }
            boolean pct = s.dvh().volumePercent() != null;
            if (pct == (s.dvh().volumeCc() != null)) {
                violations.add(new Violation(at + ".dvh", "give exactly one of volumePercent and volumeCc"));
                continue;
            }
            try {
                Dvh dvh = Dvh.of(s.dvh().type(), pct ? VolumeUnit.PERCENT : VolumeUnit.CC, toArray(s.dvh().doseGy()),
                        toArray(pct ? s.dvh().volumePercent() : s.dvh().volumeCc()), s.volumeCc());
                structures.add(new StructureDvh(s.name(), dvh));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(at + ".dvh", e.getMessage()));
            }
        }
        return structures;
    }

    List<PriorCourse> priorCourses(List<PriorCourseInput> inputs) {
        List<PriorCourse> courses = new ArrayList<>();
        if (inputs == null) {
            return courses;
        }
        for (int i = 0; i < inputs.size(); i++) {
            PriorCourseInput c = inputs.get(i);
            List<PriorCourse.PriorDose> doses = new ArrayList<>();
            for (int j = 0; j < c.structures().size(); j++) {
                DoseCheckRequest.PriorStructureDose d = c.structures().get(j);
                try {
                    Metric metric = Metric.parse(d.metric());
                    if (!metric.yieldsDose()) {
                        throw new IllegalArgumentException("a prior-course dose must be a dose metric (Dmax, Dxcc or Dx%)");
                    }
                    doses.add(new PriorCourse.PriorDose(d.name(), metric, d.doseGy()));
                } catch (IllegalArgumentException e) {
                    violations.add(new Violation("priorCourses[" + i + "].structures[" + j + "].metric", e.getMessage()));
                }
            }
            courses.add(new PriorCourse(c.label(), c.totalDoseGy(), c.fractions(), c.intervalMonths(), doses));
        }
        return courses;
    }

    CumulativePolicy policy(CumulativePolicyInput input) {
        if (input == null) {
            return CumulativePolicy.PLAIN_SUM;
        }
        try {
            return new CumulativePolicy(input.mode(), input.discountFraction(), input.minimumIntervalMonths());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("cumulativePolicy", e.getMessage()));
            return CumulativePolicy.PLAIN_SUM;
        }
    }

    void add(String field, String message) {
        violations.add(new Violation(field, message));
    }

    /** Throws when anything was wrong. */
    void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
