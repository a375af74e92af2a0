package org.drillgrid.model.hazard;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import org.drillgrid.model.json.ReadProblems;
import org.drillgrid.model.scenario.CellRef;

/** Reads an epicentre: {@code [col, row]} or {@code {"x": m, "y": m}}; anything else is reported where it stands. */
final class EpicentreDeserializer extends StdDeserializer<QuakeSpec.Epicentre> {

    private static final String SHAPE = "expected a cell [col, row] or coordinates {\"x\": m, \"y\": m}";

    EpicentreDeserializer() {
        super(QuakeSpec.Epicentre.class);
    }

    @Override
    public QuakeSpec.Epicentre deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            CellRef cell = ctxt.readValue(p, CellRef.class);
            return cell == null ? null : new QuakeSpec.Epicentre(cell, null, null);
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return (QuakeSpec.Epicentre) ctxt.handleUnexpectedToken(QuakeSpec.Epicentre.class, p.currentToken(), p,
                    SHAPE);
        }
        JsonNode node = ctxt.readTree(p);
        JsonNode x = node.get("x");
        JsonNode y = node.get("y");
        boolean onlyXy = true;
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            onlyXy &= Set.of("x", "y").contains(it.next());
        }
        if (x == null || y == null || !x.isNumber() || !y.isNumber() || !onlyXy) {
            ReadProblems.report(ctxt, p, SHAPE);
            return null;
        }
        return new QuakeSpec.Epicentre(null, x.doubleValue(), y.doubleValue());
    }
}
