package org.drillgrid.model.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * Binds a JSON tree to a record type with the strict mapper and reports every problem: most are
 * collected by {@link ReadProblems} as binding goes on; a problem Jackson cannot step over is
 * recorded with its path, the offending value is removed from the tree, and binding starts again.
 * The result is the document minus its broken values (read as null), plus the list of what was wrong.
 */
public final class TreeBinder {

    /** Bound on restarts: a document with more unrecoverable problems than this is reported in part. */
    private static final int MAX_RESTARTS = 200;

    private TreeBinder() {
    }

    public static <T> T bind(ObjectNode tree, Class<T> type, List<Violation> violations) throws IOException {
        ObjectNode work = tree.deepCopy();
        for (int attempt = 0; attempt <= MAX_RESTARTS; attempt++) {
            ReadProblems problems = new ReadProblems();
            ObjectReader reader = Json.mapper().readerFor(type)
                    .withHandler(problems)
                    .withAttribute(ReadProblems.class, problems);
            try {
                T value = reader.readValue(work);
                violations.addAll(problems.violations());
                return value;
            } catch (JsonMappingException e) {
                String path = pathOf(e.getPath());
                JsonNode offending = remove(work, e.getPath());
                violations.add(new Violation(path, message(e, offending)));
                if (offending == null) {
                    break;
                }
            }
        }
        violations.add(new Violation("$", "too many problems to read the document; fix the ones above first"));
        return null;
    }

    private static String message(JsonMappingException e, JsonNode offending) {
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + ReadProblems.describe(m.getTargetType()) + ", found " + describe(offending);
        }
        String msg = e.getOriginalMessage();
        int cut = msg.indexOf('\n');
        return cut > 0 ? msg.substring(0, cut) : msg;
    }

    private static String describe(JsonNode n) {
        if (n == null) {
            return "nothing";
        }
        if (n.isTextual()) {
            String t = n.asText();
            return "the string \"" + (t.length() > 30 ? t.substring(0, 27) + "..." : t) + "\"";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isNumber()) {
            return n.asText();
        }
        return n.isArray() ? "an array" : n.isObject() ? "an object" : "null";
    }

    static String pathOf(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Removes the node at the reference path; returns it, or null when there is nothing to remove. */
    private static JsonNode remove(JsonNode root, List<JsonMappingException.Reference> refs) {
        if (refs.isEmpty()) {
            return null;
        }
        JsonNode parent = root;
        for (JsonMappingException.Reference r : refs.subList(0, refs.size() - 1)) {
            parent = r.getFieldName() != null ? parent.get(r.getFieldName()) : parent.get(r.getIndex());
            if (parent == null) {
                return null;
            }
        }
        JsonMappingException.Reference last = refs.get(refs.size() - 1);
        if (last.getFieldName() != null && parent instanceof ObjectNode o) {
            return o.remove(last.getFieldName());
        }
        if (last.getIndex() >= 0 && parent instanceof ArrayNode a && last.getIndex() < a.size()) {
            // keep indices stable for later paths: replace by null rather than shifting the array
            JsonNode old = a.get(last.getIndex());
            a.set(last.getIndex(), a.nullNode());
            return old.isNull() ? null : old;
        }
        return null;
    }
}
