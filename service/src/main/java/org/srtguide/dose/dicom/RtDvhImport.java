package org.srtguide.dose.dicom;

import java.util.List;

import org.srtguide.dose.check.StructureDvh;

/** Structures read from an RT Dose DVH Sequence, and how each was interpreted. */
public record RtDvhImport(List<StructureDvh> structures, List<String> notes) {
}
