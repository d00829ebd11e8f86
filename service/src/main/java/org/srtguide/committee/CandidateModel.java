package org.srtguide.committee;

import java.util.List;

/**
 * One model of a candidate set: the submitted model (normalised to DMN 1.5) or the deployed one it
 * did not replace. {@code deployedXml} is null for a model that is not deployed yet.
 */
record CandidateModel(String name, String namespace, String xml, String deployedXml, boolean submitted,
        String submittedVersion, List<String> normalisation) {

    boolean changed() {
        return !xml.equals(deployedXml);
    }
}
