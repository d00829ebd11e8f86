package org.srtguide.dose.dicom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A deliberately small DICOM Part 10 reader: file meta information, then a data set in Implicit or
 * Explicit VR Little Endian, Explicit VR Big Endian (retired, still exported) or RLE Lossless, with
 * sequences of defined or undefined length. Values are kept as raw bytes in the file's byte order
 * ({@link DicomObject#bigEndian()}); encapsulated pixel data keeps its fragments ({@link RleDecoder}).
 * Any other transfer syntax is refused naming it. (dcm4che, the intended library, is not served by
 * the registry this project builds from.)
 */
public final class DicomReader {
    public static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    public static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    public static final String EXPLICIT_BE = "1.2.840.10008.1.2.2";
    public static final String RLE_LOSSLESS = "1.2.840.10008.1.2.5";
    private static final Set<String> READABLE = Set.of(IMPLICIT_LE, EXPLICIT_LE, EXPLICIT_BE, RLE_LOSSLESS);
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");
    private static final long UNDEFINED = 0xFFFFFFFFL;

    private final byte[] b;
    private int pos;
    private boolean explicit = true;
    private boolean bigEndian;

    private DicomReader(byte[] bytes) {
        this.b = bytes;
    }

    /** Parses a Part 10 file (128-byte preamble, "DICM", meta group, data set). */
    public static DicomObject read(byte[] bytes) {
        if (bytes.length < 132 || !"DICM".equals(new String(bytes, 128, 4, StandardCharsets.US_ASCII))) {
            throw new DicomFormatException("not a DICOM Part 10 file (no 'DICM' after the 128-byte preamble)");
        }
        DicomReader r = new DicomReader(bytes);
        r.pos = 132;
        DicomObject meta = new DicomObject(false);
        while (r.pos + 4 <= bytes.length && r.u16le(r.pos) == 0x0002) {
            r.element(meta);
        }
        String ts = meta.string(Tags.TRANSFER_SYNTAX_UID)
                .orElseThrow(() -> new DicomFormatException("the file meta information has no Transfer Syntax UID"));
        if (!READABLE.contains(ts)) {
            throw new DicomFormatException(DicomFormatException.Kind.UNSUPPORTED_TRANSFER_SYNTAX, "transfer syntax " + ts
                    + " is not supported (Implicit or Explicit VR Little Endian, Explicit VR Big Endian, RLE Lossless)");
        }
        r.explicit = !ts.equals(IMPLICIT_LE);
        r.bigEndian = ts.equals(EXPLICIT_BE);
        DicomObject data = new DicomObject(r.bigEndian);
        while (r.pos < bytes.length) {
            r.element(data);
        }
        return data;
    }

    private void element(DicomObject into) {
        int tag = tag();
        String vr;
        long length;
        if (explicit || (tag >>> 16) == 0x0002) {
            need(2);
            vr = new String(b, pos, 2, StandardCharsets.US_ASCII);
            pos += 2;
            if (LONG_VRS.contains(vr)) {
                pos += 2;
                length = u32();
            } else {
                need(2);
                length = u16(pos);
                pos += 2;
            }
        } else {
            length = u32();
            vr = Tags.KNOWN_SEQUENCES.contains(tag) || length == UNDEFINED ? "SQ" : "UN";
        }
        if (vr.equals("SQ") || (length == UNDEFINED && vr.equals("UN"))) {
            into.putSequence(tag, items(length));
        } else if (length == UNDEFINED) {
            into.putFragments(tag, fragments());
        } else {
            need(length);
            byte[] value = new byte[(int) length];
            System.arraycopy(b, pos, value, 0, value.length);
            pos += value.length;
            into.put(tag, value);
        }
    }

    private List<DicomObject> items(long length) {
        List<DicomObject> items = new ArrayList<>();
        long end = length == UNDEFINED ? Long.MAX_VALUE : pos + length;
        while (pos < end) {
            int tag = tag();
            long itemLength = u32();
            if (tag == Tags.SEQUENCE_DELIMITATION) {
                break;
            }
            if (tag != Tags.ITEM) {
                throw new DicomFormatException("expected a sequence item at offset " + (pos - 8) + ", found " + Tags.name(tag));
            }
            DicomObject item = new DicomObject(bigEndian);
            if (itemLength == UNDEFINED) {
                while (true) {
                    need(4);
                    if (tag(pos) == Tags.ITEM_DELIMITATION) {
                        pos += 8;
                        break;
                    }
                    element(item);
                }
            } else {
                need(itemLength);
                long itemEnd = pos + itemLength;
                while (pos < itemEnd) {
                    element(item);
                }
            }
            items.add(item);
        }
        return items;
    }

    /** Encapsulated data of undefined length: items of defined length up to a sequence delimiter. */
    private List<byte[]> fragments() {
        List<byte[]> fragments = new ArrayList<>();
        while (true) {
            int tag = tag();
            long length = u32();
            if (tag == Tags.SEQUENCE_DELIMITATION) {
                return fragments;
            }
            need(length);
            fragments.add(Arrays.copyOfRange(b, pos, pos + (int) length));
            pos += (int) length;
        }
    }

    private int tag() {
        need(4);
        int t = tag(pos);
        pos += 4;
        return t;
    }

    private int tag(int at) {
        return (u16(at) << 16) | u16(at + 2);
    }

    private int u16(int at) {
        // bigEndian is set after the meta group, which is always little endian.
        return bigEndian ? u16be(at) : u16le(at);
    }

    private int u16le(int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private int u16be(int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private long u32() {
        need(4);
        long v = bigEndian
                ? (b[pos] & 0xFFL) << 24 | (b[pos + 1] & 0xFFL) << 16 | (b[pos + 2] & 0xFFL) << 8 | (b[pos + 3] & 0xFFL)
                : (b[pos] & 0xFFL) | (b[pos + 1] & 0xFFL) << 8 | (b[pos + 2] & 0xFFL) << 16 | (b[pos + 3] & 0xFFL) << 24;
        pos += 4;
        return v;
    }

    private void need(long n) {
        if (n < 0 || pos + n > b.length) {
            throw new DicomFormatException("the file is truncated at offset " + pos);
        }
    }
}
