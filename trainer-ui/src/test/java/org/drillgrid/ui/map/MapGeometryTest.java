package org.drillgrid.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.drillgrid.model.gis.Projection;
import org.drillgrid.model.scenario.GridSpec;
import org.junit.jupiter.api.Test;

/** Where the web map puts a grid: its metres, and longitude/latitude at its corners where it has a CRS. */
class MapGeometryTest {

    /** Degrees: the corners come from the projection itself, so they agree far below a cell. */
    private static final double DEGREES = 1e-9;

    @Test
    void aGridInCgcs2000GaussKrugerHasTheLongitudeAndLatitudeOfItsCorners() {
        GridSpec grid = new GridSpec(160, 120, 50.0, 455_000.0, 3_810_000.0, "EPSG:4547");
        MapGeometry g = MapGeometry.of(grid);
        Projection p = Projection.of("EPSG:4547").orElseThrow();
        double[] sw = p.inverse(455_000, 3_810_000);
        double[] ne = p.inverse(455_000 + 160 * 50, 3_810_000 + 120 * 50);
        assertEquals(sw[0], g.corners()[0][0], DEGREES);
        assertEquals(sw[1], g.corners()[0][1], DEGREES);
        assertEquals(ne[0], g.corners()[3][0], DEGREES);
        assertEquals(ne[1], g.corners()[3][1], DEGREES);
        // west of the 114 E central meridian (easting below 500 000 m), at about 34.4 N
        assertEquals(113.51, g.corners()[0][0], 0.02);
        assertEquals(34.42, g.corners()[0][1], 0.02);
        Map<String, Object> cfg = g.config((key, args) -> key);
        assertEquals("EPSG:4547", cfg.get("crs"));
        assertEquals(455_000.0, cfg.get("originX"));
        assertEquals(4, ((List<?>) cfg.get("corners")).size());
        assertEquals("map.north", ((Map<?, ?>) cfg.get("text")).get("north"));
    }

    @Test
    void aGridWithoutACoordinateSystemIsInItsOwnMetresOnly() {
        MapGeometry g = MapGeometry.of(new GridSpec(160, 120, 50.0, null, null));
        assertNull(g.corners());
        assertNull(g.crs());
        assertEquals(0.0, g.originX());
        Map<String, Object> cfg = g.config((key, args) -> key);
        assertNull(cfg.get("corners"));
        assertEquals(50.0, cfg.get("cell"));
        assertNull(MapGeometry.of(new GridSpec(10, 10, 50.0, 0.0, 0.0, "EPSG:4490")).corners(),
                "a geographic or unsupported system gives no corners");
    }
}
