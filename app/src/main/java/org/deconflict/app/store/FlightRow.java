package org.deconflict.app.store;

/**
 * One flight (aircraft) or voyage (ship): a continuous period in which a target was followed. Written again as it
 * grows; the last write for an id wins. Compliance shares are seconds of the flight spent in each transponder state.
 *
 * @param id             unique, deterministic id chosen by the pipeline (e.g. {@code "icao:4840d6@1718000000000"})
 * @param targetKey      the target ({@link TargetRow#key()})
 * @param startMs        start, epoch milliseconds UTC
 * @param endMs          end, epoch milliseconds UTC; null while the flight is still open
 * @param identity       callsign / ship name used during this flight; null when none was broadcast
 * @param nation         ISO 3166-1 alpha-2 code; null when unknown
 * @param military       true when judged military
 * @param positionS      seconds in which the target broadcast its own position (ADS-B position, AIS position report)
 * @param identityOnlyS  seconds in which it was heard without position (Mode S / Mode A/C replies only)
 * @param silentS        seconds in which it was known to be there (radar, MLAT, gap between sightings) but silent
 */
public record FlightRow(String id, String targetKey, long startMs, Long endMs, String identity, String nation,
                        boolean military, double positionS, double identityOnlyS, double silentS) {

    public FlightRow {
        Rows.requireKey(id, "id");
        Rows.requireKey(targetKey, "targetKey");
        Rows.requireOrder(startMs, endMs);
        Rows.requireNonNegative(positionS, "positionS");
        Rows.requireNonNegative(identityOnlyS, "identityOnlyS");
        Rows.requireNonNegative(silentS, "silentS");
    }
}
