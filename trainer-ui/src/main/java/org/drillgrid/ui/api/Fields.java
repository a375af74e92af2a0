package org.drillgrid.ui.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drillgrid.model.json.TreeBinder;
import org.drillgrid.model.json.Violation;
import org.drillgrid.ui.api.ApiServlet.ApiError;

/**
 * The fields of an API request body, read strictly: a field of the wrong JSON type is a 400 naming the
 * field, never a value coerced from it ({@code true} is not a speed, {@code "abc"} not a seed); a field the
 * route does not know is refused; texts have a maximum length; a nested object is bound with the strict
 * mapper and every problem reported with its path.
 */
final class Fields {

    /** Longest name, role or id accepted in a body (the database columns hold 64 to 200 characters). */
    static final int MAX_ID = 64;
    static final int MAX_NAME = 200;
    /** Longest free text (an observer's note). */
    static final int MAX_NOTE = 4000;

    private Fields() {
    }

    /** Refuses any field but these. */
    static void only(JsonNode body, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (var it = body.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!ok.contains(f)) {
                throw new ApiError(400, clip(f) + ": not a field of this request (" + String.join(", ", allowed) + ")");
            }
        }
    }

    /** A string field of at most {@code max} characters; absent, null or blank is null unless required. */
    static String text(JsonNode body, String field, boolean required, int max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull() || n.isTextual() && n.asText().isBlank()) {
            if (required) {
                throw new ApiError(400, field + ": required");
            }
            return null;
        }
        if (!n.isTextual()) {
            throw new ApiError(400, field + ": must be a string, not " + kind(n));
        }
        if (n.asText().length() > max) {
            throw new ApiError(400, field + ": at most " + max + " characters, not " + n.asText().length());
        }
        return n.asText();
    }

    /** A whole-number field that fits a long, or null when absent. */
    static Long whole(JsonNode body, String field, boolean required) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw new ApiError(400, field + ": required");
            }
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new ApiError(400, field + ": must be a whole number, not " + kind(n));
        }
        return n.longValue();
    }

    /** A number field (integer or decimal, not a string or a boolean). */
    static double number(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            throw new ApiError(400, field + ": required");
        }
        if (!n.isNumber()) {
            throw new ApiError(400, field + ": must be a number, not " + kind(n));
        }
        return n.doubleValue();
    }

    /**
     * Binds the object at {@code field} to {@code type} with the strict mapper; every problem is a 400 with
     * its path below {@code field} (e.g. {@code inject.effect.type}).
     */
    static <T> T bind(JsonNode body, String field, Class<T> type, String what) {
        JsonNode n = field == null ? body : body.get(field);
        String name = field == null ? "body" : field;
        if (n == null || n.isNull()) {
            throw new ApiError(400, name + ": required, " + what);
        }
        if (!(n instanceof ObjectNode o)) {
            throw new ApiError(400, name + ": must be an object (" + what + "), not " + kind(n));
        }
        List<Violation> problems = new ArrayList<>();
        T value;
        try {
            value = TreeBinder.bind(o, type, problems);
        } catch (IOException e) {
            throw new ApiError(400, name + ": " + e.getMessage());
        }
        if (!problems.isEmpty() || value == null) {
            List<String> said = new ArrayList<>();
            for (Violation v : problems) {
                String path = v.path().startsWith("$") ? v.path().substring(1) : v.path();
                String at = field == null ? (path.startsWith(".") ? path.substring(1) : path) : field + path;
                said.add((at.isEmpty() ? name : at) + ": " + v.message());
            }
            throw new ApiError(400, said.isEmpty() ? name + ": cannot be read as " + what : String.join("; ", said));
        }
        return value;
    }

    /** What a JSON value is, for an error message, without echoing a long value back. */
    static String kind(JsonNode n) {
        if (n.isTextual()) {
            return "the string \"" + clip(n.asText()) + "\"";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isNumber()) {
            return "the number " + clip(n.asText());
        }
        return n.isArray() ? "an array" : n.isObject() ? "an object" : "null";
    }

    static String clip(String s) {
        return s.length() > 30 ? s.substring(0, 27) + "..." : s;
    }
}
