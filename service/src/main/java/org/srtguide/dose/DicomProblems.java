package org.srtguide.dose;

import java.util.List;

import org.srtguide.api.InvalidInputException;
import org.srtguide.api.UnprocessableException;
import org.srtguide.api.UnsupportedMediaException;
import org.srtguide.api.Violation;
import org.srtguide.dose.dicom.DicomFormatException;

/** A DICOM file the check cannot use, as the answer for it: 400 malformed, 415 transfer syntax, 422 geometry or units. */
final class DicomProblems {
    private DicomProblems() {
    }

    static RuntimeException of(DicomFormatException e) {
        String part = e.part() == null ? "rtdose/rtstruct" : e.part();
        List<Violation> violations = List.of(new Violation(part, e.getMessage()));
        return switch (e.kind()) {
            case INVALID -> new InvalidInputException(violations);
            case UNSUPPORTED_TRANSFER_SYNTAX -> new UnsupportedMediaException("The '" + part + "' file is encoded in a DICOM"
                    + " transfer syntax the dose check does not read; no check was made.", violations);
            case UNPROCESSABLE -> new UnprocessableException("DICOM content not supported",
                    "The '" + part + "' file is valid DICOM, but the dose check cannot compute DVHs from it; no check was made.",
                    violations);
        };
    }
}
