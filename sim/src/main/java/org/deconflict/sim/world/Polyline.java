package org.deconflict.sim.world;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.engine.geo.Geo;

/** A route as a list of points with cumulative distances, for placing traffic along airways and shipping lanes. */
final class Polyline {

    final double[] lat;
    final double[] lon;
    final double[] cumM;

    Polyline(double[] lat, double[] lon) {
        this.lat = lat;
        this.lon = lon;
        this.cumM = new double[lat.length];
        for (int i = 1; i < lat.length; i++) {
            cumM[i] = cumM[i - 1] + Geo.distanceM(lat[i - 1], lon[i - 1], lat[i], lon[i]);
        }
    }

    static Polyline of(List<List<Double>> points) {
        if (points == null || points.size() < 2) {
            throw new IllegalArgumentException("a route needs at least two [lat, lon] points");
        }
        double[] la = new double[points.size()], lo = new double[points.size()];
        for (int i = 0; i < la.length; i++) {
            la[i] = points.get(i).get(0);
            lo[i] = points.get(i).get(1);
        }
        return new Polyline(la, lo);
    }

    double lengthM() {
        return cumM[cumM.length - 1];
    }

    /** The same points in reverse order. */
    Polyline reversed() {
        int n = lat.length;
        double[] la = new double[n], lo = new double[n];
        for (int i = 0; i < n; i++) {
            la[i] = lat[n - 1 - i];
            lo[i] = lon[n - 1 - i];
        }
        return new Polyline(la, lo);
    }

    /** Every vertex moved {@code offsetM} to the right of the direction of travel (a one-way traffic lane). */
    Polyline offsetRight(double offsetM) {
        int n = lat.length;
        double[] la = new double[n], lo = new double[n];
        for (int i = 0; i < n; i++) {
            double bIn = i > 0 ? Geo.bearingDeg(lat[i - 1], lon[i - 1], lat[i], lon[i]) : Double.NaN;
            double bOut = i < n - 1 ? Geo.bearingDeg(lat[i], lon[i], lat[i + 1], lon[i + 1]) : Double.NaN;
            double b = Double.isNaN(bIn) ? bOut : Double.isNaN(bOut) ? bIn : bIn + Geo.normalize180(bOut - bIn) / 2;
            la[i] = Geo.destinationLatDeg(lat[i], lon[i], b + 90, offsetM);
            lo[i] = Geo.destinationLonDeg(lat[i], lon[i], b + 90, offsetM);
        }
        return new Polyline(la, lo);
    }

    /** Writes lat, lon at {@code distM} along the line into {@code out[0..1]} (linear within a segment). */
    void at(double distM, double[] out) {
        int i = 1;
        while (i < cumM.length - 1 && cumM[i] < distM) {
            i++;
        }
        double seg = cumM[i] - cumM[i - 1];
        double f = seg <= 0 ? 0 : Math.max(0, Math.min(1, (distM - cumM[i - 1]) / seg));
        out[0] = lat[i - 1] + f * (lat[i] - lat[i - 1]);
        out[1] = lon[i - 1] + f * (lon[i] - lon[i - 1]);
    }

    /** The points from {@code distM} along the line to its end: the current position first, then the vertices still ahead. */
    List<double[]> remainingFrom(double distM) {
        List<double[]> pts = new ArrayList<>();
        double[] p = new double[2];
        at(distM, p);
        pts.add(p);
        for (int i = 1; i < cumM.length; i++) {
            if (cumM[i] > distM + 1) {
                pts.add(new double[] {lat[i], lon[i]});
            }
        }
        return pts;
    }
}
