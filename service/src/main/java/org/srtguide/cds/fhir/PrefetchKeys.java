package org.srtguide.cds.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The prefetch templates of the service (CDS Hooks discovery), built from the mapping file so that what
 * is asked for and what is understood cannot drift apart.
 */
@ApplicationScoped
public class PrefetchKeys {
    public static final String PATIENT = "patient";
    public static final String PSA = "psa";
    public static final String PROCEDURES = "procedures";
    public static final String PATHOLOGY = "pathology";
    public static final String IMAGING = "imaging";
    public static final String CONDITIONS = "conditions";
    public static final String ADVERSE_EVENTS = "adverseEvents";
    static final String PATIENT_ID = "{{context.patientId}}";

    private final Map<String, String> templates;

    PrefetchKeys(FhirMapping mapping) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(PATIENT, "Patient/" + PATIENT_ID);
        t.put(PSA, "Observation?patient=" + PATIENT_ID + "&code=" + FhirMapping.tokens(mapping.psa()) + "&_sort=date");
        t.put(PROCEDURES, "Procedure?patient=" + PATIENT_ID + "&code=" + FhirMapping.tokens(mapping.procedures()));
        t.put(PATHOLOGY, "Observation?patient=" + PATIENT_ID + "&code=" + FhirMapping.tokens(mapping.pathologyCodes()));
        t.put(IMAGING, "DiagnosticReport?patient=" + PATIENT_ID + "&code=" + FhirMapping.tokens(mapping.imagingCodes()));
        t.put(CONDITIONS, "Condition?patient=" + PATIENT_ID + "&code=" + FhirMapping.tokens(mapping.toxicityTerms()));
        // R4 AdverseEvent has no patient search parameter; its subject may also be a Group or a Practitioner
        t.put(ADVERSE_EVENTS, "AdverseEvent?subject=Patient/" + PATIENT_ID + "&event=" + FhirMapping.tokens(mapping.toxicityTerms()));
        this.templates = Collections.unmodifiableMap(t);
    }

    /** Key → FHIR query template, in discovery order. */
    public Map<String, String> templates() {
        return templates;
    }

    /** The query for one patient: the template with its id filled in, every parameter value URL-encoded. */
    String query(String key, String patientId) {
        String template = templates.get(key);
        int q = template.indexOf('?');
        if (q < 0) {
            return template.replace(PATIENT_ID, encode(patientId));
        }
        StringBuilder out = new StringBuilder(template.substring(0, q + 1));
        for (String parameter : template.substring(q + 1).split("&")) {
            int eq = parameter.indexOf('=');
            if (out.charAt(out.length() - 1) != '?') {
                out.append('&');
            }
            out.append(parameter, 0, eq + 1).append(encode(parameter.substring(eq + 1).replace(PATIENT_ID, patientId)));
        }
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
