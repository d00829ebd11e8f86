package org.srtguide.api;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a declared body over {@code quarkus.http.limits.max-body-size} with 413 problem+json,
 * just before Quarkus' own limit check (which would answer with an empty body). Bodies without a
 * Content-Length are still cut off by Quarkus at the same limit while they are read.
 */
@ApplicationScoped
class BodyLimit {
    private final Optional<Long> limit;
    private final String problem;
    private final String malformed;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<String> maxBodySize,
            ObjectMapper mapper) throws JsonProcessingException {
        this.limit = maxBodySize.map(size -> new MemorySizeConverter().convert(size).asLongValue());
        this.problem = mapper.writeValueAsString(new Problem(ProblemMapper.TYPE + "payload-too-large", "Payload too large",
                413, "The request body is larger than " + limit.orElse(0L) + " bytes; no recommendation was made.", null));
        this.malformed = mapper.writeValueAsString(new Problem(ProblemMapper.TYPE + "invalid-input", "Invalid input",
                400, "The Content-Length header is not a number.", null));
    }

    void install(@Observes Router router) {
        limit.ifPresent(max -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> check(context, max)));
    }

    private void check(RoutingContext context, long max) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            context.next();
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            refuse(context, 400, malformed);
            return;
        }
        if (length > max) {
            refuse(context, 413, problem);
        } else {
            context.next();
        }
    }

    /** Answers without reading the body, then closes the connection (the body may still be arriving). */
    private static void refuse(RoutingContext context, int status, String body) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).setStatusCode(status)
                .endHandler(done -> context.request().connection().close());
        context.response().end(body);
    }
}
