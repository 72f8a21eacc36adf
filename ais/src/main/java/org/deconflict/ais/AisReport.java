package org.deconflict.ais;

/**
 * An immutable decoded AIS message with its reception metadata.
 *
 * @param message      the decoded message
 * @param source       receiver / station id, null when unknown
 * @param channel      radio channel ('A', 'B', ...) or 0 when the sentence left it empty
 * @param timeMillis   event time in Unix milliseconds, {@link TagBlock#NO_TIME} when the input carried none
 * @param ownShip      true for VDO sentences
 * @param payloadHash  hash of the payload bits (duplicate-suppression key)
 * @param bitLength    payload length in bits
 * @param sentences    number of NMEA sentences it came in
 */
public record AisReport(AisMessage message, String source, char channel, long timeMillis, boolean ownShip,
                        long payloadHash, int bitLength, int sentences) {

    public boolean hasTime() {
        return timeMillis != TagBlock.NO_TIME;
    }
}
