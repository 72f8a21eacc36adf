package org.deconflict.sim.emit;

import org.deconflict.modes.encode.AirData;
import org.deconflict.modes.encode.ModeSEncoder;
import org.deconflict.sim.motion.AircraftMover;
import org.deconflict.sim.world.SimAircraft;

/**
 * What an aircraft answers to ground Comm-B (GICB) interrogations: which register each successive DF20/21 reply
 * carries, and that register's MB field from the aircraft's true state at the dwell. Civil aircraft are Mode S
 * enhanced surveillance (EHS) equipped: stations extract BDS 4,0, 5,0 and 6,0 every scan, 2,0 and the capability
 * reports 1,0 and 1,7 less often (ICAO Doc 9871 §A.2; the European EHS mandate covers IFR aircraft). Military
 * transponders here are elementary surveillance only: identification and capability reports. The MB fields are
 * worked out once per dwell ({@link #newDwell}) and only for the registers asked for. BDS 3,0 (ACAS RA) is not
 * sent: the simulator has no ACAS model, so no aircraft ever has an active RA.
 */
final class CommBRegisters {

    /** Register indices, also the order of the frame cache kinds. */
    static final int BDS10 = 0, BDS17 = 1, BDS20 = 2, BDS40 = 3, BDS50 = 4, BDS60 = 5, COUNT = 6;
    /** Successive Comm-B replies of an EHS aircraft: 4,0 5,0 6,0 three times each, 2,0 1,0 1,7 once per cycle. */
    private static final int[] EHS_CYCLE = {BDS40, BDS50, BDS60, BDS20, BDS40, BDS50, BDS60, BDS10, BDS40, BDS50,
        BDS60, BDS17};
    /** Successive Comm-B replies of an elementary surveillance aircraft: mostly 2,0, then 1,0 and 1,7. */
    private static final int[] ELS_CYCLE = {BDS20, BDS20, BDS10, BDS20, BDS20, BDS17};
    /** Standard gravity, m/s² (ISO 80000-3), for the bank angle of a coordinated turn. */
    private static final double G_MPS2 = 9.80665;
    private static final double MPS_PER_KT = 1852.0 / 3600;
    /** Pressure setting above the transition altitude: standard 1013.25 hPa (ICAO Doc 8168 Vol I Part III §1.2). */
    private static final double STANDARD_SETTING_HPA = 1013.25;
    /** Off the selected altitude by more than this, the aircraft is climbing or descending in VNAV, ft (our choice). */
    private static final double LEVEL_BAND_FT = 100;
    /** BDS 4,0 mode bits (VNAV, altitude hold, approach) and target altitude source 2 MCP, 3 FMS (Doc 9871 A-2-64). */
    private static final int VNAV = 0b100, ALT_HOLD = 0b010, SOURCE_MCP = 2, SOURCE_FMS = 3;
    /** Mode S subnetwork version 5 with overlay capability (ICAO Doc 9871 Table A-2-16). */
    private static final int SUBNETWORK_VERSION = 5;
    /** BDS 1,7 served registers: identification, extended squitter (0,5 0,6 0,8 0,9), EHS (4,0 5,0 6,0). */
    private static final long GICB_ELS = ModeSEncoder.mbGicbCapability(0x20);
    private static final long GICB_ELS_ES = ModeSEncoder.mbGicbCapability(0x05, 0x06, 0x08, 0x09, 0x20);
    private static final long GICB_EHS = ModeSEncoder.mbGicbCapability(0x20, 0x40, 0x50, 0x60);
    private static final long GICB_EHS_ES = ModeSEncoder.mbGicbCapability(0x05, 0x06, 0x08, 0x09, 0x20, 0x40, 0x50,
            0x60);

    private final long[] mb = new long[COUNT];
    private int ready;

    /** Whether the aircraft's transponder serves the enhanced surveillance registers 4,0 5,0 6,0. */
    static boolean enhanced(SimAircraft a) {
        return !a.military();
    }

    /** The register of the aircraft's {@code n}-th Comm-B reply (counting from 0 over the whole run). */
    static int register(SimAircraft a, int n) {
        int[] cycle = enhanced(a) ? EHS_CYCLE : ELS_CYCLE;
        return cycle[n % cycle.length];
    }

    /** Forgets the MB fields of the previous dwell: the aircraft's state has changed. */
    void newDwell() {
        ready = 0;
    }

    /**
     * MB field of {@code register} for aircraft {@code a} at its current sample ({@code adsb}: extended squitter
     * on; {@code identificationMb}: its BDS 2,0 field).
     */
    long mb(int register, SimAircraft a, boolean adsb, long identificationMb) {
        if ((ready & (1 << register)) == 0) {
            mb[register] = compute(register, a, adsb, identificationMb);
            ready |= 1 << register;
        }
        return mb[register];
    }

    private static long compute(int register, SimAircraft a, boolean adsb, long identificationMb) {
        AircraftMover m = a.mover();
        boolean ehs = enhanced(a);
        return switch (register) {
            case BDS10 -> ModeSEncoder.mbDataLinkCapability(true, SUBNETWORK_VERSION, false, true, 0, 0, true, adsb,
                    true, true, 0);
            case BDS17 -> ehs ? (adsb ? GICB_EHS_ES : GICB_EHS) : (adsb ? GICB_ELS_ES : GICB_ELS);
            case BDS20 -> identificationMb;
            case BDS40 -> {
                double selected = m.selectedAltitudeFt();
                boolean level = Math.abs(selected - m.sampleAltFt()) <= LEVEL_BAND_FT;
                int selectedFt = (int) Math.round(selected);
                yield ModeSEncoder.mbSelectedVerticalIntention(selectedFt, selectedFt, STANDARD_SETTING_HPA,
                        level ? ALT_HOLD : VNAV, level ? SOURCE_MCP : SOURCE_FMS);
            }
            case BDS50 -> {
                // coordinated turn: tan(bank) = ω·V / g; no wind, so true airspeed = ground speed
                double rollDeg = Math.toDegrees(Math.atan(Math.toRadians(m.turnRateDegS()) * m.speedKt() * MPS_PER_KT
                        / G_MPS2));
                yield ModeSEncoder.mbTrackAndTurn(rollDeg, m.trackDeg(), m.speedKt(), m.turnRateDegS(), m.speedKt());
            }
            case BDS60 -> {
                // no wind and no magnetic variation modelled: heading = true track, TAS = ground speed
                double altFt = Math.max(0, m.sampleAltFt());
                double mach = AirData.mach(m.speedKt(), altFt);
                yield ModeSEncoder.mbHeadingAndSpeed(m.trackDeg(), AirData.calibratedAirspeedKt(mach, altFt), mach,
                        m.verticalRateFpm(), m.verticalRateFpm());
            }
            default -> throw new IllegalArgumentException("register index " + register);
        };
    }
}
