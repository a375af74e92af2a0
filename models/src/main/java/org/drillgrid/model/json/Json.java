package org.drillgrid.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one configured Jackson mapper of Drillgrid. Strict on input (unknown fields, duplicate keys,
 * nulls for primitives, scalars of another type and trailing tokens are errors) and stable on output
 * (sorted map keys, no nulls), so that the same data always serialises to the same bytes.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // that feature leaves numbers and booleans readable as strings ("id": 5 would be "5")
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(1_000_000)
                .build());
    }

    private Json() {
    }

    /** The shared mapper. Immutable in use: callers derive readers and writers, never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The JSON type name ({@code @JsonSubTypes} name) under which {@code value}'s class is registered in
     * {@code base}; the simple class name when it is not.
     */
    public static String typeName(Class<?> base, Object value) {
        com.fasterxml.jackson.annotation.JsonSubTypes subs =
                base.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class);
        if (subs != null) {
            for (com.fasterxml.jackson.annotation.JsonSubTypes.Type t : subs.value()) {
                if (t.value() == value.getClass()) {
                    return t.name();
                }
            }
        }
        return value.getClass().getSimpleName();
    }
}
