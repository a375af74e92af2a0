package org.drillgrid.model.drill;

import java.util.Optional;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Depot;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Shelter;

/** Resolves {@link AreaRef}s of a scenario to cell rectangles {@code {col0, row0, col1, row1}}. */
public final class Areas {

    private Areas() {
    }

    /**
     * The rectangle of an area: a named place, a shelter or depot (its cell), or literal cells (corners
     * in any order). Empty when the name is unknown or the cells are not four numbers.
     */
    public static Optional<int[]> resolve(AreaRef ref, Scenario s) {
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.cells() != null) {
            return rect(ref.cells());
        }
        String id = ref.place();
        Optional<Place> place = s.drillOrEmpty().place(id);
        if (place.isPresent()) {
            return rect(place.get().cells());
        }
        for (Shelter sh : s.forcesOrNone().sheltersOrEmpty()) {
            if (sh != null && id.equals(sh.id()) && sh.cell() != null) {
                return Optional.of(cell(sh.cell()));
            }
        }
        for (Depot d : s.forcesOrNone().depotsOrEmpty()) {
            if (d != null && id.equals(d.id()) && d.cell() != null) {
                return Optional.of(cell(d.cell()));
            }
        }
        return Optional.empty();
    }

    /** Why an area does not resolve inside a cols x rows grid, or null when it does. */
    public static String problem(AreaRef ref, Scenario s, int cols, int rows) {
        if (ref == null) {
            return "required: a place id or {\"cells\": [col0, row0, col1, row1]}";
        }
        Optional<int[]> r = resolve(ref, s);
        if (r.isEmpty()) {
            return ref.place() != null ? "no place, shelter or depot '" + ref.place() + "'"
                    : "expected four cell numbers [col0, row0, col1, row1]";
        }
        int[] a = r.get();
        if (a[0] < 0 || a[1] < 0 || a[2] >= cols || a[3] >= rows) {
            return "area " + ref + " reaches outside the grid (" + cols + " x " + rows + ")";
        }
        return null;
    }

    private static Optional<int[]> rect(java.util.List<Integer> c) {
        if (c == null || c.size() != 4 || c.stream().anyMatch(java.util.Objects::isNull)) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Math.min(c.get(0), c.get(2)), Math.min(c.get(1), c.get(3)),
                Math.max(c.get(0), c.get(2)), Math.max(c.get(1), c.get(3))});
    }

    private static int[] cell(CellRef c) {
        return new int[] {c.col(), c.row(), c.col(), c.row()};
    }
}
