package org.drillgrid.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binding reports every problem with its path and binds the rest. */
class TreeBinderTest {

    record Point(Integer x, Integer y) {
    }

    record Route(String name, List<Point> points, Boolean open) {
    }

    private final List<Violation> violations = new ArrayList<>();

    private Route bind(String json) throws IOException {
        return TreeBinder.bind((ObjectNode) Json.mapper().readTree(json), Route.class, violations);
    }

    private List<String> problems() {
        return violations.stream().map(Violation::toString).toList();
    }

    @Test
    void cleanDocumentBindsWithoutProblems() throws IOException {
        Route r = bind("{\"name\": \"r1\", \"points\": [{\"x\": 1, \"y\": 2}], \"open\": true}");
        assertEquals(new Route("r1", List.of(new Point(1, 2)), true), r);
        assertEquals(List.of(), violations);
    }

    @Test
    void everyBrokenValueIsReportedAndTheRestIsBound() throws IOException {
        Route r = bind("""
                {"name": "r1", "points": [{"x": "one", "y": 2}, {"x": 3, "y": 4, "z": 5}], "open": "yes"}
                """);
        assertEquals(List.of(
                "$.open: expected true or false, found the string \"yes\"",
                "$.points[0].x: expected an integer, found the string \"one\"",
                "$.points[1].z: unknown field (allowed: x, y)"), problems().stream().sorted().toList());
        assertEquals("r1", r.name());
        assertEquals(new Point(null, 2), r.points().get(0), "the broken value reads as null");
        assertEquals(new Point(3, 4), r.points().get(1));
        assertNull(r.open());
    }

    @Test
    void numberOrBooleanIsNotTakenForAString() throws IOException {
        bind("{\"name\": 5, \"points\": [], \"open\": true}");
        bind("{\"name\": false}");
        bind("{\"name\": 2.5}");
        assertEquals(List.of(
                "$.name: expected a string, found 5",
                "$.name: expected a string, found false",
                "$.name: expected a string, found 2.5"), problems());
    }

    @Test
    void theCallersTreeIsLeftAlone() throws IOException {
        ObjectNode tree = (ObjectNode) Json.mapper().readTree("{\"name\": 5}");
        String before = tree.toString();
        TreeBinder.bind(tree, Route.class, violations);
        assertEquals(before, tree.toString());
        assertEquals(List.of("$.name: expected a string, found 5"), problems());
    }

    @Test
    void violationPrintsPathThenMessage() {
        assertEquals("$.forces.teams[3].size: must be > 0",
                new Violation("$.forces.teams[3].size", "must be > 0").toString());
    }

    @Test
    void describesTypesTheWayAnAuthorThinksOfThem() {
        assertEquals("an integer", ReadProblems.describe(int.class));
        assertEquals("a number", ReadProblems.describe(Double.class));
        assertEquals("true or false", ReadProblems.describe(Boolean.class));
        assertEquals("an array", ReadProblems.describe(List.class));
        assertEquals("an object", ReadProblems.describe(Point.class));
    }

    @Test
    void mapperIsStrictOnInputAndStableOnOutput() throws IOException {
        assertEquals("{\"a\":1,\"b\":2}", Json.mapper().writeValueAsString(new java.util.HashMap<>(
                java.util.Map.of("b", 2, "a", 1))));
        assertEquals("{\"name\":\"r\"}", Json.mapper().writeValueAsString(new Route("r", null, null)),
                "nulls are not written");
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Json.mapper().readValue("{\"x\": 1, \"x\": 2}", Point.class));
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Json.mapper().readValue("{\"x\": 1} {}", Point.class));
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Json.mapper().readValue("{\"x\": 1.5}", Point.class));
    }
}
