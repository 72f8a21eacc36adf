package org.deconflict.engine.ingest;

/**
 * Identity: aircraft identification (callsign, emitter category) or AIS static and voyage data (name, call sign, ship
 * type, dimensions). Unknown strings are null, unknown numbers -1 (category 0).
 *
 * @param callsign  aircraft identification / AIS call sign, trimmed
 * @param name      AIS ship name, trimmed (null for aircraft)
 * @param category  ADS-B emitter category as 0xA0..0xD7 (set A-D, code 0-7; DO-260B §2.2.3.2.5.2) or AIS ship type 1..99
 *                  (ITU-R M.1371-5 Table 53); 0 unknown
 * @param imo       IMO number (AIS type 5), -1 unknown
 * @param toBowM    AIS reference point to bow in metres, -1 unknown (ITU-R M.1371-5 Fig. 42); same for the others
 */
public record IdentityObservation(TargetKey target, long timeNanos, ReceiverList receivers, Channel channel,
                                  String callsign, String name, int category, int imo,
                                  int toBowM, int toSternM, int toPortM, int toStarboardM) implements Observation {

    /** Aircraft identification (ADS-B TC 1-4 or Comm-B BDS 2,0). */
    public static IdentityObservation aircraft(TargetKey target, long timeNanos, ReceiverList receivers, Channel channel,
                                               String callsign, int category) {
        return new IdentityObservation(target, timeNanos, receivers, channel, callsign, null, category, -1, -1, -1, -1, -1);
    }
}
