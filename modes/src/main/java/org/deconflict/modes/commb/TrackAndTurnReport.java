package org.deconflict.modes.commb;

/**
 * BDS 5,0 track and turn report (ICAO Doc 9871 Table A-2-80): roll angle (deg, right wing down positive),
 * true track (deg 0-360), ground speed (kt), track angle rate (deg/s), true airspeed (kt). Null = status bit clear.
 */
public record TrackAndTurnReport(Double rollDeg, Double trueTrackDeg, Integer groundSpeedKt, Double trackRateDegPerS,
        Integer trueAirspeedKt) implements CommBRegister {

    /** Plausibility limits of the heuristic (pyModeS v2 figures). */
    private static final int MAX_ROLL_DEG = 50;
    private static final int MAX_GS_KT = 600;
    private static final int MAX_TAS_KT = 500;
    private static final int MAX_TAS_GS_DIFF_KT = 200;
    /**
     * (status, first, last) of roll (magnitude only: the sign bit MB 2 is not checked), track, ground speed, track
     * rate, TAS. ICAO Doc 9871 Table A-2-80.
     */
    private static final Mb.StatusGroups STATUS = Mb.StatusGroups.of(1, 3, 11, 12, 13, 23, 24, 25, 34, 35, 36, 45,
            46, 47, 56);

    /** Heuristic: status bits consistent, |roll| ≤ 50°, GS ≤ 600 kt, TAS ≤ 500 kt, |TAS-GS| ≤ 200 kt. */
    public static boolean isValid(long mb) {
        if (!STATUS.consistent(mb)) {
            return false;
        }
        // tests in order of how many other registers' replies they reject once the status bits pass (real traffic:
        // |TAS - GS| about 80 %, roll about half; a 6,0 reply read as 5,0 has its Mach code as GS and its inertial
        // vertical rate as TAS), so most of those replies take the first exit
        int gs = groundSpeedKt(mb);
        int tas = trueAirspeedKt(mb);
        if (gs >= 0 && tas >= 0 && Math.abs(tas - gs) > MAX_TAS_GS_DIFF_KT) {
            return false;
        }
        // |roll| = |code|·45/256 > 50° compared on the integer code (exact: 45·code/256 is exact in a double)
        if (Mb.bit(mb, 1) == 1 && Math.abs(Mb.signed(mb, 2, 9)) * 45 > MAX_ROLL_DEG * 256) {
            return false;
        }
        return gs <= MAX_GS_KT && tas <= MAX_TAS_KT;
    }

    /** Roll angle in degrees (45/256 LSB), NaN when not available. */
    public static double rollDeg(long mb) {
        return Mb.orNaN(mb, 1, Mb.signed(mb, 2, 9) * 45.0 / 256);
    }

    /**
     * True track in degrees 0..360 (90/512 LSB), NaN when not available; sign bit and 10 bits read as an 11-bit
     * unsigned angle, as {@link HeadingAndSpeedReport#magneticHeadingDeg}.
     */
    public static double trueTrackDeg(long mb) {
        return Mb.orNaN(mb, 12, Mb.get(mb, 13, 11) * 90.0 / 512);
    }

    /** Ground speed in kt (2 kt LSB), -1 when not available. */
    public static int groundSpeedKt(long mb) {
        return Mb.orMinusOne(mb, 24, Mb.get(mb, 25, 10) * 2);
    }

    /** Track angle rate in deg/s (8/256 LSB, two's complement), NaN when not available. */
    public static double trackRateDegPerS(long mb) {
        return Mb.orNaN(mb, 35, Mb.signed(mb, 36, 9) * 8.0 / 256);
    }

    /** True airspeed in kt (2 kt LSB), -1 when not available. */
    public static int trueAirspeedKt(long mb) {
        return Mb.orMinusOne(mb, 46, Mb.get(mb, 47, 10) * 2);
    }

    public static TrackAndTurnReport decode(long mb) {
        double roll = rollDeg(mb);
        double trk = trueTrackDeg(mb);
        int gs = groundSpeedKt(mb);
        double rate = trackRateDegPerS(mb);
        int tas = trueAirspeedKt(mb);
        return new TrackAndTurnReport(Double.isNaN(roll) ? null : roll, Double.isNaN(trk) ? null : trk,
                gs < 0 ? null : gs, Double.isNaN(rate) ? null : rate, tas < 0 ? null : tas);
    }

    /** As {@link #isValid(long)} on the frame at {@code off}. */
    public static boolean isValid(byte[] b, int off) {
        return isValid(Mb.of(b, off));
    }

    /** As {@link #rollDeg(long)} on the frame at {@code off}. */
    public static double rollDeg(byte[] b, int off) {
        return rollDeg(Mb.of(b, off));
    }

    /** As {@link #trueTrackDeg(long)} on the frame at {@code off}. */
    public static double trueTrackDeg(byte[] b, int off) {
        return trueTrackDeg(Mb.of(b, off));
    }

    /** As {@link #groundSpeedKt(long)} on the frame at {@code off}. */
    public static int groundSpeedKt(byte[] b, int off) {
        return groundSpeedKt(Mb.of(b, off));
    }

    /** As {@link #trackRateDegPerS(long)} on the frame at {@code off}. */
    public static double trackRateDegPerS(byte[] b, int off) {
        return trackRateDegPerS(Mb.of(b, off));
    }

    /** As {@link #trueAirspeedKt(long)} on the frame at {@code off}. */
    public static int trueAirspeedKt(byte[] b, int off) {
        return trueAirspeedKt(Mb.of(b, off));
    }

    /** As {@link #decode(long)} on the frame at {@code off}. */
    public static TrackAndTurnReport decode(byte[] b, int off) {
        return decode(Mb.of(b, off));
    }

    @Override
    public Bds bds() {
        return Bds.BDS50;
    }
}
