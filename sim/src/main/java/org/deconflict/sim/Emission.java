package org.deconflict.sim;

/**
 * One frame as one receiver delivered it.
 *
 * @param receiverId  the scenario's receiver id
 * @param timeNanos   reception time on the receiver's own clock (offset and drift applied), ns since the Unix epoch
 * @param protocol    {@link Protocol#MODE_S}: raw frame bytes (56 or 112 bits, CRC/parity included);
 *                    {@link Protocol#AIS}: one NMEA 0183 sentence with tag block, ASCII, no line terminator
 * @param bytes       the frame (owned by this record)
 * @param signalLevel Beast signal byte 0..255 (amplitude falling with range; AIS: 0)
 */
public record Emission(int receiverId, long timeNanos, Protocol protocol, byte[] bytes, int signalLevel) {
}
