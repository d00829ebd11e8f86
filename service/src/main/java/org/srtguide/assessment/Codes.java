package org.srtguide.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Enumeration codes of the public contract (docs/api.md); unknown codes are rejected with a 400. Public for
 * the CDS Hooks service, which builds the same request from FHIR data (docs/fhir.md).
 */
public final class Codes {
    private Codes() {
    }

    public enum PrimaryTreatment { PROSTATECTOMY, RADIOTHERAPY }

    public enum PathologicalNodes {
        @JsonProperty("pN0") PN0("pN0"),
        @JsonProperty("pNx") PNX("pNx"),
        @JsonProperty("pN1") PN1("pN1");

        final String code;

        PathologicalNodes(String code) {
            this.code = code;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    public enum Modality { PSMA_PET, FLUCICLOVINE_PET, CHOLINE_PET, MRI, CT, BONE_SCAN }

    public enum Finding { NO_DISEASE, PROSTATE_BED, PELVIC_NODES, EXTRAPELVIC_NODES, BONE, VISCERAL, EQUIVOCAL }

    public enum ToxicityTerm {
        CYSTITIS_NONINFECTIVE, URINARY_FREQUENCY, URINARY_URGENCY, URINARY_INCONTINENCE, URINARY_RETENTION,
        HEMATURIA, DIARRHEA, PROCTITIS, RECTAL_HEMORRHAGE, FATIGUE, ERECTILE_DYSFUNCTION
    }

    public enum Phase { ACUTE, LATE }
}
