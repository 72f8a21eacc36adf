package org.deconflict.app.store;

/** A WGS-84 point in degrees (latitude −90..90, longitude −180..180). */
public record LatLon(double lat, double lon) {

    public LatLon {
        Rows.requireLatLon(lat, lon);
    }
}
