package org.srtguide.decision;

import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.NamedElement;

/** What a DMN model holds, read from its definitions: the one place that walks the model's element tree. */
public final class ModelIndex {
    private ModelIndex() {
    }

    /**
     * The name of the decision or business knowledge model an element (a decision table, a rule)
     * belongs to: the nearest named ancestor below the definitions; null if there is none.
     */
    public static String ownerName(DMNModelInstrumentedBase element) {
        for (DMNModelInstrumentedBase e = element; e != null; e = e.getParent()) {
            if (e instanceof NamedElement named && !(e instanceof Definitions)) {
                return named.getName();
            }
        }
        return null;
    }
}
