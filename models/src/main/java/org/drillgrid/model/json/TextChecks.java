package org.drillgrid.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON tree for what no Drillgrid document may hold, before it is bound: {@code null} values
 * (leave a field out to take its default; a list has no empty places) and text that is not valid UTF-16
 * (an unpaired surrogate such as the escape {@code "\ud800"}, in a value or a field name), which
 * cannot be written back as UTF-8 and would break every log, report and export that repeats it.
 * Every problem is reported with its JSON path; the walk is iterative, so deep trees cannot overflow
 * the stack.
 */
public final class TextChecks {

    /** The message of a null list element. */
    public static final String NULL_IN_LIST = "must not be null (a list holds no empty places)";
    /** The message of a field set to null. */
    public static final String NULL_FIELD = "must not be null (leave an optional field out)";

    /** Beyond this many problems the rest would only repeat them. */
    private static final int MAX_REPORTED = 100;

    private TextChecks() {
    }

    /** Every null and every string or field name with invalid UTF-16 in {@code root}, with its path. */
    public static List<Violation> problems(JsonNode root) {
        return problems(root, "$");
    }

    /** As {@link #problems(JsonNode)}, with paths starting at {@code rootPath}. */
    public static List<Violation> problems(JsonNode root, String rootPath) {
        List<Violation> out = new ArrayList<>();
        Deque<Map.Entry<String, JsonNode>> todo = new ArrayDeque<>();
        todo.push(Map.entry(rootPath, root));
        while (!todo.isEmpty() && out.size() < MAX_REPORTED) {
            Map.Entry<String, JsonNode> e = todo.pop();
            String path = e.getKey();
            JsonNode n = e.getValue();
            if (n.isNull()) {
                out.add(new Violation(path, path.endsWith("]") ? NULL_IN_LIST : NULL_FIELD));
            } else if (n.isTextual()) {
                String bad = unpaired(n.textValue());
                if (bad != null) {
                    out.add(new Violation(path, "text " + bad));
                }
            } else if (n.isArray()) {
                for (int i = n.size() - 1; i >= 0; i--) {
                    todo.push(Map.entry(path + "[" + i + "]", n.get(i)));
                }
            } else if (n.isObject()) {
                List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    String bad = unpaired(f.getKey());
                    if (bad != null) {
                        out.add(new Violation(path, "a field name " + bad));
                        continue;
                    }
                    fields.add(Map.entry(path + "." + f.getKey(), f.getValue()));
                }
                for (int i = fields.size() - 1; i >= 0; i--) {
                    todo.push(fields.get(i));
                }
            }
        }
        return out;
    }

    /**
     * A copy of {@code root} to bind once its nulls are reported: a null field is left out and a null list
     * element becomes an empty object, so that the list keeps its indices (later paths stay true) and the
     * rules that follow never meet a null element. What the empty object lacks is under the reported
     * path and is not reported again.
     */
    public static JsonNode withoutNulls(JsonNode root) {
        JsonNode copy = root.deepCopy();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(copy);
        while (!todo.isEmpty()) {
            JsonNode n = todo.pop();
            if (n instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    if (a.get(i).isNull()) {
                        a.set(i, a.objectNode());
                    } else {
                        todo.push(a.get(i));
                    }
                }
            } else if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                List<String> nulls = new ArrayList<>();
                o.fields().forEachRemaining(f -> {
                    if (f.getValue().isNull()) {
                        nulls.add(f.getKey());
                    } else {
                        todo.push(f.getValue());
                    }
                });
                o.remove(nulls);
            }
        }
        return copy;
    }

    /**
     * {@code s} with every unpaired surrogate replaced by U+FFFD: for messages that quote what a document
     * held, so that a refusal itself can always be written as UTF-8 (a log, an HTTP answer).
     */
    public static String printable(String s) {
        if (s == null || isValidUtf16(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    /** Whether {@code s} is valid UTF-16: every surrogate in a high-low pair. */
    public static boolean isValidUtf16(String s) {
        return unpaired(s) == null;
    }

    /** Why {@code s} is not valid UTF-16 ("holds an unpaired surrogate ..."); null when it is valid. */
    public static String unpaired(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return describe(c, i);
            }
            if (Character.isLowSurrogate(c)) {
                return describe(c, i);
            }
        }
        return null;
    }

    private static String describe(char c, int at) {
        return String.format("holds an unpaired surrogate \\u%04x at character %d: not valid Unicode text",
                (int) c, at);
    }
}
