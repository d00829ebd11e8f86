package org.srtguide.cds.fhir;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.logging.Logger;
import org.srtguide.api.UnavailableException;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;

/**
 * Fetches the prefetch keys a CDS client did not send from its {@code fhirServer}, with the access token
 * of {@code fhirAuthorization} (CDS Hooks 2.0, "FHIR resource access"). Search results are followed
 * through their {@code next} links up to {@value #MAX_PAGES} pages.
 */
@ApplicationScoped
public class FhirServerFetcher {
    private static final Logger LOG = Logger.getLogger(FhirServerFetcher.class);
    static final int MAX_PAGES = 20;

    private final FhirContext fhir;
    private final PrefetchKeys keys;

    FhirServerFetcher(FhirContext fhir, PrefetchKeys keys) {
        this.fhir = fhir;
        this.keys = keys;
        // the CDS client's server is called per request; its capability statement is not needed
        fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    }

    /** The resources of {@code key} for the patient, read from the server. */
    public List<Resource> fetch(String fhirServer, String accessToken, String key, String patientId) {
        IGenericClient client = fhir.newRestfulGenericClient(fhirServer);
        if (accessToken != null && !accessToken.isBlank()) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(accessToken));
        }
        String url = fhirServer.replaceAll("/+$", "") + "/" + keys.query(key, patientId);
        try {
            String query = keys.query(key, patientId);
            // a search answers a Bundle; a read (Patient/{id}) the resource type named first
            Class<? extends IBaseResource> type = query.contains("?") ? Bundle.class
                    : fhir.getResourceDefinition(query.substring(0, query.indexOf('/'))).getImplementingClass();
            IBaseResource first = client.fetchResourceFromUrl(type, url);
            List<Resource> out = new ArrayList<>();
            IBaseResource page = first;
            for (int n = 0; page != null && n < MAX_PAGES; n++) {
                out.addAll(PrefetchReader.entries((Resource) page));
                page = page instanceof Bundle bundle && bundle.getLink(Bundle.LINK_NEXT) != null
                        ? client.loadPage().next(bundle).execute() : null;
            }
            return out;
        } catch (BaseServerResponseException e) {
            if (e.getStatusCode() == 404) {
                return List.of();
            }
            LOG.warnf("FHIR server fetch for prefetch key %s failed with HTTP %d", key, e.getStatusCode());
            throw new UnavailableException("The FHIR server did not answer the query for prefetch key '" + key
                    + "' (HTTP " + e.getStatusCode() + ").", e);
        } catch (RuntimeException e) {
            LOG.warnf("FHIR server fetch for prefetch key %s failed (%s)", key, e.getClass().getSimpleName());
            throw new UnavailableException("The FHIR server could not be read for prefetch key '" + key + "'.", e);
        }
    }
}
