package org.drillgrid.model.drill;

import java.util.List;
import org.drillgrid.model.scenario.LocalizedText;

/**
 * A named rectangle of cells that injects, conditions and orders refer to by id: an underpass, a
 * village, a levee reach. {@code cells} is {@code [col0, row0, col1, row1]}, corners inclusive.
 */
public record Place(String id, LocalizedText name, List<Integer> cells) {
}
