package org.drillgrid.model.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Transverse Mercator against published reference values, and forward/inverse round trips. */
class ProjectionTest {

    /** Snyder prints the example to 0.1 m; our values must round to his. */
    private static final double SNYDER_TOLERANCE = 0.05;
    private static final double METRE_TOLERANCE = 1e-3;
    /** 1e-10 degrees is about 0.01 mm on the ground. */
    private static final double DEGREE_TOLERANCE = 1e-10;

    /**
     * Snyder (1987), Map Projections: A Working Manual, USGS Professional Paper 1395, Appendix A, numerical
     * example "Transverse Mercator (ellipsoid), forward", p. 269: Clarke 1866 (a = 6 378 206.4 m,
     * e^2 = 0.00676866), central meridian 75 W, k0 = 0.9996, latitude of origin 0; the point 40 deg 30' N,
     * 73 deg 30' W projects to x = 127 106.5 m, y = 4 484 124.4 m (no false easting).
     */
    @Test
    void snydersUtmExampleOnClarke1866() {
        double e2 = 0.00676866;
        Projection.Ellipsoid clarke1866 = new Projection.Ellipsoid(6_378_206.4, 1 - Math.sqrt(1 - e2));
        Projection p = new Projection("Snyder p. 269", clarke1866, -75, 0.9996, 0, 0);
        double[] xy = p.forward(-73.5, 40.5);
        assertEquals(127_106.5, xy[0], SNYDER_TOLERANCE);
        assertEquals(4_484_124.4, xy[1], SNYDER_TOLERANCE);
        double[] back = p.inverse(127_106.5, 4_484_124.4);
        assertEquals(-73.5, back[0], 1e-6, "Snyder's inverse example returns the same point");
        assertEquals(40.5, back[1], 1e-6);
    }

    /**
     * On the central meridian the northing is k0 times the meridian arc. The WGS 84 quarter meridian
     * (equator to pole) is 10 001 965.729 m, a widely tabulated value (e.g. Wikipedia, "Meridian arc"), so
     * the pole's UTM northing is 0.9996 times that; at 45 degrees the arc is checked against Snyder's
     * (1987) series for the meridian distance M, eq. 3-21 (p. 17), computed here independently.
     */
    @Test
    void centralMeridianNorthingIsScaleTimesMeridianArc() {
        double quadrant = 10_001_965.729;
        Projection utm50 = Projection.of("EPSG:32650").orElseThrow();
        assertEquals(500_000, utm50.forward(117, 90)[0], METRE_TOLERANCE);
        assertEquals(0.9996 * quadrant, utm50.forward(117, 90)[1], METRE_TOLERANCE);
        assertEquals(0, utm50.forward(117, 0)[1], METRE_TOLERANCE);
        // at 45 degrees against the meridian-arc series of Snyder (1987) eq. 3-21, computed independently
        double a = 6_378_137;
        double e2 = Projection.Ellipsoid.WGS84.f() * (2 - Projection.Ellipsoid.WGS84.f());
        double phi = Math.toRadians(45);
        double m = a * ((1 - e2 / 4 - 3 * e2 * e2 / 64 - 5 * e2 * e2 * e2 / 256) * phi
                - (3 * e2 / 8 + 3 * e2 * e2 / 32 + 45 * e2 * e2 * e2 / 1024) * Math.sin(2 * phi)
                + (15 * e2 * e2 / 256 + 45 * e2 * e2 * e2 / 1024) * Math.sin(4 * phi)
                - 35 * e2 * e2 * e2 / 3072 * Math.sin(6 * phi));
        assertEquals(0.9996 * m, utm50.forward(117, 45)[1], METRE_TOLERANCE);
    }

