package org.drillgrid.model.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A grid cell written as {@code [col, row]}; column 0 is the west edge, row 0 the north edge. */
@JsonDeserialize(using = CellRefDeserializer.class)
public record CellRef(int col, int row) {

    @JsonValue
    public int[] asArray() {
        return new int[] {col, row};
    }

    @Override
    public String toString() {
        return "[" + col + ", " + row + "]";
    }
}
