package org.drillgrid.model.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads a {@link SimDuration} from whole seconds or from a unit string; anything else is a reported problem. */
final class SimDurationDeserializer extends StdDeserializer<SimDuration> {

    SimDurationDeserializer() {
        super(SimDuration.class);
    }

    @Override
    public SimDuration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            long v = p.getLongValue();
            if (v >= 0) {
                return SimDuration.ofSeconds(v);
            }
            return (SimDuration) ctxt.handleWeirdNumberValue(SimDuration.class, v,
                    "must not be negative");
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getText();
            java.util.Optional<SimDuration> parsed = SimDuration.parse(text);
            if (parsed.isPresent()) {
                return parsed.get();
            }
            return (SimDuration) ctxt.handleWeirdStringValue(SimDuration.class, text, SimDuration.EXPECTED);
        }
        return (SimDuration) ctxt.handleUnexpectedToken(SimDuration.class, token, p, SimDuration.EXPECTED);
    }
}
