package org.srtguide.dose.dicom;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed data set: raw values by tag, and item lists for sequences. */
public final class DicomObject {
    private final Map<Integer, byte[]> values = new LinkedHashMap<>();
    private final Map<Integer, List<DicomObject>> sequences = new LinkedHashMap<>();
    private final Map<Integer, List<byte[]>> fragments = new LinkedHashMap<>();
    private final boolean bigEndian;

    DicomObject(boolean bigEndian) {
        this.bigEndian = bigEndian;
    }

    /** Whether binary values (US, UL, OW …) are stored big endian (Explicit VR Big Endian). */
    public boolean bigEndian() {
        return bigEndian;
    }

    void put(int tag, byte[] value) {
        values.put(tag, value);
    }

    void putSequence(int tag, List<DicomObject> items) {
        sequences.put(tag, items);
    }

    void putFragments(int tag, List<byte[]> items) {
        fragments.put(tag, items);
    }

    /** A binary value as stored (in the file's byte order). */
    public Optional<byte[]> bytes(int tag) {
        return Optional.ofNullable(values.get(tag));
    }

    /** The fragments of an encapsulated value (e.g. RLE pixel data), without the offset table. */
    public List<byte[]> fragments(int tag) {
        List<byte[]> all = fragments.getOrDefault(tag, List.of());
        return all.isEmpty() ? all : all.subList(1, all.size());
    }

    /** A US value (unsigned 16 bits). */
    public Optional<Integer> unsignedShort(int tag) {
        byte[] v = values.get(tag);
        if (v == null || v.length < 2) {
            return Optional.empty();
        }
        return Optional.of(bigEndian ? (v[0] & 0xFF) << 8 | (v[1] & 0xFF) : (v[0] & 0xFF) | (v[1] & 0xFF) << 8);
    }

    public boolean contains(int tag) {
        return values.containsKey(tag) || sequences.containsKey(tag) || fragments.containsKey(tag);
    }

    /** A text value without padding (first value if multi-valued). */
    public Optional<String> string(int tag) {
        return strings(tag).filter(v -> v.length > 0).map(v -> v[0]);
    }

    /** All backslash-separated values of a text element (DS, IS, CS, LO, UI …). */
    public Optional<String[]> strings(int tag) {
        byte[] raw = values.get(tag);
        if (raw == null) {
            return Optional.empty();
        }
        String s = new String(raw, StandardCharsets.ISO_8859_1).replace("\0", "").strip();
        return Optional.of(s.isEmpty() ? new String[0] : Arrays.stream(s.split("\\\\")).map(String::strip).toArray(String[]::new));
    }

    /** A DS/IS value as a number. */
    public Optional<Double> number(int tag) {
        return string(tag).map(v -> parse(v, tag));
    }

    /** All DS values as numbers. */
    public Optional<double[]> numbers(int tag) {
        return strings(tag).map(v -> Arrays.stream(v).mapToDouble(x -> parse(x, tag)).toArray());
    }

    public List<DicomObject> sequence(int tag) {
        return sequences.getOrDefault(tag, List.of());
    }

    private static double parse(String v, int tag) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new DicomFormatException(String.format("element %s holds '%s', not a number", Tags.name(tag), v));
        }
    }
}
