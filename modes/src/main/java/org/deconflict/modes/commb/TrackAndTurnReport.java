package org.deconflict.modes.commb;

/**
 * BDS 5,0 track and turn report (ICAO Doc 9871 Table A-2-80): roll angle (deg, right wing down positive),
 * true track (deg 0-360), ground speed (kt), track angle rate (deg/s), true airspeed (kt). Null = status bit clear.
 */
public record TrackAndTurnReport(Double rollDeg, Double trueTrackDeg, Integer groundSpeedKt, Double trackRateDegPerS,
        Integer trueAirspeedKt) implements CommBRegister {

    /** Plausibility limits of the heuristic (pyModeS v2 figures). */
    private static final double MAX_ROLL_DEG = 50;
    private static final int MAX_GS_KT = 600;
    private static final int MAX_TAS_KT = 500;
    private static final int MAX_TAS_GS_DIFF_KT = 200;

    /** Heuristic: status bits consistent, |roll| ≤ 50°, GS ≤ 600 kt, TAS ≤ 500 kt, |TAS-GS| ≤ 200 kt. */
    public static boolean isValid(byte[] b, int off) {
        if (Mb.wrongStatus(b, off, 1, 3, 11) || Mb.wrongStatus(b, off, 12, 13, 23)
                || Mb.wrongStatus(b, off, 24, 25, 34) || Mb.wrongStatus(b, off, 35, 36, 45)
                || Mb.wrongStatus(b, off, 46, 47, 56)) {
            return false;
        }
        double roll = rollDeg(b, off);
        if (!Double.isNaN(roll) && Math.abs(roll) > MAX_ROLL_DEG) {
            return false;
        }
        int gs = groundSpeedKt(b, off);
        int tas = trueAirspeedKt(b, off);
        if (gs > MAX_GS_KT || tas > MAX_TAS_KT) {
            return false;
        }
        return gs < 0 || tas < 0 || Math.abs(tas - gs) <= MAX_TAS_GS_DIFF_KT;
    }

    /** Roll angle in degrees (45/256 LSB), NaN when not available. */
    public static double rollDeg(byte[] b, int off) {
        return Mb.bit(b, off, 1) == 1 ? Mb.signed(b, off, 2, 9) * 45.0 / 256 : Double.NaN;
    }

    /** True track in degrees 0..360 (90/512 LSB), NaN when not available. */
    public static double trueTrackDeg(byte[] b, int off) {
        if (Mb.bit(b, off, 12) == 0) {
            return Double.NaN;
        }
        double trk = Mb.signed(b, off, 13, 10) * 90.0 / 512;
        return trk < 0 ? trk + 360 : trk;
    }

    /** Ground speed in kt (2 kt LSB), -1 when not available. */
    public static int groundSpeedKt(byte[] b, int off) {
        return Mb.bit(b, off, 24) == 1 ? Mb.get(b, off, 25, 10) * 2 : -1;
    }

    /** Track angle rate in deg/s (8/256 LSB, two's complement), NaN when not available. */
    public static double trackRateDegPerS(byte[] b, int off) {
        if (Mb.bit(b, off, 35) == 0) {
            return Double.NaN;
        }
        return Mb.signed(b, off, 36, 9) * 8.0 / 256;
    }

    /** True airspeed in kt (2 kt LSB), -1 when not available. */
    public static int trueAirspeedKt(byte[] b, int off) {
        return Mb.bit(b, off, 46) == 1 ? Mb.get(b, off, 47, 10) * 2 : -1;
    }

    public static TrackAndTurnReport decode(byte[] b, int off) {
        double roll = rollDeg(b, off);
        double trk = trueTrackDeg(b, off);
        int gs = groundSpeedKt(b, off);
        double rate = trackRateDegPerS(b, off);
        int tas = trueAirspeedKt(b, off);
        return new TrackAndTurnReport(Double.isNaN(roll) ? null : roll, Double.isNaN(trk) ? null : trk,
                gs < 0 ? null : gs, Double.isNaN(rate) ? null : rate, tas < 0 ? null : tas);
    }

    @Override
    public Bds bds() {
        return Bds.BDS50;
    }
}
