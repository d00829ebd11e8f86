package org.srtguide.dose.api;

import java.util.List;

import org.srtguide.dose.constraints.Constraint;
import org.srtguide.dose.constraints.ConstraintSet;
import org.srtguide.dose.constraints.ReferenceFractionation;

/** GET /api/dose-checks/constraint-sets: one set with its fractionation and constraints. */
public record ConstraintSetView(String id, int version, String title, String source, String category, String note,
        ReferenceFractionation fractionation, List<ConstraintView> constraints) {

    public record ConstraintView(String id, String structure, List<String> aliases, String metric, String unit,
            String comparator, double ideal, Double acceptable, double alphaBetaGy, String source, String status, String note,
            Integer priority) {
        static ConstraintView of(Constraint c) {
            return new ConstraintView(c.id(), c.structure(), c.aliases(), c.metric().name(), c.unit().symbol(),
                    c.comparator().symbol(), c.ideal(), c.acceptable(), c.alphaBetaGy(), c.source(), c.status().name(), c.note(),
                    c.priority());
        }
    }

    public static ConstraintSetView of(ConstraintSet s) {
        return new ConstraintSetView(s.id(), s.version(), s.title(), s.source(), s.category().name(), s.note(), s.reference(),
                s.constraints().stream().map(ConstraintView::of).toList());
    }
}
