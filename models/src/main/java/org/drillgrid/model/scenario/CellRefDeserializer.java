package org.drillgrid.model.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.json.ReadProblems;

/** Reads {@code [col, row]}; anything else is reported where it stands. */
final class CellRefDeserializer extends StdDeserializer<CellRef> {

    private static final String SHAPE = "expected a cell [col, row] of two integers";

    CellRefDeserializer() {
        super(CellRef.class);
    }

    @Override
    public CellRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return (CellRef) ctxt.handleUnexpectedToken(CellRef.class, p.currentToken(), p, SHAPE);
        }
        List<Integer> values = new ArrayList<>();
        boolean wellFormed = true;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.VALUE_NUMBER_INT) {
                values.add(p.getIntValue());
            } else {
                wellFormed = false;
                p.skipChildren();
            }
        }
        if (!wellFormed || values.size() != 2) {
            ReadProblems.report(ctxt, p, SHAPE);
            return null;
        }
        return new CellRef(values.get(0), values.get(1));
    }
}
