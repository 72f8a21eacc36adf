package org.deconflict.engine.detect;

import org.deconflict.engine.geo.Geo;

/**
 * Scratch geometry of one pair at one time: B relative to A in a local plane at their mid-latitude (ellipsoid scale,
 * accurate to ~0.01 % over tens of km), B dead-reckoned from its last position. Reused; not thread-safe.
 */
final class PairGeometry {

    double dx;
    double dy;
    double dvx;
    double dvy;
    /** Feet and ft/s; NaN when either altitude is unknown. */
    double dz;
    double dvz;
    double horizontalM;
    double verticalFt;

    /**
     * Relates {@code b} to {@code a} at {@code tNanos}. Returns false when {@code b}'s last position is older than
     * {@code maxAgeS} (or in the future beyond it): too stale to dead-reckon.
     */
    boolean compute(Track a, Track b, long tNanos, double maxAgeS) {
        double ageA = a.ageS(tNanos);
        double ageB = b.ageS(tNanos);
        if (Math.abs(ageB) > maxAgeS || Math.abs(ageA) > maxAgeS) {
            return false;
        }
        double mLat = (a.mPerDegLat + b.mPerDegLat) / 2;
        double mLon = (a.mPerDegLon + b.mPerDegLon) / 2;
        double dLon = b.lonDeg - a.lonDeg;          // both in [-180, 180): one wrap at most
        if (dLon >= 180) {
            dLon -= 360;
        } else if (dLon < -180) {
            dLon += 360;
        }
        dx = dLon * mLon + b.vEastMps * ageB - a.vEastMps * ageA;
        dy = (b.latDeg - a.latDeg) * mLat + b.vNorthMps * ageB - a.vNorthMps * ageA;
        dvx = b.vEastMps - a.vEastMps;
        dvy = b.vNorthMps - a.vNorthMps;
        dz = (b.altitudeFt + b.vUpFtps * ageB) - (a.altitudeFt + a.vUpFtps * ageA);
        dvz = b.vUpFtps - a.vUpFtps;
        horizontalM = Math.sqrt(dx * dx + dy * dy);
        verticalFt = Math.abs(dz);
        return true;
    }

    boolean verticalKnown() {
        return !Double.isNaN(dz);
    }

    /** Slant range in metres (horizontal only when the vertical is unknown). */
    double slantM() {
        return slant(horizontalM, verticalFt);
    }

    static double slant(double horizontalM, double verticalFt) {
        return Double.isNaN(verticalFt) ? horizontalM : Math.sqrt(horizontalM * horizontalM + verticalFt * verticalFt * (Geo.M_PER_FT * Geo.M_PER_FT));
    }

    /** Bearing from A to B, degrees [0, 360). */
    double bearingDeg() {
        return Geo.normalize360(Math.toDegrees(Math.atan2(dx, dy)));
    }
}
