package org.srtguide.dose.dicom;

import java.util.Set;

/** The DICOM tags the dose check reads (PS3.3 C.8.8.3 RT Dose, C.8.8.4 RT DVH, C.8.8.5 Structure Set, C.8.8.6 ROI Contour). */
public final class Tags {
    private Tags() {
    }

    public static final int TRANSFER_SYNTAX_UID = 0x00020010;
    public static final int SOP_INSTANCE_UID = 0x00080018;
    public static final int MODALITY = 0x00080060;
    public static final int REFERENCED_SOP_INSTANCE_UID = 0x00081155;
    public static final int FRAME_OF_REFERENCE_UID = 0x00200052;
    public static final int REFERENCED_FRAME_OF_REFERENCE_SEQUENCE = 0x30060010;
    public static final int IMAGE_POSITION_PATIENT = 0x00200032;
    public static final int IMAGE_ORIENTATION_PATIENT = 0x00200037;
    public static final int NUMBER_OF_FRAMES = 0x00280008;
    public static final int ROWS = 0x00280010;
    public static final int COLUMNS = 0x00280011;
    public static final int PIXEL_SPACING = 0x00280030;
    public static final int BITS_ALLOCATED = 0x00280100;
    public static final int PIXEL_REPRESENTATION = 0x00280103;
    public static final int PIXEL_DATA = 0x7FE00010;
    public static final int GRID_FRAME_OFFSET_VECTOR = 0x3004000C;
    public static final int DOSE_GRID_SCALING = 0x3004000E;
    public static final int ROI_CONTOUR_SEQUENCE = 0x30060039;
    public static final int CONTOUR_SEQUENCE = 0x30060040;
    public static final int CONTOUR_GEOMETRIC_TYPE = 0x30060042;
    public static final int CONTOUR_DATA = 0x30060050;
    public static final int DVH_TYPE = 0x30040001;
    public static final int DOSE_UNITS = 0x30040002;
    public static final int DVH_SEQUENCE = 0x30040050;
    public static final int DVH_DOSE_SCALING = 0x30040052;
    public static final int DVH_VOLUME_UNITS = 0x30040054;
    public static final int DVH_NUMBER_OF_BINS = 0x30040056;
    public static final int DVH_DATA = 0x30040058;
    public static final int DVH_REFERENCED_ROI_SEQUENCE = 0x30040060;
    public static final int DVH_ROI_CONTRIBUTION_TYPE = 0x30040062;
    public static final int STRUCTURE_SET_ROI_SEQUENCE = 0x30060020;
    public static final int ROI_NUMBER = 0x30060022;
    public static final int ROI_NAME = 0x30060026;
    public static final int ROI_VOLUME = 0x3006002C;
    public static final int REFERENCED_ROI_NUMBER = 0x30060084;
    public static final int REFERENCED_STRUCTURE_SET_SEQUENCE = 0x300C0060;

    static final int ITEM = 0xFFFEE000;
    static final int ITEM_DELIMITATION = 0xFFFEE00D;
    static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    /** Sequences that must be recognised in implicit-VR files, where no VR is written. */
    static final Set<Integer> KNOWN_SEQUENCES = Set.of(DVH_SEQUENCE, DVH_REFERENCED_ROI_SEQUENCE, STRUCTURE_SET_ROI_SEQUENCE,
            REFERENCED_STRUCTURE_SET_SEQUENCE, ROI_CONTOUR_SEQUENCE, CONTOUR_SEQUENCE, 0x30060016 /* Contour Image */,
            0x30060012 /* RT Referenced Study */, 0x30060014 /* RT Referenced Series */, 0x30060086 /* RT ROI Identification Code */, 0x30060080 /* RT ROI Observations */,
            REFERENCED_FRAME_OF_REFERENCE_SEQUENCE, 0x300C0002 /* Referenced RT Plan */, 0x00081115, 0x00081140);

    static String name(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }
}
