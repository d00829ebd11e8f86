package org.srtguide.api;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request JSON is read as written, never guessed at: Jackson's lenient defaults would turn
 * {@code "gradeGroup": 2.7} into 2, {@code "primaryTreatment": 0} into the first enumeration code,
 * {@code "value": "0.2"} into a number, {@code "date": 20000} into a date and a repeated key into its
 * last value. Each is a 400 instead.
 * Unknown properties are rejected by {@code quarkus.jackson.fail-on-unknown-properties}.
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("strict-enums").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactEnum(deserializer, type.getRawClass());
            }
        }));
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    /** Jackson trims enumeration codes before looking them up; {@code " pN0"} is not a code. */
    static final class ExactEnum extends StdDeserializer<Object> implements ContextualDeserializer {
        private final JsonDeserializer<?> delegate;

        ExactEnum(JsonDeserializer<?> delegate, Class<?> type) {
            super(type);
            this.delegate = delegate;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            return new ExactEnum(delegate instanceof ContextualDeserializer contextual
                    ? contextual.createContextual(context, property) : delegate, handledType());
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!text.equals(text.strip())) {
                    return context.handleWeirdStringValue(handledType(), text, "surrounding white space");
                }
            }
            return delegate.deserialize(parser, context);
        }
    }
}
