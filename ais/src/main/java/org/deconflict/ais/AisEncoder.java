package org.deconflict.ais;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.ais.AisMessage.ClassBPositionReport;
import org.deconflict.ais.AisMessage.Dimensions;
import org.deconflict.ais.AisMessage.ExtendedClassBReport;
import org.deconflict.ais.AisMessage.PositionReport;
import org.deconflict.ais.AisMessage.StaticDataReport;
import org.deconflict.ais.AisMessage.StaticVoyageData;

/**
 * Encodes AIS messages of types 1/2/3, 5, 18, 19 and 24 into NMEA 0183 {@code !xxVDM} sentences: bit layout of
 * ITU-R M.1371-5 Annex 8 §3, six-bit armoring with fill bits, at most {@link #MAX_PAYLOAD_CHARS} payload characters
 * per sentence (so a sentence stays within IEC 61162-1's 82 characters), sequence ids for multi-part messages, the
 * checksum, and an optional NMEA 4 tag block (source, Unix time, and a group for multi-part messages).
 */
public final class AisEncoder {

    /** Payload characters per sentence; 60 keeps the whole sentence under 82 characters (IEC 61162-1 §5.3). */
    public static final int MAX_PAYLOAD_CHARS = 60;

    private final String talker;
    private final boolean ownShip;
    private int nextSequenceId;
    private int nextGroupId = 1;

    /** Encoder for {@code !AIVDM} sentences. */
    public AisEncoder() {
        this("AI", false);
    }

    /**
     * @param talker   two-letter talker id ("AI", "AB", "BS", ...)
     * @param ownShip  true for VDO (own vessel) sentences
     */
    public AisEncoder(String talker, boolean ownShip) {
        if (talker.length() != 2) {
            throw new IllegalArgumentException("talker must have two characters: " + talker);
        }
        this.talker = talker;
        this.ownShip = ownShip;
    }

    /** Sentences without tag block. */
    public List<String> encode(AisMessage m, char channel) {
        return encode(m, channel, null, TagBlock.NO_TIME);
    }

