package org.drillgrid.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects every binding problem of one read with its JSON path instead of stopping at the first, so a
 * designer sees all mistakes of a document at once. The value in question is skipped and read as
 * null; the semantic checks that follow then know it is already reported.
 *
 * <p>Use one instance per read: {@code Json.mapper().readerFor(T.class).withHandler(problems)
 * .withAttribute(ReadProblems.class, problems)}. Custom deserializers report through {@link #report}.
 */
public final class ReadProblems extends DeserializationProblemHandler {

    private final List<Violation> problems = new ArrayList<>();

    public List<Violation> violations() {
        return List.copyOf(problems);
    }

    /**
     * Reports a problem at the parser's position from a custom deserializer: collected when a
     * {@code ReadProblems} is attached to the read, otherwise thrown as a mapping error.
     */
    public static void report(DeserializationContext ctxt, JsonParser p, String message) throws JsonMappingException {
        Object attached = ctxt.getAttribute(ReadProblems.class);
        if (attached instanceof ReadProblems collector) {
            collector.add(p, message);
        } else {
            throw JsonMappingException.from(p, pathOf(p.getParsingContext()) + ": " + message);
        }
    }

    /** The JSON path of a parsing context, e.g. {@code $.layers.elevation.file} or {@code $.injects[2]}. */
    public static String pathOf(JsonStreamContext ctx) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        StringBuilder sb = new StringBuilder("$");
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                sb.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.inObject() && c.getCurrentName() != null) {
                sb.append('.').append(c.getCurrentName());
            }
        }
        return sb.toString();
    }

    private void add(JsonParser p, String message) {
        problems.add(new Violation(pathOf(p.getParsingContext()), message));
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) throws IOException {
        Collection<Object> known = deserializer == null ? null : deserializer.getKnownPropertyNames();
        String allowed = known == null || known.isEmpty() ? "" : " (allowed: " + String.join(", ",
                new TreeSet<>(known.stream().map(String::valueOf).toList())) + ")";
        add(p, "unknown field" + allowed);
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
            String failureMsg) {
        add(ctxt.getParser(), own(failureMsg) ? "'" + valueToConvert + "': " + failureMsg
                : "'" + valueToConvert + "' is not " + describe(targetType));
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
            String failureMsg) {
        add(ctxt.getParser(), own(failureMsg) ? valueToConvert + ": " + failureMsg
                : valueToConvert + " is not " + describe(targetType));
        return null;
    }

    @Override
    public Object handleWeirdNativeValue(DeserializationContext ctxt, JavaType targetType, Object valueToConvert,
            JsonParser p) {
        add(p, "not " + describe(targetType.getRawClass()));
        return null;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
            String failureMsg) throws IOException {
        add(p, own(failureMsg) ? failureMsg + ", found " + tokenName(t)
                : "expected " + describe(targetType.getRawClass()) + ", found " + tokenName(t));
        p.skipChildren();
        return null;
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsts,
            JsonParser p, String msg) throws IOException {
        add(p, "expected " + describe(instClass) + ", found " + tokenName(p.currentToken()));
        p.skipChildren();
        return null;
    }

    @Override
    public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
            Throwable t) {
        add(ctxt.getParser(), t.getMessage() == null ? "invalid value" : t.getMessage());
        return null;
    }

    @Override
    public JavaType handleUnknownTypeId(DeserializationContext ctxt, JavaType baseType, String subTypeId,
            TypeIdResolver idResolver, String failureMsg) {
        String known = idResolver.getDescForKnownTypeIds();
        add(ctxt.getParser(), "unknown type '" + subTypeId + "'" + (known == null ? "" : " (known: " + known + ")"));
        return ctxt.constructType(Void.class);
    }

    @Override
    public JavaType handleMissingTypeId(DeserializationContext ctxt, JavaType baseType, TypeIdResolver idResolver,
            String failureMsg) {
        String known = idResolver.getDescForKnownTypeIds();
        add(ctxt.getParser(), "missing field 'type'" + (known == null ? "" : " (one of: " + known + ")"));
        return ctxt.constructType(Void.class);
    }

    /** Messages written by Drillgrid's own deserializers ("expected ...", "must ...") are shown as they are. */
    private static boolean own(String failureMsg) {
        return failureMsg != null && (failureMsg.startsWith("expected") || failureMsg.startsWith("must")
                || failureMsg.startsWith("a layer"));
    }

    /** Names a Java type the way a scenario author thinks of it. */
    public static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        return "an object";
    }

    private static String tokenName(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
