package org.deconflict.engine.track;

import java.util.HashMap;
import java.util.Map;

import org.deconflict.engine.geo.Geo;

/**
 * Per-receiver coverage learned from traffic: for each of 72 bearing sectors (5°) and 6 altitude bands, the farthest
 * range at which the receiver has delivered accepted positions. Used to tell a transponder that went quiet inside
 * coverage from a target that flew out of range. Not thread-safe.
 */
public final class CoverageModel {

    /** Bearing sectors of 5° each. */
    public static final int SECTORS = 72;
    /** Upper edges of the altitude bands in feet; the last band is open above 30 000 ft. */
    private static final double[] BAND_TOP_FT = {1_000, 5_000, 10_000, 20_000, 30_000};
    public static final int BANDS = BAND_TOP_FT.length + 1;

    private final ReceiverRegistry registry;
    private final int minSamples;
    private final Map<Integer, Cells> byReceiver = new HashMap<>();
    /** The receiver {@link #learn} saw last and its cells (positions mostly come through the same receiver in a row). */
    private int lastLearnedId;
    private Cells lastLearned;

    private static final class Cells {
        final float[] rangeM = new float[SECTORS * BANDS];
        final int[] samples = new int[SECTORS * BANDS];
    }

    /** @param minSamples positions a cell needs before it counts as covered */
    public CoverageModel(ReceiverRegistry registry, int minSamples) {
        this.registry = registry;
        this.minSamples = minSamples;
    }

    /** Records an accepted position heard by the receiver (ignored for unregistered receivers). */
    public void learn(int receiverId, double latDeg, double lonDeg, double altitudeFt) {
        ReceiverSite site = registry.find(receiverId);
        if (site == null) {
            return;
        }
        Cells c = lastLearned;
        if (c == null || receiverId != lastLearnedId) {
            c = byReceiver.computeIfAbsent(receiverId, k -> new Cells());
            lastLearned = c;
            lastLearnedId = receiverId;
        }
        int cell = cell(site, latDeg, lonDeg, altitudeFt);
        float r = (float) Geo.distanceM(site.latDeg(), site.lonDeg(), latDeg, lonDeg);
        if (r > c.rangeM[cell]) {
            c.rangeM[cell] = r;
        }
        c.samples[cell]++;
    }

    /**
     * True when the receiver has delivered positions at least as far in this bearing sector at this altitude band or
     * any lower band (line of sight only improves with height), and, for a 1090 MHz receiver and a known altitude, the
     * point lies within the receiver's 4/3-earth radio horizon at that altitude: a band spans hundreds of feet, and an
     * aircraft skimming the sea at 30 ft drops below a horizon that the same band reaches at 900 ft.
     */
    public boolean covers(int receiverId, double latDeg, double lonDeg, double altitudeFt) {
        ReceiverSite site = registry.find(receiverId);
        Cells c = byReceiver.get(receiverId);
        if (site == null || c == null) {
            return false;
        }
        double r = Geo.distanceM(site.latDeg(), site.lonDeg(), latDeg, lonDeg);
        if (site.kind() == ReceiverSite.Kind.ADSB_1090 && !Double.isNaN(altitudeFt)
                && r > Geo.radioHorizonM(site.antennaHeightM(), Math.max(0, altitudeFt * Geo.M_PER_FT))) {
            return false;
        }
        int sector = sector(site, latDeg, lonDeg);
        for (int band = band(altitudeFt); band >= 0; band--) {
            int i = sector * BANDS + band;
            if (c.samples[i] >= minSamples && r <= c.rangeM[i]) {
                return true;
            }
        }
        return false;
    }

    /** True when any registered receiver covers the point. */
    public boolean coveredByAny(double latDeg, double lonDeg, double altitudeFt) {
        for (Integer id : byReceiver.keySet()) {
            if (covers(id, latDeg, lonDeg, altitudeFt)) {
                return true;
            }
        }
        return false;
    }

    /** Learned range in metres for a receiver, sector (0..71) and band (0..5); 0 when nothing was learned. */
    public double rangeM(int receiverId, int sector, int band) {
        Cells c = byReceiver.get(receiverId);
        return c == null ? 0 : c.rangeM[sector * BANDS + band];
    }

    private static int cell(ReceiverSite site, double latDeg, double lonDeg, double altitudeFt) {
        return sector(site, latDeg, lonDeg) * BANDS + band(altitudeFt);
    }

    private static int sector(ReceiverSite site, double latDeg, double lonDeg) {
        int s = (int) (Geo.bearingDeg(site.latDeg(), site.lonDeg(), latDeg, lonDeg) / (360.0 / SECTORS));
        return Math.min(s, SECTORS - 1);
    }

    /** Altitude band 0..5; unknown altitude counts as the lowest band. */
    static int band(double altitudeFt) {
        if (Double.isNaN(altitudeFt)) {
            return 0;
        }
        for (int b = 0; b < BAND_TOP_FT.length; b++) {
            if (altitudeFt < BAND_TOP_FT[b]) {
                return b;
            }
        }
        return BANDS - 1;
    }
}
