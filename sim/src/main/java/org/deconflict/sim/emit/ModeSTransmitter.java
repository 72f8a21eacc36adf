package org.deconflict.sim.emit;

import org.deconflict.modes.encode.ModeSEncoder;
import org.deconflict.sim.world.SimAircraft;

/**
 * What an aircraft's transponder transmits, as bytes from the project's {@link ModeSEncoder}: DF17 extended
 * squitters (airborne position TC 11, velocity TC 19, identification TC 1–4, operational status TC 31), DF11
 * acquisition squitters, and DF4/5/20/21 roll-call replies (Comm-B registers from {@link CommBRegisters}). Each frame is a
 * fresh array that the caller may keep and share between receivers (it is never written again).
 */
final class ModeSTransmitter {

    /** Capability 5: level 2+ transponder, airborne (ICAO Annex 10 Vol IV §3.1.2.5.2.2.1). */
    private static final int CA_AIRBORNE = 5;
    /** TC 11: airborne position with barometric altitude, NIC 8 with NIC supplement B = 0 (DO-260B Table 2-14). */
    private static final int TC_AIRBORNE_POSITION = 11;
    /** ADS-B version 2 (DO-260B), NACp 9 (< 30 m), GVA 2, SIL 3, NACv 1 — a typical GNSS-equipped airliner. */
    private static final int VERSION = 2, NAC_P = 9, GVA = 2, SIL = 3, NAC_V = 1;
    /** Vertical rate resolution, ft/min (DO-260B §2.2.3.2.6.1.14). */
    private static final int VR_STEP_FPM = 64;
    /** Packing of the velocity key: 21 bits per value, offset so that ±2¹⁹ fits. */
    private static final int KEY_OFFSET = 1 << 19, KEY_MASK = (1 << 21) - 1;

    byte[] position(SimAircraft a, double latDeg, double lonDeg, double altFt, boolean odd) {
        return ModeSEncoder.airbornePosition(17, CA_AIRBORNE, a.address(), TC_AIRBORNE_POSITION, 0, 0,
                (int) Math.round(altFt), odd, latDeg, lonDeg);
    }

    /**
     * The encoder's velocity inputs (east and north speed in kt, vertical rate in ft/min, all whole numbers) packed
     * in one long, 21 bits each with an offset: equal keys give equal frames.
     */
    static long velocityKey(double groundSpeedKt, double trackDeg, double verticalRateFpm) {
        double trk = Math.toRadians(trackDeg);
        long east = Math.round(groundSpeedKt * Math.sin(trk));
        long north = Math.round(groundSpeedKt * Math.cos(trk));
        long vr = Math.round(verticalRateFpm / VR_STEP_FPM) * VR_STEP_FPM;
        return ((east + KEY_OFFSET) << 42) | ((north + KEY_OFFSET) << 21) | (vr + KEY_OFFSET);
    }

    /** DF17 TC 19 ground-referenced velocity for the inputs packed by {@link #velocityKey}. */
    byte[] velocity(SimAircraft a, long key) {
        int east = (int) ((key >>> 42) & KEY_MASK) - KEY_OFFSET;
        int north = (int) ((key >>> 21) & KEY_MASK) - KEY_OFFSET;
        int vr = (int) (key & KEY_MASK) - KEY_OFFSET;
        return ModeSEncoder.groundVelocity(17, CA_AIRBORNE, a.address(), east, north, vr, true,
                Integer.MIN_VALUE, NAC_V);
    }

    byte[] identification(SimAircraft a) {
        int set = a.category() >> 4;               // 0xA..0xD
        int tc = set >= 0xA && set <= 0xD ? 4 - (set - 0xA) : 4;   // set A = TC 4 … set D = TC 1 (DO-260B §2.2.3.2.5.2)
        return ModeSEncoder.identification(17, CA_AIRBORNE, a.address(), tc, a.category() & 7, a.callsign());
    }

    byte[] operationalStatus(SimAircraft a) {
        return ModeSEncoder.operationalStatus(17, CA_AIRBORNE, a.address(), 0, 0, 0, VERSION, 0, NAC_P, GVA, SIL,
                true, false, false, 0);
    }

    byte[] acquisition(SimAircraft a) {
        return ModeSEncoder.allCall(CA_AIRBORNE, a.address(), 0);
    }

    /**
     * A roll-call surveillance reply: DF4 altitude or DF5 ({@code identity}) squawk. Flight status 0 in every reply:
     * airborne, no alert (ICAO Annex 10 Vol IV §3.1.2.6.5.1).
     */
    byte[] surveillanceReply(SimAircraft a, int squawk, boolean identity, double altFt) {
        return identity ? ModeSEncoder.identityReply(0, 0, 0, squawk, a.address())
                : ModeSEncoder.altitudeReply(0, 0, 0, (int) Math.round(altFt), a.address());
    }

    /** A DF20 (altitude) or DF21 ({@code identity}) Comm-B reply carrying {@code mb}. */
    byte[] commBReply(SimAircraft a, int squawk, boolean identity, double altFt, long mb) {
        return identity ? ModeSEncoder.commBIdentityReply(0, 0, 0, squawk, mb, a.address())
                : ModeSEncoder.commBAltitudeReply(0, 0, 0, (int) Math.round(altFt), mb, a.address());
    }

    /** BDS 2,0 (aircraft identification) MB field for the aircraft's callsign. */
    static long identificationMb(SimAircraft a) {
        return ModeSEncoder.mbIdentification(a.callsign());
    }
}
