package org.deconflict.engine.ingest;

/**
 * A Mode S reply or squitter that carries no position: proof the transponder is on, with pressure altitude (DF0/4/16/20),
 * identity code (DF5/21) or capability (DF11). Lets the tracker see aircraft that do not report positions.
 *
 * @param downlinkFormat DF 0..24
 * @param altitudeFt     pressure altitude in feet, NaN unknown (ICAO Annex 10 Vol IV §3.1.2.6.5.4)
 * @param squawk         Mode A code as four octal digits read as decimal, -1 unknown
 * @param capability     CA field 0..7 of DF11/17, -1 unknown (ICAO Annex 10 Vol IV §3.1.2.5.2.2.1)
 * @param onGround       true when FS or CA says the aircraft is on the ground
 */
public record ReplyObservation(TargetKey target, long timeNanos, ReceiverList receivers, Channel channel,
                               int downlinkFormat, double altitudeFt, int squawk, int capability, boolean onGround)
        implements Observation {
}