    @ParameterizedTest
    @CsvSource({
        "EPSG:32601, -177", "EPSG:32650, 117", "EPSG:32660, 177",
        "EPSG:4534, 75", "EPSG:4547, 114", "EPSG:4554, 135",
        "EPSG:4502, 75", "EPSG:4508, 111", "EPSG:4512, 135"})
    void supportedCodesAndTheirCentralMeridians(String crs, double centralMeridian) {
        Projection p = Projection.of(crs).orElseThrow();
        assertEquals(centralMeridian, p.centralMeridian(), 1e-12);
        assertEquals(500_000, p.forward(centralMeridian, 30)[0], METRE_TOLERANCE, "false easting on the meridian");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EPSG:4326", "EPSG:4490", "EPSG:4533", "EPSG:4513", "EPSG:4491", "EPSG:4501",
        "EPSG:4555", "EPSG:32701", "EPSG:32600", "EPSG:32661", "4547", "epsg:4547", ""})
    void otherCodesAreNotSupported(String crs) {
        assertEquals(Optional.empty(), Projection.of(crs));
    }

    @Test
    void gaussKrugerScaleIsOneAndEastingIsSymmetric() {
        Projection gk = Projection.of("EPSG:4547").orElseThrow();
        double[] east = gk.forward(115.2, 34.3);
        double[] west = gk.forward(112.8, 34.3);
        assertEquals(1_000_000, east[0] + west[0], METRE_TOLERANCE);
        assertEquals(east[1], west[1], METRE_TOLERANCE);
        // a short arc along the central meridian has the length of the meridian there (k0 = 1)
        double north = gk.forward(114, 34.3001)[1] - gk.forward(114, 34.2999)[1];
        double a = 6_378_137;
        double e2 = Projection.Ellipsoid.CGCS2000.f() * (2 - Projection.Ellipsoid.CGCS2000.f());
        double sin = Math.sin(Math.toRadians(34.3));
        double meridianRadius = a * (1 - e2) / Math.pow(1 - e2 * sin * sin, 1.5);
        assertEquals(meridianRadius * Math.toRadians(0.0002), north, 1e-6);
    }

    @Test
    void forwardThenInverseReturnsThePoint() {
        for (String crs : new String[] {"EPSG:4547", "EPSG:4508", "EPSG:32650", "EPSG:32633"}) {
            Projection p = Projection.of(crs).orElseThrow();
            double lon0 = p.centralMeridian();
            for (double dLon = -3; dLon <= 3; dLon += 0.75) {
                for (double lat = -60; lat <= 75; lat += 7.5) {
                    double[] xy = p.forward(lon0 + dLon, lat);
                    double[] ll = p.inverse(xy[0], xy[1]);
                    assertEquals(lon0 + dLon, ll[0], DEGREE_TOLERANCE, crs + " " + dLon + " " + lat);
                    assertEquals(lat, ll[1], DEGREE_TOLERANCE, crs + " " + dLon + " " + lat);
                    double[] again = p.forward(ll[0], ll[1]);
                    assertTrue(Math.hypot(again[0] - xy[0], again[1] - xy[1]) < METRE_TOLERANCE);
                }
            }
        }
    }

    /**
     * PROJ as GDAL 3.6.2 runs it ({@code gdaltransform -s_srs EPSG:4326 -t_srs EPSG:<code> -output_xy},
     * longitude first, no datum shift between WGS 84 and CGCS2000): the same points in three systems,
     * up to 4.5 degrees from the central meridian.
     */
    @ParameterizedTest
    @CsvSource({
        "EPSG:4547, 114.01005130, 34.32827041, 500924.999949, 3800074.999682",
        "EPSG:4547, 115.2, 34.3, 610473.467599, 3797590.958168",
        "EPSG:4547, 112.6, 40.1, 380621.128548, 4441572.138428",
        "EPSG:32650, 114.01005130, 34.32827041, 224905.587731, 3802604.933837",
        "EPSG:32650, 112.6, 40.1, 124902.454329, 4448143.443392",
        "EPSG:4508, 115.2, 34.3, 886774.028027, 3804936.070733",
        "EPSG:4508, 112.6, 40.1, 636433.712188, 4441859.802730"})
    void agreesWithProj(String crs, double lon, double lat, double easting, double northing) {
        double[] xy = Projection.of(crs).orElseThrow().forward(lon, lat);
        assertEquals(easting, xy[0], METRE_TOLERANCE);
        assertEquals(northing, xy[1], METRE_TOLERANCE);
    }
}
