package org.drillgrid.model.order;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.json.Json;

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
            Order o = READER.readValue(json);
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

    /** Every order of a JSON-lines file; each must have a time {@code t}, and times must not go back. */
    public static List<Order> readFile(Path file) throws IOException, OrderException {
        List<Order> orders = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            long last = Long.MIN_VALUE;
            while ((line = r.readLine()) != null) {
                n++;
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
