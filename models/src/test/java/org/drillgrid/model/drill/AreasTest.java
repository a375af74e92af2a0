package org.drillgrid.model.drill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Named places, shelters, depots and literal rectangles resolve to cell rectangles; the rest say why not. */
class AreasTest {

    /** 20 x 10 cells; place "village" written with its corners swapped, shelter s1 at [4, 4], depot d1 at [3, 7]. */
    private static final String DOC = """
            {"id": "mini", "grid": {"cols": 20, "rows": 10, "cellSize": 30}, "duration": "6h",
             "forces": {"depots": [{"id": "d1", "level": "city", "cell": [3, 7]}],
                        "shelters": [{"id": "s1", "cell": [4, 4], "capacity": 300}]},
             "drill": {"places": [{"id": "village", "cells": [6, 5, 2, 1]},
                                  {"id": "edge", "cells": [15, 0, 20, 3]}]}}
            """;

    private static Scenario s;

    @BeforeAll
    static void read() throws Exception {
        s = Json.mapper().readValue(DOC, Scenario.class);
    }

    private static List<Integer> rect(AreaRef ref) {
        int[] r = Areas.resolve(ref, s).orElseThrow(() -> new AssertionError(ref + " did not resolve"));
        return Arrays.stream(r).boxed().toList();
    }

    @Test
    void placeIdResolvesToItsCellsWithCornersOrdered() {
        assertEquals(List.of(2, 1, 6, 5), rect(AreaRef.place("village")));
    }

    @Test
    void shelterIdResolvesToItsCell() {
        assertEquals(List.of(4, 4, 4, 4), rect(AreaRef.place("s1")));
    }

    @Test
    void depotIdResolvesToItsCell() {
        assertEquals(List.of(3, 7, 3, 7), rect(AreaRef.place("d1")));
    }

    @Test
    void literalCellsResolveWithCornersInAnyOrder() {
        assertEquals(List.of(1, 2, 5, 6), rect(AreaRef.cells(1, 2, 5, 6)));
        assertEquals(List.of(1, 2, 5, 6), rect(AreaRef.cells(5, 6, 1, 2)));
        assertEquals(List.of(1, 2, 5, 6), rect(AreaRef.cells(1, 6, 5, 2)));
        assertEquals(List.of(1, 2, 5, 6), rect(AreaRef.cells(5, 2, 1, 6)));
        assertArrayEquals(new int[] {7, 7, 7, 7}, Areas.resolve(AreaRef.cells(7, 7, 7, 7), s).orElseThrow());
    }

    @Test
    void unknownIdDoesNotResolve() {
        assertTrue(Areas.resolve(AreaRef.place("nowhere"), s).isEmpty());
        assertEquals("no place, shelter or depot 'nowhere'", Areas.problem(AreaRef.place("nowhere"), s, 20, 10));
    }

    @Test
    void idsAreCaseSensitive() {
        assertTrue(Areas.resolve(AreaRef.place("Village"), s).isEmpty());
    }

    @Test
    void cellsThatAreNotFourNumbersDoNotResolve() {
        assertTrue(Areas.resolve(new AreaRef(null, List.of(1, 2, 3)), s).isEmpty());
        assertTrue(Areas.resolve(new AreaRef(null, Arrays.asList(1, null, 3, 4)), s).isEmpty());
        assertEquals("expected four cell numbers [col0, row0, col1, row1]",
                Areas.problem(new AreaRef(null, List.of(1, 2, 3)), s, 20, 10));
    }

    @Test
    void missingAreaIsRequired() {
        assertTrue(Areas.resolve(null, s).isEmpty());
        assertEquals("required: a place id or {\"cells\": [col0, row0, col1, row1]}", Areas.problem(null, s, 20, 10));
    }

    @Test
    void areasInsideTheGridHaveNoProblem() {
        assertNull(Areas.problem(AreaRef.place("village"), s, 20, 10));
        assertNull(Areas.problem(AreaRef.place("s1"), s, 20, 10));
        assertNull(Areas.problem(AreaRef.place("d1"), s, 20, 10));
        assertNull(Areas.problem(AreaRef.cells(0, 0, 19, 9), s, 20, 10));
        assertNull(Areas.problem(AreaRef.cells(19, 9, 0, 0), s, 20, 10));
    }

    @Test
    void areasReachingOutsideTheGridAreNamed() {
        assertEquals("area cells [0, 0, 20, 3] reaches outside the grid (20 x 10)",
                Areas.problem(AreaRef.cells(0, 0, 20, 3), s, 20, 10));
        assertEquals("area cells [3, 10, 0, 0] reaches outside the grid (20 x 10)",
                Areas.problem(AreaRef.cells(3, 10, 0, 0), s, 20, 10));
        assertEquals("area cells [-1, 0, 2, 2] reaches outside the grid (20 x 10)",
                Areas.problem(AreaRef.cells(-1, 0, 2, 2), s, 20, 10));
        assertEquals("area cells [2, 2, 0, -1] reaches outside the grid (20 x 10)",
                Areas.problem(AreaRef.cells(2, 2, 0, -1), s, 20, 10));
        assertEquals("area edge reaches outside the grid (20 x 10)", Areas.problem(AreaRef.place("edge"), s, 20, 10));
    }

    @Test
    void theGridSizeIsTheOneGiven() {
        assertEquals("area s1 reaches outside the grid (4 x 4)", Areas.problem(AreaRef.place("s1"), s, 4, 4));
        assertNull(Areas.problem(AreaRef.place("s1"), s, 5, 5));
    }

    @Test
    void areaRefReadsAPlaceIdOrCellsAndWritesThemBack() throws Exception {
        AreaRef place = Json.mapper().readValue("\"village\"", AreaRef.class);
        AreaRef cells = Json.mapper().readValue("{\"cells\": [1, 2, 3, 4]}", AreaRef.class);
        assertEquals(AreaRef.place("village"), place);
        assertEquals(AreaRef.cells(1, 2, 3, 4), cells);
        assertEquals("\"village\"", Json.mapper().writeValueAsString(place));
        assertEquals("{\"cells\":[1,2,3,4]}", Json.mapper().writeValueAsString(cells));
        assertEquals("cells [1, 2, 3, 4]", cells.toString());
    }
}
