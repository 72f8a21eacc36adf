package org.deconflict.modes.commb;

/**
 * BDS 1,0 data link capability report (ICAO Doc 9871 Table A-2-16). {@code subnetworkVersion} is the Mode S
 * subnetwork version number; {@code overlayCapable} says the transponder can overlay BDS in DF20/21 parity.
 */
public record DataLinkCapability(boolean overlayCapable, int subnetworkVersion, boolean enhancedProtocol,
        boolean specificServices, int uplinkElmCapability, int downlinkElmCapability, boolean aircraftIdCapable,
        boolean squitterCapable, boolean surveillanceIdentifierCapable, boolean commonUsageGicbReport,
        int dteStatus) implements CommBRegister {

    /** Heuristic: first byte 0x10, reserved MB 10-14 zero, overlay bit consistent with subnetwork version. */
    public static boolean isValid(long mb) {
        if (Mb.get(mb, 1, 8) != 0x10 || Mb.get(mb, 10, 5) != 0) {
            return false;
        }
        int ovc = Mb.bit(mb, 15);
        int version = Mb.get(mb, 17, 7);
        // overlay capability arrived with subnetwork version 5 (ICAO Doc 9871 Table A-2-16 note)
        return ovc == 1 ? version >= 5 : version <= 4;
    }

    public static DataLinkCapability decode(long mb) {
        return new DataLinkCapability(overlayCapable(mb), subnetworkVersion(mb), Mb.bit(mb, 24) == 1,
                Mb.bit(mb, 25) == 1, Mb.get(mb, 26, 3), Mb.get(mb, 29, 4), Mb.bit(mb, 33) == 1,
                Mb.bit(mb, 34) == 1, Mb.bit(mb, 35) == 1, Mb.bit(mb, 36) == 1, dteStatus(mb));
    }

    /** Overlay command capability, MB bit 15. */
    public static boolean overlayCapable(long mb) {
        return Mb.bit(mb, 15) == 1;
    }

    /** Mode S subnetwork version number, MB bits 17-23. */
    public static int subnetworkVersion(long mb) {
        return Mb.get(mb, 17, 7);
    }

    /**
     * The capability flags as bits 7..0: enhanced protocol (MB 24), specific services (25), aircraft
     * identification (33), squitter (34), surveillance identifier (35), common usage GICB report (36), and
     * uplink ELM (26-28) and downlink ELM (29-32) capabilities in bits 15-8 as (uplink << 4 | downlink).
     */
    public static int capabilityBits(long mb) {
        return Mb.bit(mb, 24) << 5 | Mb.bit(mb, 25) << 4 | Mb.bit(mb, 33) << 3 | Mb.bit(mb, 34) << 2
                | Mb.bit(mb, 35) << 1 | Mb.bit(mb, 36) | (Mb.get(mb, 26, 3) << 4 | Mb.get(mb, 29, 4)) << 8;
    }

    /** Status of DTE sub-addresses 0-15, MB bits 41-56. */
    public static int dteStatus(long mb) {
        return Mb.get(mb, 41, 16);
    }

    /** As {@link #isValid(long)} on the frame at {@code off}. */
    public static boolean isValid(byte[] b, int off) {
        return isValid(Mb.of(b, off));
    }

    /** As {@link #decode(long)} on the frame at {@code off}. */
    public static DataLinkCapability decode(byte[] b, int off) {
        return decode(Mb.of(b, off));
    }

    @Override
    public Bds bds() {
        return Bds.BDS10;
    }
}
