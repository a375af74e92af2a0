package org.drillgrid.model.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Where a grid layer's values come from: a raster file beside the scenario, one constant for every
 * cell, or a seeded generator. Exactly one key per layer object.
 */
@JsonDeserialize(using = LayerSpecDeserializer.class)
public sealed interface LayerSpec permits LayerSpec.FromFile, LayerSpec.Constant, LayerSpec.Generated {

    /** {@code {"file": "dem.asc"}}: an ESRI ASCII grid, path relative to the scenario file. */
    record FromFile(String file) implements LayerSpec {
    }

    /** {@code {"constant": 12.5}}: every cell has this value. */
    record Constant(double constant) implements LayerSpec {
    }

    /** {@code {"generator": {"type": "fractal", ...}}}: values computed by a seeded generator. */
    record Generated(GeneratorSpec generator) implements LayerSpec {
    }
}
