package org.drillgrid.model.drill;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drillgrid.model.json.ReadProblems;

/**
 * Where an order, condition or effect applies: the id of a named place (or of a shelter or depot: its
 * cell), written as a string, or a rectangle {@code {"cells": [col0, row0, col1, row1]}}.
 */
@JsonDeserialize(using = AreaRef.Reader.class)
public record AreaRef(String place, List<Integer> cells) {

    public static AreaRef place(String id) {
        return new AreaRef(id, null);
    }

    public static AreaRef cells(int col0, int row0, int col1, int row1) {
        return new AreaRef(null, List.of(col0, row0, col1, row1));
    }

    @JsonValue
    public Object json() {
        return place != null ? place : Map.of("cells", cells);
    }

    @Override
    public String toString() {
        return place != null ? place : "cells " + cells;
    }

    static final class Reader extends StdDeserializer<AreaRef> {

        private static final String SHAPE = "expected a place id or {\"cells\": [col0, row0, col1, row1]}";

        Reader() {
            super(AreaRef.class);
        }

        @Override
        public AreaRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return place(p.getText());
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (AreaRef) ctxt.handleUnexpectedToken(AreaRef.class, p.currentToken(), p, SHAPE);
            }
            JsonNode node = ctxt.readTree(p);
            JsonNode cells = node.get("cells");
            if (node.size() != 1 || cells == null || !cells.isArray() || cells.size() != 4) {
                ReadProblems.report(ctxt, p, SHAPE);
                return null;
            }
            List<Integer> values = new ArrayList<>();
            for (JsonNode c : cells) {
                if (!c.isInt()) {
                    ReadProblems.report(ctxt, p, SHAPE);
                    return null;
                }
                values.add(c.intValue());
            }
            return new AreaRef(null, List.copyOf(values));
        }
    }
}
