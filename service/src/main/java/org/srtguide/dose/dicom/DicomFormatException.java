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
    private final String part;

    public DicomFormatException(String message) {
        this(Kind.INVALID, message);
    }

    public DicomFormatException(Kind kind, String message) {
        this(kind, message, null);
    }

    private DicomFormatException(Kind kind, String message, String part) {
        super(message);
        this.kind = kind;
        this.part = part;
    }

    public Kind kind() {
        return kind;
    }

    /** The upload part at fault ({@code rtdose}, {@code rtstruct}), or null when not known. */
    public String part() {
        return part;
    }

    /** This failure attributed to a part, unless it already names one. */
    DicomFormatException in(String uploadPart) {
        return part != null ? this : new DicomFormatException(kind, getMessage(), uploadPart);
    }
}
