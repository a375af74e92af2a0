package org.drillgrid.model.gis;

import java.util.List;

/**
 * The features of one GeoJSON file. {@code crs}: {@code "EPSG:<code>"} from the file's legacy
 * {@code crs} member, or {@code "EPSG:4326"} (WGS 84 longitude/latitude, RFC 7946) when it has none.
 */
public record GeoJsonLayer(String file, String crs, List<GeoFeature> features) {

    public GeoJsonLayer {
        features = List.copyOf(features);
    }
}
