package org.drillgrid.model.gis;

import java.util.Locale;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Geographic longitude/latitude (degrees) to transverse Mercator easting/northing (metres), for the
 * projected systems scenario grids use. Supported EPSG codes (EPSG Geodetic Parameter Dataset):
 * <ul>
 *   <li>EPSG:32601 to 32660, "WGS 84 / UTM zone 1N" to "zone 60N": WGS 84 ellipsoid, central meridian
 *       {@code 6 * zone - 183} degrees, scale 0.9996, false easting 500 000 m, false northing 0;</li>
 *   <li>EPSG:4534 to 4554, "CGCS2000 / 3-degree Gauss-Kruger CM 75E" to "CM 135E": CGCS2000 ellipsoid,
 *       central meridian {@code 75 + 3 * (code - 4534)} degrees east (EPSG:4547 is CM 114E), scale 1,
 *       false easting 500 000 m (no zone prefix), false northing 0;</li>
 *   <li>EPSG:4502 to 4512, "CGCS2000 / Gauss-Kruger CM 75E" to "CM 135E" (6-degree zones): central
 *       meridian {@code 75 + 6 * (code - 4502)} degrees east, scale 1, false easting 500 000 m.</li>
 * </ul>
 * The zone-prefixed CGCS2000 systems (EPSG:4491-4501 and 4513-4533, whose false easting carries the zone
 * number) and southern UTM zones are not supported: {@link #of} answers empty for them.
 *
 * <p>The mapping is the Krüger series in the form of Karney (2011), "Transverse Mercator with an accuracy
 * of a few nanometers", J. Geodesy 85, eqs. 35-36, to fourth order in the third flattening n, with
 * the conformal latitude solved exactly; within a few degrees of the central meridian it agrees with
 * Snyder (1987), USGS Professional Paper 1395, eqs. 8-9 to 8-13, to well under a millimetre. The
 * CGCS2000 ellipsoid (a = 6 378 137 m, 1/f = 298.257222101, as GRS 80) and WGS 84 (1/f = 298.257223563)
 * differ by 0.1 mm in the semi-minor axis; longitudes and latitudes in WGS 84 are used as CGCS2000 ones
 * (the two frames agree to a few centimetres, far below a grid cell).
 */
public final class Projection {

    /** An ellipsoid by semi-major axis (m) and flattening. */
    record Ellipsoid(double a, double f) {
        static final Ellipsoid WGS84 = new Ellipsoid(6_378_137.0, 1 / 298.257223563);
        static final Ellipsoid CGCS2000 = new Ellipsoid(6_378_137.0, 1 / 298.257222101);
    }

    private static final Pattern EPSG = Pattern.compile("EPSG:(\\d{4,6})");
    private static final double UTM_SCALE = 0.9996;
    private static final double FALSE_EASTING = 500_000;
    /** Iterations of the conformal-to-geodetic latitude solution; it gains a factor e^2 ~ 1/150 each. */
    private static final int LATITUDE_ITERATIONS = 20;

    private final String crs;
    private final double lon0;
    private final double k0;
    private final double falseEasting;
    private final double falseNorthing;
    private final double e;
    /** k0 times the rectifying radius A. */
    private final double k0A;
    private final double[] alpha;
    private final double[] beta;

    Projection(String crs, Ellipsoid ellipsoid, double lon0Deg, double k0, double falseEasting, double falseNorthing) {
        this.crs = crs;
        this.lon0 = Math.toRadians(lon0Deg);
        this.k0 = k0;
        this.falseEasting = falseEasting;
        this.falseNorthing = falseNorthing;
        double f = ellipsoid.f();
        double n = f / (2 - f);
        double n2 = n * n;
        double n3 = n2 * n;
        double n4 = n3 * n;
        this.e = Math.sqrt(f * (2 - f));
        this.k0A = k0 * ellipsoid.a() / (1 + n) * (1 + n2 / 4 + n4 / 64);
        this.alpha = new double[] {
            n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180,
            13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440,
            61 * n3 / 240 - 103 * n4 / 140,
            49561 * n4 / 161280};
        this.beta = new double[] {
            n / 2 - 2 * n2 / 3 + 37 * n3 / 96 - n4 / 360,
            n2 / 48 + n3 / 15 - 437 * n4 / 1440,
            17 * n3 / 480 - 37 * n4 / 840,
            4397 * n4 / 161280};
    }

    /**
     * The projection of a supported projected system ({@code "EPSG:4547"}), or empty for any other
     * code, a geographic system or null.
     */
    public static Optional<Projection> of(String crs) {
        if (crs == null) {
            return Optional.empty();
        }
        Matcher m = EPSG.matcher(crs);
        if (!m.matches()) {
            return Optional.empty();
        }
        int code = Integer.parseInt(m.group(1));
        if (code >= 32601 && code <= 32660) {
            int zone = code - 32600;
            return Optional.of(new Projection(crs, Ellipsoid.WGS84, 6 * zone - 183, UTM_SCALE, FALSE_EASTING, 0));
        }
        if (code >= 4534 && code <= 4554) {
            return Optional.of(new Projection(crs, Ellipsoid.CGCS2000, 75 + 3 * (code - 4534), 1, FALSE_EASTING, 0));
        }
        if (code >= 4502 && code <= 4512) {
            return Optional.of(new Projection(crs, Ellipsoid.CGCS2000, 75 + 6 * (code - 4502), 1, FALSE_EASTING, 0));
        }
        return Optional.empty();
    }

    /** Whether {@code crs} is one of the geographic systems read as longitude/latitude (WGS 84, CGCS2000). */
    static boolean isGeographic(String crs) {
        return "EPSG:4326".equals(crs) || "EPSG:4490".equals(crs);
    }

    /**
     * A metric system for a place, to suggest in a gdalwarp line: in China (a rough box, 73-135 E, 18-54 N)
     * the CGCS2000 3-degree Gauss-Kruger zone of the longitude (EPSG:4534-4554), elsewhere the WGS 84 / UTM
     * zone (326xx north, 327xx south).
     */
    static String suggestedCrs(double lon, double lat) {
        if (lon >= 73.5 && lon < 136.5 && lat >= 18 && lat <= 54) {
            int cm = (int) Math.round(lon / 3) * 3;
            return String.format(Locale.ROOT, "EPSG:%d (CGCS2000 / 3-degree Gauss-Kruger CM %dE)",
                    4534 + (cm - 75) / 3, cm);
        }
        int zone = Math.max(1, Math.min(60, (int) Math.floor((lon + 180) / 6) + 1));
        return String.format(Locale.ROOT, "EPSG:%d (WGS 84 / UTM zone %d%s)", (lat >= 0 ? 32600 : 32700) + zone, zone,
                lat >= 0 ? "N" : "S");
    }

    public String crs() {
        return crs;
    }

    /** The central meridian, degrees east. */
    public double centralMeridian() {
        return Math.toDegrees(lon0);
    }

    /** {easting, northing} in metres of a point at {@code lonDeg} east and {@code latDeg} north. */
    public double[] forward(double lonDeg, double latDeg) {
        double phi = Math.toRadians(latDeg);
        double lambda = Math.toRadians(lonDeg) - lon0;
        double sinPhi = Math.sin(phi);
        // tangent of the conformal latitude
        double t = Math.sinh(atanh(sinPhi) - e * atanh(e * sinPhi));
        double xiP = Math.atan2(t, Math.cos(lambda));
        double etaP = atanh(Math.sin(lambda) / Math.sqrt(1 + t * t));
        double xi = xiP;
        double eta = etaP;
        for (int j = 1; j <= alpha.length; j++) {
            xi += alpha[j - 1] * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
            eta += alpha[j - 1] * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
        }
        return new double[] {falseEasting + k0A * eta, falseNorthing + k0A * xi};
    }

    /** {longitude, latitude} in degrees of a point at {@code easting}, {@code northing} metres. */
    public double[] inverse(double easting, double northing) {
        double xi = (northing - falseNorthing) / k0A;
        double eta = (easting - falseEasting) / k0A;
        double xiP = xi;
        double etaP = eta;
        for (int j = 1; j <= beta.length; j++) {
            xiP -= beta[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
            etaP -= beta[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
        }
        double chi = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
        double lambda = Math.atan2(Math.sinh(etaP), Math.cos(xiP));
        return new double[] {Math.toDegrees(lon0 + lambda), Math.toDegrees(geodeticLatitude(chi))};
    }

    /** The latitude whose conformal latitude is {@code chi}, by fixed-point iteration. */
    private double geodeticLatitude(double chi) {
        double tanHalf = Math.tan(Math.PI / 4 + chi / 2);
        double phi = chi;
        for (int i = 0; i < LATITUDE_ITERATIONS; i++) {
            double es = e * Math.sin(phi);
            double next = 2 * Math.atan(tanHalf * Math.pow((1 + es) / (1 - es), e / 2)) - Math.PI / 2;
            if (Math.abs(next - phi) < 1e-15) {
                return next;
            }
            phi = next;
        }
        return phi;
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    @Override
    public String toString() {
        return crs + " (transverse Mercator, central meridian " + centralMeridian() + ", scale " + k0 + ")";
    }
}
