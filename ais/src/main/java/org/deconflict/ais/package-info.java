/**
 * AIS decoding and encoding with no dependencies: NMEA 0183 framing ({@code !xxVDM}/{@code !xxVDO}, tag blocks,
 * {@code $PGHP}, USCG trailing fields), multi-part assembly, six-bit payloads and all 27 message types of
 * ITU-R M.1371-5, gpsd-compatible JSON, duplicate suppression, a type 24 merger and an encoder.
 *
 * <p>Records from a stream:
 * <pre>{@code
 * AisReader reader = new AisReader(report -> {
 *     if (report.message() instanceof AisMessage.PositionReport p) {
 *         p.latDeg().ifPresent(lat -> ...);   // absent when "not available" (91°)
 *     }
 * });
 * reader.readAll(inputStream);                // or feed(bytes, off, len) / line(text), then finish()
 * reader.stats().summary();                   // counts and rejects by reason
 * }</pre>
 *
 * <p>Hot path without allocation: {@link org.deconflict.ais.AisStreamDecoder} hands a reused
 * {@link org.deconflict.ais.AisFrame} whose {@link org.deconflict.ais.BitReader} reads fields from the payload bytes.
 */
package org.deconflict.ais;
