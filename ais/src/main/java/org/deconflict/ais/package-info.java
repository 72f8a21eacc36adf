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
 * {@link org.deconflict.ais.AisFrame} whose {@link org.deconflict.ais.BitReader} reads fields from the payload bytes
 * and whose {@link org.deconflict.ais.TagBlockView} holds the tag block (source, time, group); a reused
 * {@link org.deconflict.ais.MessageView} decodes every field of all 27 types from it:
 * <pre>{@code
 * MessageView view = new MessageView();
 * AisStreamDecoder d = new AisStreamDecoder(frame -> {
 *     if (view.decode(frame.bits()) && view.type() <= 3) {
 *         track(view.mmsi(), view.latRaw(), view.lonRaw(), view.sogRaw());   // view.name() is a reused CharSequence
 *     }
 * });
 * }</pre>
 */
package org.deconflict.ais;
