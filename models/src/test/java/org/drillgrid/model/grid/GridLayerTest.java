package org.drillgrid.model.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GridLayerTest {

    @Test
    void rowMajorFromTheNorthWestCorner() {
        GridLayer g = new GridLayer(3, 2, new double[] {1, 2, 3, 4, 5, 6});
        assertEquals(3, g.get(2, 0));
        assertEquals(4, g.get(0, 1));
        assertEquals(6, g.at(5));
        assertEquals(6, g.size());
    }

    @Test
    void isImmutable() {
        double[] values = {1, 2, 3, 4};
        GridLayer g = new GridLayer(2, 2, values);
        values[0] = 99;
        g.toArray()[1] = 99;
        assertEquals(new GridLayer(2, 2, new double[] {1, 2, 3, 4}), g);
    }

    @Test
    void valueCountMustMatchTheShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GridLayer(3, 2, new double[5]));
        assertEquals("grid 3x2 needs 6 values, got 5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GridLayer(0, 2, new double[0]));
    }

    @Test
    void statisticsSkipNodata() {
        GridLayer g = new GridLayer(2, 2, new double[] {1, Double.NaN, -3, 10});
        assertEquals(8, g.sum());
        assertEquals(-3, g.min());
        assertEquals(10, g.max());
        assertEquals(1, g.count(Double::isNaN));
        assertEquals(Double.NaN, GridLayer.constant(1, 1, Double.NaN).max());
    }

    @Test
    void mapAndEquality() {
        GridLayer g = GridLayer.constant(2, 3, 4);
        assertEquals(GridLayer.constant(2, 3, 8), g.map(v -> v * 2));
        assertEquals(g.hashCode(), GridLayer.constant(2, 3, 4).hashCode());
        assertNotEquals(GridLayer.constant(3, 2, 4), g, "same values, other shape");
    }
}
