package org.drillgrid.model.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * A seeded layer generator. Same parameters and seed give the same raster on every machine: noise
 * comes from a hash of (seed, position), and only IEEE arithmetic and {@code StrictMath} are used.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(GeneratorSpec.Fractal.class),
        @JsonSubTypes.Type(GeneratorSpec.Radial.class)})
public sealed interface GeneratorSpec permits GeneratorSpec.Fractal, GeneratorSpec.Radial {

    /**
     * Fractal (fBm value-noise) surface: {@code mean + amplitude * noise}, noise in [-1, 1] summed over
     * {@code octaves} with gain {@code persistence}, first octave {@code scale} cells wide, plus a
     * planar tilt in metres per kilometre towards east ({@code tiltEast}) and south ({@code tiltSouth}).
     * Defaults: seed 1, mean 0, amplitude 1, octaves 5, persistence 0.5, scale 32, no tilt, no floor.
     */
    @JsonTypeName("fractal")
    record Fractal(Long seed, Double mean, Double amplitude, Integer octaves, Double persistence, Double scale,
            Double tiltEast, Double tiltSouth, Double min) implements GeneratorSpec {
    }

    /**
     * A radial bump: {@code peak * exp(-(d / radius)^2)} around {@code centre} [col, row] plus
     * {@code base}, d in cells. Used for population density around a town centre.
     * Defaults: base 0, peak 1, radius a quarter of the smaller grid side, centre the grid's middle.
     */
    @JsonTypeName("radial")
    record Radial(List<Integer> centre, Double base, Double peak, Double radius) implements GeneratorSpec {
    }
}
