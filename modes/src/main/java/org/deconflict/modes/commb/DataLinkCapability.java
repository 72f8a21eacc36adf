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
    public static boolean isValid(byte[] b, int off) {
        if (Mb.get(b, off, 1, 8) != 0x10 || Mb.get(b, off, 10, 5) != 0) {
            return false;
        }
        int ovc = Mb.bit(b, off, 15);
        int version = Mb.get(b, off, 17, 7);
        // overlay capability arrived with subnetwork version 5 (ICAO Doc 9871 Table A-2-16 note)
        return ovc == 1 ? version >= 5 : version <= 4;
    }

    public static DataLinkCapability decode(byte[] b, int off) {
        return new DataLinkCapability(Mb.bit(b, off, 15) == 1, Mb.get(b, off, 17, 7), Mb.bit(b, off, 24) == 1,
                Mb.bit(b, off, 25) == 1, Mb.get(b, off, 26, 3), Mb.get(b, off, 29, 4), Mb.bit(b, off, 33) == 1,
                Mb.bit(b, off, 34) == 1, Mb.bit(b, off, 35) == 1, Mb.bit(b, off, 36) == 1, Mb.get(b, off, 41, 16));
    }

    @Override
    public Bds bds() {
        return Bds.BDS10;
    }
}
