package org.deconflict.app.store;

/**
 * A latitude/longitude box in degrees, edges included. {@code minLon > maxLon} means the box crosses the
 * 180° meridian (e.g. 170..−170).
 */
public record BBox(double minLat, double minLon, double maxLat, double maxLon) {

    public BBox {
        Rows.requireLatLon(minLat, minLon);
        Rows.requireLatLon(maxLat, maxLon);
        if (minLat > maxLat) {
            throw new IllegalArgumentException("minLat " + minLat + " > maxLat " + maxLat);
        }
    }

    /** True when the box wraps over the 180° meridian. */
    public boolean crossesAntimeridian() {
        return minLon > maxLon;
    }

    /** True when the point lies inside or on the edge. */
    public boolean contains(LatLon p) {
        boolean latOk = p.lat() >= minLat && p.lat() <= maxLat;
        boolean lonOk = crossesAntimeridian()
                ? p.lon() >= minLon || p.lon() <= maxLon
                : p.lon() >= minLon && p.lon() <= maxLon;
        return latOk && lonOk;
    }
}
