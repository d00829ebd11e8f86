package org.srtguide.dose;

import java.util.List;

import org.srtguide.dose.api.DicomDoseCheckRequest;
import org.srtguide.dose.api.DoseCheckResponse.DvhSource;
import org.srtguide.dose.dvh.DvhCurve;

/**
 * What the audit record keeps of a DICOM dose check: the request, the files' hashes (never their
 * bytes) and the DVHs used, sampled for the plan report's plot (docs/dose-constraints.md §11.6).
 */
record DicomAuditInput(DicomDoseCheckRequest request, String rtdoseSha256, String rtstructSha256, DvhSource dvhSource,
        List<DvhCurve> computedDvhs, List<DvhCurve> importedDvhs) {
}
