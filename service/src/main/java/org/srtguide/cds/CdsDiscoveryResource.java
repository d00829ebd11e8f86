package org.srtguide.cds;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.srtguide.cds.fhir.PrefetchKeys;

/** CDS Hooks discovery (public, as the spec requires): the one service and its prefetch templates. */
@Path("/cds-services")
public class CdsDiscoveryResource {
    private final Discovery discovery;

    CdsDiscoveryResource(PrefetchKeys keys) {
        this.discovery = new Discovery(List.of(new Discovery.Service("patient-view", "Salvage radiotherapy after prostatectomy "
                + "or radiotherapy", "Decision support for PSA recurrence after prostate cancer treatment: salvage "
                + "radiotherapy, imaging, ADT and toxicity management, with the committee's rules and guideline sources "
                + "behind every card. Never an order.", CdsService.SERVICE_ID, keys.templates(),
                "Signed CDS Hooks JWT from a trusted client (or HTTP Basic with the clinician role); PSA, treatment, "
                        + "pathology, imaging and toxicity data coded as in docs/fhir.md.")));
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "CDS Hooks discovery")
    public Discovery discovery() {
        return discovery;
    }
}
