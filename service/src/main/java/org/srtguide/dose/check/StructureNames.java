package org.srtguide.dose.check;

import java.util.List;
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
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    static Set<String> keys(List<String> names) {
        return names.stream().map(StructureNames::normalise).collect(Collectors.toSet());
    }
}
