package org.srtguide.cds;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.hl7.fhir.r4.model.Resource;
import org.srtguide.api.InvalidInputException;
import org.srtguide.api.PreconditionFailedException;
import org.srtguide.api.Violation;
import org.srtguide.assessment.AssessmentRequest;
import org.srtguide.assessment.AssessmentResponse;
import org.srtguide.assessment.AssessmentService;
import org.srtguide.audit.AuditedCall;
import org.srtguide.cds.fhir.AssessmentMapper;
import org.srtguide.cds.fhir.FhirServerFetcher;
import org.srtguide.cds.fhir.Prefetch;
import org.srtguide.cds.fhir.PrefetchKeys;
import org.srtguide.cds.fhir.PrefetchReader;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One CDS Hooks call: the prefetch (sent, or fetched from the client's FHIR server) becomes the
 * assessment input of {@code POST /api/assessments}, which runs through the same checks, pipeline and
 * audit trail (one record, endpoint {@value #ENDPOINT}); the response becomes cards.
 */
@ApplicationScoped
class CdsService {
    static final String SERVICE_ID = "salvage-radiotherapy";
    static final String ENDPOINT = "POST /cds-services/" + SERVICE_ID;
    static final String AS_OF = "org.srtguide.asOf";

    private final PrefetchKeys keys;
    private final PrefetchReader reader;
    private final FhirServerFetcher fetcher;
    private final AssessmentMapper mapper;
    private final AssessmentService assessments;
    private final CardBuilder cards;
    private final CdsConfig config;
    private final Validator validator;

    CdsService(PrefetchKeys keys, PrefetchReader reader, FhirServerFetcher fetcher, AssessmentMapper mapper,
            AssessmentService assessments, CardBuilder cards, CdsConfig config, Validator validator) {
        this.config = config;
        this.validator = validator;
        this.keys = keys;
        this.reader = reader;
        this.fetcher = fetcher;
        this.mapper = mapper;
        this.assessments = assessments;
        this.cards = cards;
    }

    /** The cards of one call and the audit record behind them. */
    record Answer(String auditId, Card.Cards cards) {
    }

    Answer assess(CdsRequest request, String principal) {
        LocalDate asOf = asOf(request);
        Prefetch prefetch = prefetch(request);
        AssessmentMapper.Mapped mapped = mapper.map(prefetch, asOf, request.hookInstance());
        // the limits of the JSON API's request (e.g. at most 500 PSA values), named by its field paths
        Set<ConstraintViolation<AssessmentRequest>> violations = validator.validate(mapped.request());
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        AuditedCall.Answer<AssessmentResponse> answer = assessments.assess(mapped.request(), principal, ENDPOINT);
        return new Answer(answer.auditId(), new Card.Cards(cards.cards(answer.response(), mapped.notes())));
    }

    private static LocalDate asOf(CdsRequest request) {
        JsonNode value = request.extension() == null ? null : request.extension().get(AS_OF);
        if (value == null || value.isNull()) {
            return LocalDate.now();
        }
        try {
            if (value.isTextual()) {
                return LocalDate.parse(value.asText());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidInputException("extension." + AS_OF, "must be a date (YYYY-MM-DD)");
    }

    /** Every key: parsed from the request, or fetched; missing without a FHIR server is a 412. */
    private Prefetch prefetch(CdsRequest request) {
        Map<String, JsonNode> sent = request.prefetch() == null ? Map.of() : request.prefetch();
        List<Violation> faults = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, List<Resource>> resources = new LinkedHashMap<>();
        for (String key : keys.templates().keySet()) {
            if (!sent.containsKey(key)) {
                missing.add(key);
            } else if (sent.get(key) == null || sent.get(key).isNull()) {
                resources.put(key, List.of()); // the client has no such data
            } else {
                resources.put(key, reader.read(key, sent.get(key), faults));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        if (!missing.isEmpty() && request.fhirServer() == null) {
            throw new PreconditionFailedException("Prefetch data is missing and no fhirServer was given to fetch it from.",
                    missing.stream().map(k -> new Violation("prefetch." + k, "is missing")).toList());
        }
        if (!missing.isEmpty() && config.fhirServers().orElse(List.of()).stream().noneMatch(request.fhirServer()::startsWith)) {
            throw new InvalidInputException("fhirServer", "is not a FHIR server this service may fetch from (srt.cds.fhir-servers)");
        }
        String token = request.fhirAuthorization() == null ? null : request.fhirAuthorization().accessToken();
        for (String key : missing) {
            resources.put(key, fetcher.fetch(request.fhirServer(), token, key, request.context().patientId()));
        }
        return new Prefetch(resources);
    }
}
