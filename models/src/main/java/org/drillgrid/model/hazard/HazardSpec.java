package org.drillgrid.model.hazard;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** An entry of the scenario's {@code hazards} list, told apart by {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = FloodSpec.class, name = FloodSpec.TYPE),
        @JsonSubTypes.Type(value = QuakeSpec.class, name = QuakeSpec.TYPE),
        @JsonSubTypes.Type(value = FireSpec.class, name = FireSpec.TYPE)})
public sealed interface HazardSpec permits FloodSpec, QuakeSpec, FireSpec {
}
