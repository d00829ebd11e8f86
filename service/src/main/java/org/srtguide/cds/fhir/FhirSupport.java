package org.srtguide.cds.fhir;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import ca.uhn.fhir.context.FhirContext;

/**
 * One {@link FhirContext} for the service: creating it scans the whole R4 model (seconds), and it is
 * thread-safe once built. The mapping file is read once as well.
 */
public class FhirSupport {

    @Produces
    @Singleton
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }

    @Produces
    @Singleton
    FhirMapping mapping() {
        return FhirMapping.load();
    }
}
