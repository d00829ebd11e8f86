package org.srtguide.dose.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Test-only writer of small synthetic DICOM Part 10 files (Explicit or Implicit VR Little Endian).
 * Sequences are written with undefined length in implicit mode and defined length in explicit mode,
 * so both layouts are exercised.
 */
public final class DicomWriter {
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OW", "SQ", "UN", "UT");

    /** One element: text value with a VR, or a sequence of items. */
    public record El(int tag, String vr, String text, List<List<El>> items) {
        public static El of(int tag, String vr, String text) {
            return new El(tag, vr, text, null);
        }

        @SafeVarargs
        static El seq(int tag, List<El>... items) {
            return new El(tag, "SQ", null, List.of(items));
        }
    }

    public static byte[] file(String transferSyntax, List<El> dataSet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        byte[] ts = elements(List.of(El.of(Tags.TRANSFER_SYNTAX_UID, "UI", transferSyntax)), true);
        // (0002,0000) UL: the length of the meta group after it.
        out.writeBytes(tag(0x00020000));
        out.writeBytes(new byte[] {'U', 'L', 4, 0});
        out.writeBytes(u32(ts.length));
        out.writeBytes(ts);
        out.writeBytes(elements(dataSet, !transferSyntax.equals(DicomReader.IMPLICIT_LE)));
        return out.toByteArray();
    }

    public static byte[] elements(List<El> elements, boolean explicit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (El e : elements) {
            out.writeBytes(tag(e.tag()));
            if (e.items() != null) {
                byte[] content = items(e.items(), explicit);
                if (explicit) {
                    out.writeBytes("SQ".getBytes(StandardCharsets.US_ASCII));
                    out.writeBytes(new byte[2]);
                    out.writeBytes(u32(content.length));
                    out.writeBytes(content);
                } else {
                    out.writeBytes(u32(0xFFFFFFFFL));
                    out.writeBytes(content);
                    out.writeBytes(tag(Tags.SEQUENCE_DELIMITATION));
                    out.writeBytes(u32(0));
                }
                continue;
            }
            byte[] value = e.text() == null ? new byte[0] : e.text().getBytes(StandardCharsets.ISO_8859_1);
            if (value.length % 2 == 1) {
                value = Arrays.copyOf(value, value.length + 1);
                value[value.length - 1] = (byte) (e.vr().equals("UI") ? 0 : ' ');
            }
            if (explicit) {
                out.writeBytes(e.vr().getBytes(StandardCharsets.US_ASCII));
                if (LONG_VRS.contains(e.vr())) {
                    out.writeBytes(new byte[2]);
                    out.writeBytes(u32(value.length));
                } else {
                    out.write(value.length & 0xFF);
                    out.write(value.length >>> 8);
                }
            } else {
                out.writeBytes(u32(value.length));
            }
            out.writeBytes(value);
        }
        return out.toByteArray();
    }

    private static byte[] items(List<List<El>> items, boolean explicit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (List<El> item : items) {
            byte[] content = elements(item, explicit);
            out.writeBytes(tag(Tags.ITEM));
            if (explicit) {
                out.writeBytes(u32(content.length));
                out.writeBytes(content);
            } else {
                out.writeBytes(u32(0xFFFFFFFFL));
                out.writeBytes(content);
                out.writeBytes(tag(Tags.ITEM_DELIMITATION));
                out.writeBytes(u32(0));
            }
        }
        return out.toByteArray();
    }

    private static byte[] tag(int tag) {
        return new byte[] {(byte) (tag >>> 16), (byte) (tag >>> 24), (byte) tag, (byte) (tag >>> 8)};
    }

    private static byte[] u32(long v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    /** A minimal RT Structure Set with the given (number, name, volume or null) ROIs. */
    public static byte[] structureSet(String transferSyntax, String sopUid, Object[]... rois) {
        List<List<El>> items = new ArrayList<>();
        for (Object[] roi : rois) {
            List<El> item = new ArrayList<>(List.of(El.of(Tags.ROI_NUMBER, "IS", roi[0].toString()), El.of(Tags.ROI_NAME, "LO", (String) roi[1])));
            if (roi[2] != null) {
                item.add(El.of(Tags.ROI_VOLUME, "DS", roi[2].toString()));
            }
            items.add(item);
        }
        return file(transferSyntax, List.of(El.of(Tags.SOP_INSTANCE_UID, "UI", sopUid), El.of(Tags.MODALITY, "CS", "RTSTRUCT"),
                new El(Tags.STRUCTURE_SET_ROI_SEQUENCE, "SQ", null, items)));
    }

    /** One DVH Sequence item. */
    public static List<El> dvhItem(int roi, String type, String volumeUnits, String scaling, String data) {
        int bins = data.split("\\\\").length / 2;
        return List.of(
                El.seq(Tags.DVH_REFERENCED_ROI_SEQUENCE, List.of(El.of(Tags.REFERENCED_ROI_NUMBER, "IS", String.valueOf(roi)),
                        El.of(Tags.DVH_ROI_CONTRIBUTION_TYPE, "CS", "INCLUDED"))),
                El.of(Tags.DVH_TYPE, "CS", type), El.of(Tags.DOSE_UNITS, "CS", "GY"), El.of(Tags.DVH_DOSE_SCALING, "DS", scaling),
                El.of(Tags.DVH_VOLUME_UNITS, "CS", volumeUnits), El.of(Tags.DVH_NUMBER_OF_BINS, "IS", String.valueOf(bins)),
                El.of(Tags.DVH_DATA, "DS", data));
    }

    /** An RT Dose with a DVH Sequence (and a small pixel-data element the reader must skip). */
    @SafeVarargs
    public static byte[] rtDose(String transferSyntax, String structUid, List<El>... dvhItems) {
        return file(transferSyntax, List.of(El.of(Tags.MODALITY, "CS", "RTDOSE"),
                El.seq(Tags.REFERENCED_STRUCTURE_SET_SEQUENCE, List.of(El.of(Tags.REFERENCED_SOP_INSTANCE_UID, "UI", structUid))),
                new El(Tags.DVH_SEQUENCE, "SQ", null, List.of(dvhItems)),
                El.of(0x7FE00010, "OW", "\u0001\u0000\u0002\u0000")));
    }
}
