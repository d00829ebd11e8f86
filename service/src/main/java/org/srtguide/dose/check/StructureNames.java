package org.srtguide.dose.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Structure-name matching: case-insensitive and blind to spaces, '_', '-' and other punctuation,
 * so "Bladder-CTV", "bladder_ctv" and "BLADDER CTV" are one name.
 */
public final class StructureNames {
    private StructureNames() {
    }

    public static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static Set<String> keys(List<String> names) {
        return names.stream().map(StructureNames::normalise).collect(Collectors.toSet());
    }
}
