package org.deconflict.modes.adsb;

/**
 * TC28 subtype 2 ACAS resolution advisory broadcast (DO-260B §2.2.3.2.7.8.2; fields as in BDS 3,0):
 * ARA (14 bits), RAC (4), RA terminated, multiple threat encounter, threat type indicator, threat identity data.
 */
public record AcasRaBroadcast(int activeRa, int racRecord, boolean raTerminated, boolean multipleThreat,
        int threatType, int threatIdentity) implements AdsbMessage {
    @Override
    public int typecode() {
        return 28;
    }
}
