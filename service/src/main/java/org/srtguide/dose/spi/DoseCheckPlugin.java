package org.srtguide.dose.spi;

import java.util.List;

import org.srtguide.dose.check.Plan;
import org.srtguide.dose.constraints.ConstraintSet;

/**
 * Extension point for checks that are not a table lookup (e.g. a gradient or an NTCP model).
 * Implementations are found with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/org.srtguide.dose.spi.DoseCheckPlugin} entry in a jar on the class path
 * or in {@code srt.dose.plugin-dir}) or as CDI beans. Their findings are reported next to the set's
 * own rows; a plugin that throws yields a NOT_EVALUABLE row, never a silent pass.
 */
public interface DoseCheckPlugin {

    /** A stable id; result rows are named {@code <id>:<checkId>}. */
    String id();

    /** Whether this plugin has anything to say for the set; all sets by default. */
    default boolean appliesTo(ConstraintSet set) {
        return true;
    }

    List<PluginFinding> evaluate(Plan plan, ConstraintSet set);
}
