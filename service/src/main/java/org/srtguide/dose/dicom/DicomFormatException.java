package org.srtguide.dose.dicom;

/** A file that is not DICOM, uses an unsupported encoding, or lacks what the DVH import needs. */
public final class DicomFormatException extends RuntimeException {
    public DicomFormatException(String message) {
        super(message);
    }
}
