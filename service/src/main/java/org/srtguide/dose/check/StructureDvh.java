package org.srtguide.dose.check;

import org.srtguide.dose.dvh.Dvh;

/** One structure of the plan, under the name the planning system gave it. */
public record StructureDvh(String name, Dvh dvh) {
}