    /**
     * Sentences for {@code m}; with {@code source} or {@code timeMillis} given, each sentence gets a tag block
     * ({@code s:}, {@code c:} in whole seconds, and {@code g:} when there are several sentences).
     *
     * @throws IllegalArgumentException for a message type the encoder does not support
     */
    public List<String> encode(AisMessage m, char channel, String source, long timeMillis) {
        BitWriter w = bits(m);
        int[] fill = new int[1];
        String payload = w.armor(fill);
        int parts = Math.max(1, (payload.length() + MAX_PAYLOAD_CHARS - 1) / MAX_PAYLOAD_CHARS);
        String seq = "";
        if (parts > 1) {
            seq = Integer.toString(nextSequenceId);
            nextSequenceId = (nextSequenceId + 1) % 10; // IEC 61162-1: sequential message id 0..9
        }
        int group = parts > 1 ? nextGroupId++ % 10000 : -1;
        boolean tagged = source != null || timeMillis != TagBlock.NO_TIME;
        List<String> out = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            int from = i * MAX_PAYLOAD_CHARS;
            String chunk = payload.substring(from, Math.min(payload.length(), from + MAX_PAYLOAD_CHARS));
            int f = i == parts - 1 ? fill[0] : 0;
            String body = talker + (ownShip ? "VDO" : "VDM") + "," + parts + "," + (i + 1) + "," + seq + ","
                    + (channel == 0 ? "" : String.valueOf(channel)) + "," + chunk + "," + f;
            String sentence = "!" + body + "*" + hex2(checksum(body));
            if (tagged) {
                sentence = tagBlock(source, timeMillis, parts > 1 ? (i + 1) + "-" + parts + "-" + group : null)
                        + sentence;
            }
            out.add(sentence);
        }
        return out;
    }

    /** Payload bits of a supported message. */
    static BitWriter bits(AisMessage m) {
        BitWriter w = new BitWriter();
        w.put(m.type(), 6).put(m.repeat(), 2).put(m.mmsi(), 30);
        if (m instanceof PositionReport p) {
            w.put(p.status(), 4).put(p.rotRaw(), 8).put(p.sogRaw(), 10).bool(p.accuracy()).put(p.lonRaw(), 28)
                    .put(p.latRaw(), 27).put(p.cogRaw(), 12).put(p.heading(), 9).put(p.second(), 6)
                    .put(p.maneuver(), 2).put(0, 3).bool(p.raim()).put(p.radio(), 19);
        } else if (m instanceof StaticVoyageData s) {
            w.put(s.aisVersion(), 2).put(s.imo(), 30).text(s.callsign(), 7).text(s.shipname(), 20)
                    .put(s.shipType(), 8);
            dims(w, s.dimensions());
            w.put(s.epfd(), 4).put(s.etaMonth(), 4).put(s.etaDay(), 5).put(s.etaHour(), 5).put(s.etaMinute(), 6)
                    .put(s.draughtDm(), 8).text(s.destination(), 20).put(s.dte(), 1).put(0, 1);
        } else if (m instanceof ClassBPositionReport c) {
            w.put(c.reserved(), 8).put(c.sogRaw(), 10).bool(c.accuracy()).put(c.lonRaw(), 28).put(c.latRaw(), 27)
                    .put(c.cogRaw(), 12).put(c.heading(), 9).put(c.second(), 6).put(c.regional(), 2).bool(c.cs())
                    .bool(c.display()).bool(c.dsc()).bool(c.band()).bool(c.msg22()).bool(c.assigned())
                    .bool(c.raim()).put(c.radio(), 20);
        } else if (m instanceof ExtendedClassBReport c) {
            w.put(c.reserved(), 8).put(c.sogRaw(), 10).bool(c.accuracy()).put(c.lonRaw(), 28).put(c.latRaw(), 27)
                    .put(c.cogRaw(), 12).put(c.heading(), 9).put(c.second(), 6).put(c.regional(), 4)
                    .text(c.shipname(), 20).put(c.shipType(), 8);
            dims(w, c.dimensions());
            w.put(c.epfd(), 4).bool(c.raim()).put(c.dte(), 1).bool(c.assigned()).put(0, 4);
        } else if (m instanceof StaticDataReport s) {
            w.put(s.partNumber(), 2);
            if (s.partA()) {
                w.text(s.shipname(), 20); // 160 bits (ITU-R M.1371-5 Annex 8 §3.21, part A)
            } else {
                w.put(s.shipType(), 8).text(s.vendorId(), 3).put(s.model(), 4).put(s.serial(), 20)
                        .text(s.callsign(), 7);
                if (s.dimensions() != null) {
                    dims(w, s.dimensions());
                } else {
                    w.put(s.mothershipMmsi(), 30);
                }
                w.put(0, 6);
            }
        } else {
            throw new IllegalArgumentException("encoding of message type " + m.type() + " is not supported");
        }
        return w;
    }

    private static void dims(BitWriter w, Dimensions d) {
        w.put(d.toBowM(), 9).put(d.toSternM(), 9).put(d.toPortM(), 6).put(d.toStarboardM(), 6);
    }

    private static String tagBlock(String source, long timeMillis, String group) {
        StringBuilder body = new StringBuilder();
        if (group != null) {
            body.append("g:").append(group);
        }
        if (source != null) {
            body.append(body.length() > 0 ? "," : "").append("s:").append(source);
        }
        if (timeMillis != TagBlock.NO_TIME) {
            body.append(body.length() > 0 ? "," : "").append("c:").append(Math.floorDiv(timeMillis, 1000));
        }
        return "\\" + body + "*" + hex2(checksum(body)) + "\\";
    }

    private static int checksum(CharSequence s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum ^= s.charAt(i);
        }
        return sum;
    }

    private static String hex2(int v) {
        String h = Integer.toHexString(v).toUpperCase(java.util.Locale.ROOT);
        return h.length() == 1 ? "0" + h : h;
    }
}
