package org.srtguide.cds;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * For the CDS tests, started before the service: a real HAPI FHIR plain server (RestfulServer with
 * in-memory providers, on Jetty, loopback only) at {@code /fhir}, and a CDS client's JWK Set at
 * {@code /jwks.json} whose key pair is made at start (nothing secret is committed). The service trusts
 * that client; the tests sign with the private half ({@value #SIGNING_KEY}). {@code /last-authorization}
 * answers the Authorization header of the last FHIR request.
 */
public class CdsTestServer implements QuarkusTestResourceLifecycleManager {
    static final String ISSUER = "https://cds-client.test";
    static final String SIGNING_KEY = "srt.test.cds.signing-key";
    static final String FHIR_BASE = "srt.test.cds.fhir-base";

    private Server server;

    @Override
    public Map<String, String> start() {
        try {
            KeyPair pair = rsa();
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
            jwk.setKeyId("test-client");
            String jwks = new JsonWebKeySet(jwk).toJson();
            List<String> authorizations = new CopyOnWriteArrayList<>();
            RestfulServer fhir = new RestfulServer(FhirContext.forR4()) {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response) throws jakarta.servlet.ServletException, IOException {
                    authorizations.add(String.valueOf(request.getHeader("Authorization")));
                    super.service(request, response);
                }
            };
            fhir.setResourceProviders(List.of(new Store<>(Patient.class, p -> new Reference("Patient/" + p.getIdPart()), p -> null),
                    new Store<>(Observation.class, Observation::getSubject, Observation::getCode),
                    new Store<>(Procedure.class, Procedure::getSubject, Procedure::getCode),
                    new Store<>(DiagnosticReport.class, DiagnosticReport::getSubject, DiagnosticReport::getCode),
                    new Store<>(Condition.class, Condition::getSubject, Condition::getCode), new AdverseEventStore()));
            ServletContextHandler context = new ServletContextHandler("/");
            context.addServlet(new ServletHolder(fhir), "/fhir/*");
            context.addServlet(new ServletHolder(text("application/json", () -> jwks)), "/jwks.json");
            context.addServlet(new ServletHolder(text("text/plain",
                    () -> authorizations.isEmpty() ? "" : authorizations.get(authorizations.size() - 1))), "/last-authorization");
            server = new Server(new InetSocketAddress("127.0.0.1", 0));
            server.setHandler(context);
            server.start();
            String base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            return Map.of("srt.cds.jwt.issuers.test.issuer", ISSUER,
                    "srt.cds.jwt.issuers.test.public-key-location", base + "/jwks.json",
                    FHIR_BASE, base + "/fhir",
                    "srt.cds.fhir-servers", base + "/fhir",
                    SIGNING_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException("test FHIR server did not start", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static HttpServlet text(String type, java.util.function.Supplier<String> body) {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType(type);
                response.getWriter().write(body.get());
            }
        };
    }

    /** AdverseEvents, also searched as the prefetch asks: by subject (R4 has no patient parameter) and event. */
    public static class AdverseEventStore extends Store<AdverseEvent> {
        AdverseEventStore() {
            super(AdverseEvent.class, AdverseEvent::getSubject, AdverseEvent::getEvent);
        }

        @Search
        public List<AdverseEvent> bySubject(@RequiredParam(name = "subject") ReferenceParam subject,
                @OptionalParam(name = "event") TokenOrListParam events) {
            return search(subject, events, null);
        }
    }

    /** In-memory resources of one type: read, update (to load test data) and search by patient and code. */
    public static class Store<T extends Resource> implements IResourceProvider {
        private final Class<T> type;
        private final Function<T, Reference> subject;
        private final Function<T, CodeableConcept> code;
        private final List<T> items = new CopyOnWriteArrayList<>();

        Store(Class<T> type, Function<T, Reference> subject, Function<T, CodeableConcept> code) {
            this.type = type;
            this.subject = subject;
            this.code = code;
        }

        @Override
        public Class<? extends IBaseResource> getResourceType() {
            return type;
        }

        @Read
        public T read(@IdParam IdType id) {
            return items.stream().filter(r -> r.getIdElement().getIdPart().equals(id.getIdPart())).findFirst()
                    .orElseThrow(() -> new ResourceNotFoundException(id));
        }

        @Update
        public MethodOutcome update(@IdParam IdType id, @ResourceParam T resource) {
            items.removeIf(r -> r.getIdElement().getIdPart().equals(id.getIdPart()));
            resource.setId(id.getIdPart());
            items.add(resource);
            return new MethodOutcome(id);
        }

        @Search
        public List<T> search(@RequiredParam(name = "patient") ReferenceParam patient, @OptionalParam(name = "code") TokenOrListParam codes,
                @Sort SortSpec sort) {
            List<T> out = new ArrayList<>();
            for (T item : items) {
                Reference ref = subject.apply(item);
                boolean forPatient = ref != null && ("Patient/" + patient.getIdPart()).equals(ref.getReference());
                boolean coded = codes == null || code.apply(item) != null && code.apply(item).getCoding().stream()
                        .anyMatch(c -> codes.getValuesAsQueryTokens().stream()
                                .anyMatch(t -> t.getValue().equals(c.getCode()) && (t.getSystem() == null || t.getSystem().equals(c.getSystem()))));
                if (forPatient && coded) {
                    out.add(item);
                }
            }
            return out;
        }
    }
}
