package org.drillgrid.scenarios.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Mutates a JSON document the way a careless author or an attacker would: numbers set to 0, negative,
 * huge, tiny or past a long; nulls put into lists and fields; fields deleted; values of the wrong type;
 * strings and field names given an unpaired surrogate; list elements doubled. Every choice comes from
 * the given seeded generator, so a seed names the same documents on every machine.
 */
final class Mutator {

    /** The numbers of the findings and their neighbours. */
    static final double[] NUMBERS = {0, -1, -0.0, 0.5, 1e-300, 4.9e-324, 1e6, 1e9, 1e300, 1e308, -1e308,
            2147483648.0, -2147483649.0, 9.3e18, 46340, 1e15};

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Where a node sits: in an object under a name, or in an array at an index. */
    private record Slot(String path, JsonNode parent, String field, int index, JsonNode node) {
        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private final SplittableRandom random;

    Mutator(SplittableRandom random) {
        this.random = random;
    }

    /** Applies 1 to 3 random mutations to a copy of {@code doc}; returns the copy and what was done. */
    Mutant mutate(ObjectNode doc) {
        ObjectNode copy = doc.deepCopy();
        List<String> done = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            done.add(once(copy));
        }
        return new Mutant(copy, String.join("; ", done));
    }

    /** A mutated document and a description of its mutations. */
    record Mutant(ObjectNode doc, String description) {
    }

    private String once(ObjectNode doc) {
        List<Slot> slots = new ArrayList<>();
        collect("$", null, null, -1, doc, slots);
        int kind = random.nextInt(8);
        Slot s = slots.get(random.nextInt(slots.size()));
        switch (kind) {
            case 0, 1 -> {
                Slot num = pick(slots, JsonNode::isNumber);
                if (num != null) {
                    double v = NUMBERS[random.nextInt(NUMBERS.length)];
                    num.set(v == Math.rint(v) && Math.abs(v) < 9e18 && num.node().isIntegralNumber()
                            ? F.numberNode((long) v) : F.numberNode(v));
                    return "number " + num.path() + " = " + v;
                }
                return "none";
            }
            case 2 -> {
                Slot arr = pick(slots, JsonNode::isArray);
                if (arr != null) {
                    ArrayNode a = (ArrayNode) arr.node();
                    int at = random.nextInt(a.size() + 1);
                    a.insertNull(at);
                    return "null into " + arr.path() + "[" + at + "]";
                }
                return "none";
            }
            case 3 -> {
                if (s.parent() == null) {
                    return "none";
                }
                if (s.field() != null) {
                    ((ObjectNode) s.parent()).remove(s.field());
                    return "delete " + s.path();
                }
                s.set(F.nullNode());
                return "null at " + s.path();
            }
            case 4 -> {
                if (s.parent() == null) {
                    return "none";
                }
                JsonNode[] others = {F.textNode("x"), F.booleanNode(true), F.arrayNode(), F.objectNode(),
                        F.numberNode(1), F.textNode("")};
                JsonNode v = others[random.nextInt(others.length)];
                s.set(v);
                return "type " + s.path() + " = " + v;
            }
            case 5 -> {
                Slot text = pick(slots, JsonNode::isTextual);
                if (text != null) {
                    String t = text.node().textValue();
                    int at = random.nextInt(t.length() + 1);
                    String lone = random.nextBoolean() ? "\ud800" : "\udc00";
                    text.set(F.textNode(t.substring(0, at) + lone + t.substring(at)));
                    return "surrogate into " + text.path();
                }
                return "none";
            }
            case 6 -> {
                Slot obj = pick(slots, JsonNode::isObject);
                if (obj != null && obj.node().size() > 0) {
                    ObjectNode o = (ObjectNode) obj.node();
                    String name = o.fieldNames().next();
                    JsonNode v = o.remove(name);
                    o.set(name + "\udbff", v);
                    return "surrogate into a field name at " + obj.path() + "." + name;
                }
                return "none";
            }
            default -> {
                Slot arr = pick(slots, n -> n.isArray() && n.size() > 0);
                if (arr != null) {
                    ArrayNode a = (ArrayNode) arr.node();
                    a.add(a.get(random.nextInt(a.size())).deepCopy());
                    return "double an element of " + arr.path();
                }
                return "none";
            }
        }
    }

    private Slot pick(List<Slot> slots, java.util.function.Predicate<JsonNode> kind) {
        List<Slot> fit = slots.stream().filter(s -> kind.test(s.node())).toList();
        return fit.isEmpty() ? null : fit.get(random.nextInt(fit.size()));
    }

    private static void collect(String path, JsonNode parent, String field, int index, JsonNode node, List<Slot> out) {
        out.add(new Slot(path, parent, field, index, node));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(path + "." + e.getKey(), node, e.getKey(), -1, e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node, null, i, node.get(i), out);
            }
        }
    }
}
