package org.drillgrid.model.gis;

/**
 * A GIS file could not be imported. The message always names the file and says why, in words a drill
 * designer can act on (for example "dem.tif is in EPSG:32650 but the scenario grid is in EPSG:4547;
 * reproject it first (for example gdalwarp -t_srs EPSG:4547)").
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
