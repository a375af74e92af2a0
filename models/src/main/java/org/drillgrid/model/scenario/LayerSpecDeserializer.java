package org.drillgrid.model.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.drillgrid.model.json.ReadProblems;

/**
 * Reads the one-key layer object. Problems go through the context's problem handlers so that
 * validation can report them with their path and go on.
 */
final class LayerSpecDeserializer extends StdDeserializer<LayerSpec> {

    private static final String SHAPE = "expected {\"file\": ...}, {\"constant\": ...} or {\"generator\": {...}}";

    LayerSpecDeserializer() {
        super(LayerSpec.class);
    }

    @Override
    public LayerSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return (LayerSpec) ctxt.handleUnexpectedToken(LayerSpec.class, p.currentToken(), p, SHAPE);
        }
        LayerSpec result = null;
        int keys = 0;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            p.nextToken();
            keys++;
            LayerSpec read = switch (key) {
                case "file" -> readFile(p, ctxt);
                case "constant" -> readConstant(p, ctxt);
                case "generator" -> readGenerator(p, ctxt);
                default -> {
                    ctxt.handleUnknownProperty(p, this, LayerSpec.class, key);
                    yield null;
                }
            };
            if (keys == 1) {
                result = read;
            }
        }
        if (keys != 1) {
            ReadProblems.report(ctxt, p, SHAPE + ", found " + keys + " keys");
            return null;
        }
        return result;
    }

    private static LayerSpec readFile(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            ctxt.handleUnexpectedToken(String.class, p.currentToken(), p, "expected a relative path string");
            return null;
        }
        return new LayerSpec.FromFile(p.getText());
    }

    private static LayerSpec readConstant(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.currentToken().isNumeric()) {
            ctxt.handleUnexpectedToken(Double.class, p.currentToken(), p, "expected a number");
            return null;
        }
        return new LayerSpec.Constant(p.getDoubleValue());
    }

    private static LayerSpec readGenerator(JsonParser p, DeserializationContext ctxt) throws IOException {
        GeneratorSpec spec = ctxt.readValue(p, GeneratorSpec.class);
        return spec == null ? null : new LayerSpec.Generated(spec);
    }

    @Override
    public Class<?> handledType() {
        return LayerSpec.class;
    }
}
