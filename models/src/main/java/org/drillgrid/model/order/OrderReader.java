package org.drillgrid.model.order;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.json.JsonLines;
import org.drillgrid.model.json.TextChecks;

/**
 * Reads orders: one JSON object, or a file of one order per line (blank lines and lines starting with
 * {@code #} skipped). A bad order is an {@link OrderException} naming the line and the field.
 */
public final class OrderReader {

    /** Orders longer than this are refused unread (an API client's mistake, not an order). */
    public static final int MAX_CHARS = 64 * 1024;

    private static final ObjectReader READER = Json.mapper().readerFor(Order.class)
            .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private OrderReader() {
    }

    /** One order from its JSON text. */
    public static Order parse(String json) throws OrderException {
        if (json.length() > MAX_CHARS) {
            throw new OrderException("order is " + json.length() + " characters; at most " + MAX_CHARS);
        }
        try {
            com.fasterxml.jackson.databind.JsonNode tree = Json.mapper().readTree(json);
            if (tree != null && !tree.isMissingNode() && !tree.isNull()) {
                // nulls and unpaired surrogates are refused at the door: the log, reports and exports repeat orders
                List<org.drillgrid.model.json.Violation> bad = TextChecks.problems(tree);
                if (!bad.isEmpty()) {
                    org.drillgrid.model.json.Violation v = bad.get(0);
                    throw new OrderException((v.path().equals("$") ? "" : v.path().substring(2) + ": ") + v.message());
                }
            }
            Order o = tree == null || tree.isMissingNode() ? null : READER.readValue(tree);
            if (o == null) {
                throw new OrderException("expected an order object, got null");
            }
            return o;
        } catch (InvalidTypeIdException e) {
            String id = e.getTypeId();
            throw new OrderException(id == null ? "type: missing; one of " + String.join(", ", Order.TYPES)
                    : "type: unknown order type '" + id + "'; one of " + String.join(", ", Order.TYPES));
        } catch (UnrecognizedPropertyException e) {
            throw new OrderException(e.getPropertyName() + ": unknown field for this order type");
        } catch (JsonMappingException e) {
            throw new OrderException(path(e) + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new OrderException("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new OrderException("cannot read: " + e.getMessage()); // none from a tree in memory
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "" : sb + ": ";
    }

    private static String next(JsonLines r, Path file) throws IOException, OrderException {
        try {
            return r.next();
        } catch (JsonLines.LineException e) {
            throw new OrderException(file.getFileName() + " line " + e.line() + ": " + e.getMessage()
                    + (e.getMessage().startsWith("line is longer") ? "; an order is at most " + MAX_CHARS : ""));
        }
    }

    /** Every order of a JSON-lines file; each must have a time {@code t}, and times must not go back. */
    public static List<Order> readFile(Path file) throws IOException, OrderException {
        List<Order> orders = new ArrayList<>();
        try (JsonLines r = JsonLines.open(file, MAX_CHARS)) {
            String line;
            long last = Long.MIN_VALUE;
            while ((line = next(r, file)) != null) {
                int n = r.number();
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                Order o;
                try {
                    o = parse(s);
                } catch (OrderException e) {
                    throw new OrderException(file.getFileName() + " line " + n + ": " + e.getMessage());
                }
                if (o.t() == null || o.t() < 0) {
                    throw new OrderException(file.getFileName() + " line " + n
                            + ": t: required, the sim second (>= 0) the order is given at");
                }
                if (o.t() < last) {
                    throw new OrderException(file.getFileName() + " line " + n + ": t: " + o.t()
                            + " is before the previous order's " + last + "; list orders in time order");
                }
                last = o.t();
                orders.add(o);
            }
        }
        return orders;
    }
}
