package org.deconflict.sim.emit;

/**
 * Nominal transmission intervals, in nanoseconds, of the messages the simulator sends.
 * Mode S: RTCA DO-260B §2.2.3.3.1 (extended squitter rates) and ICAO Annex 10 Vol IV §3.1.2.8.5 (acquisition
 * squitter). AIS: ITU-R M.1371-5 Annex 1 Table 1 (class A) and Table 2 (class B "CS"), §4.3.2 / Annex 7 (static data).
 */
public final class ReportingIntervals {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    /** DO-260B §2.2.3.3.1.1: airborne position squitter every 0.4–0.6 s. */
    public static final long ES_POSITION_MIN = 400 * MS, ES_POSITION_MAX = 600 * MS;
    /** DO-260B §2.2.3.3.1.3: airborne velocity squitter every 0.4–0.6 s. */
    public static final long ES_VELOCITY_MIN = 400 * MS, ES_VELOCITY_MAX = 600 * MS;
    /** DO-260B §2.2.3.3.1.4: identification and category squitter every 4.8–5.2 s. */
    public static final long ES_IDENT_MIN = 4800 * MS, ES_IDENT_MAX = 5200 * MS;
    /** DO-260B §2.2.3.3.1.6: aircraft operational status every 2.4–2.6 s while airborne. */
    public static final long ES_STATUS_MIN = 2400 * MS, ES_STATUS_MAX = 2600 * MS;
    /** ICAO Annex 10 Vol IV §3.1.2.8.5.2: acquisition squitter (DF11) every 0.8–1.2 s. */
    public static final long DF11_MIN = 800 * MS, DF11_MAX = 1200 * MS;

    /** ITU-R M.1371-5 Annex 2 §3.3.4 / Annex 1 §4.3.2: static and voyage data (type 5, type 24) every 6 min. */
    public static final long AIS_STATIC = 360 * S;

    private ReportingIntervals() {
    }

    /**
     * Class A position report interval (ITU-R M.1371-5 Annex 1 Table 1): at anchor or moored and ≤ 3 kt: 3 min;
     * at anchor/moored > 3 kt: 10 s; 0–14 kt: 10 s (3⅓ s changing course); 14–23 kt: 6 s (2 s changing course);
     * > 23 kt: 2 s.
     */
    public static long classA(double sogKt, boolean anchoredOrMoored, boolean changingCourse) {
        if (anchoredOrMoored) {
            return sogKt <= 3 ? 180 * S : 10 * S;
        }
        if (sogKt <= 14) {
            return changingCourse ? 3333 * MS : 10 * S;
        }
        if (sogKt <= 23) {
            return changingCourse ? 2 * S : 6 * S;
        }
        return 2 * S;
    }

    /** Class B "CS" position report interval (ITU-R M.1371-5 Annex 1 Table 2): ≤ 2 kt: 3 min; > 2 kt: 30 s. */
    public static long classB(double sogKt) {
        return sogKt <= 2 ? 180 * S : 30 * S;
    }
}
