package org.srtguide.dose.dicom;

/**
 * A DICOM file the dose check cannot use. {@link Kind} says why, so that the HTTP layer can answer
 * 400 (malformed or incomplete), 415 (transfer syntax not read) or 422 (well-formed, but a geometry or
 * unit the DVH computation does not handle).
 */
public final class DicomFormatException extends RuntimeException {
    /** Why a file cannot be used. */
    public enum Kind { INVALID, UNSUPPORTED_TRANSFER_SYNTAX, UNPROCESSABLE }

    private final Kind kind;

    public DicomFormatException(String message) {
        this(Kind.INVALID, message);
    }

    public DicomFormatException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
