package org.deconflict.app.pipeline.feed;

import java.util.function.Consumer;

import org.deconflict.ais.AisReader;
import org.deconflict.ais.AisReport;
import org.deconflict.app.input.ChunkHandlers;
import org.deconflict.app.input.DisconnectCause;
import org.deconflict.app.input.SbsObservations;
import org.deconflict.app.input.StreamFormat;
import org.deconflict.engine.ingest.Observation;
import org.deconflict.modes.framing.AvrParser;
import org.deconflict.modes.framing.BeastParser;
import org.deconflict.modes.framing.FramingReject;
import org.deconflict.modes.framing.FrameSink;
import org.deconflict.modes.framing.FramingStats;
import org.deconflict.modes.framing.HexLineParser;
import org.deconflict.modes.framing.SbsMessage;
import org.deconflict.modes.framing.SbsParser;

/**
 * Frames the bytes of one connection or file into Mode S frames and AIS reports for an {@link Output} (or immutable
 * {@link FeedItem}s, to cross a queue): Beast and AVR through their parsers, hex lines
 * ({@code HEX} or {@code TS,HEX...} with TS in seconds since the Unix epoch), NMEA through an {@link AisReader}, SBS
 * (BaseStation) records through {@link SbsObservations} into observations. Runs on the thread that owns the
 * connection; one instance per connection, so no state leaks across reconnects.
 * Mode S event time: the frame's 12 MHz counter through a {@link TickClock} when one is given and the frame has a
 * counter, else the line's own time (hex), else {@code receivedNanos}. SBS event time: the record's generated date and
 * time (UTC), else {@code receivedNanos}.
 */
public final class FrameDecoder implements ChunkHandlers.Connection {

    /** Longest hex line kept; longer ones are counted as rejected (a 28-digit frame plus a timestamp fits easily). */
    private static final int MAX_HEX_LINE = 256;
    private static final byte[] LINE_END = {'\n'};
    /** Beast frame start and escape byte (Mode-S Beast binary format, readsb/dump1090). */
    private static final byte BEAST_ESC = 0x1A;
    /** Bytes between a Beast frame's type and its payload: 6 counter bytes, 1 signal byte. */
    private static final int BEAST_BODY_HEADER = 7;

    private final StreamFormat format;
    private final int receiverId;
    private final TickClock ticks;
    private final Output out;
    private final BeastParser beast;
    private final AvrParser avr;
    private final HexLineParser hex;
    private final AisReader ais;
    private final SbsParser sbs;
    private final SbsObservations sbsObservations;
    private final long sbsMaxSkewNanos;
    private final StringBuilder line = new StringBuilder();
    private long receivedNanos;
    private long lineTimeNanos = -1;
    private long endOffset;
    private long items;
    /** The Beast parser is between frames and in step (after a frame it delivered): clean frames may skip it. */
    private boolean beastAtBoundary = true;
    /** Set by the Beast parser's callbacks: the byte just fed completed a frame. */
    private boolean beastDelivered;
    /** Counter, signal and payload of a whole Beast frame that had doubled 0x1A bytes, unescaped. */
    private final byte[] unescaped = new byte[BEAST_BODY_HEADER + 14];
    // where wholeBeastFrame left the frame: counter at frameAt of frameBytes, then signal, then frameLength bytes
    private byte[] frameBytes;
    private int frameAt;
    private int frameLength;
    private long hexRejects;
    private long sbsRetimed;

    /** Where decoded frames and reports go, on the decoding thread, in input order. */
    public interface Output {
        /**
         * One Mode S frame: {@code len} bytes at {@code off} of {@code buf}, valid only during the call (copy to
         * keep); {@code timestamp12MHz} the receiver's counter (-1 unknown), {@code timeNanos} its event time.
         */
        void modes(byte[] buf, int off, int len, long timestamp12MHz, long timeNanos, int receiverId, long endOffset);

        /** One AIS report; {@code receivedNanos} stands for its time when it carries none of its own. */
        void ais(AisReport report, long receivedNanos, long endOffset);

        /** One observation decoded from an SBS record, event time included. */
        void observation(Observation o, long endOffset);
    }

    /**
     * Decodes into immutable {@link FeedItem}s (each Mode S frame copied), for handing over to another thread.
     *
     * @param ticks null: Mode S frames take {@code receivedNanos} (arrival time) unless a hex line names its time
     */
    public FrameDecoder(StreamFormat format, int receiverId, TickClock ticks, Consumer<FeedItem> out) {
        this(format, receiverId, ticks, items(out), Long.MAX_VALUE);
    }

    /**
     * As {@link #FrameDecoder(StreamFormat, int, TickClock, Consumer)}, for live inputs: an SBS record whose own time
     * is more than {@code sbsMaxSkewNanos} away from its arrival takes its arrival time (a feeder writing local time,
     * as dump1090 does, or a wrong clock), counted by {@link #sbsRetimed()}.
     */
    public FrameDecoder(StreamFormat format, int receiverId, TickClock ticks, Consumer<FeedItem> out,
                        long sbsMaxSkewNanos) {
        this(format, receiverId, ticks, items(out), sbsMaxSkewNanos);
    }

    /**
     * Decodes into {@code out} without per-frame allocation (Mode S frames point into the framer's buffer).
     *
     * @param ticks null: Mode S frames take {@code receivedNanos} (arrival time) unless a hex line names its time
     */
    public FrameDecoder(StreamFormat format, int receiverId, TickClock ticks, Output out) {
        this(format, receiverId, ticks, out, Long.MAX_VALUE);
    }

    private FrameDecoder(StreamFormat format, int receiverId, TickClock ticks, Output out, long sbsMaxSkewNanos) {
        this.sbsMaxSkewNanos = sbsMaxSkewNanos;
        this.format = format;
        this.receiverId = receiverId;
        this.ticks = ticks;
        this.out = out;
        this.beast = format == StreamFormat.BEAST ? new BeastParser(new FrameSink() {
            @Override
            public void frame(byte[] buf, int off, int len, long timestamp12MHz, int signal) {
                beastDelivered = true;
                modes(buf, off, len, timestamp12MHz, signal);
            }

            @Override
            public void modeAc(int raw, long timestamp12MHz, int signal) {
                beastDelivered = true;
            }
        }) : null;
        this.avr = format == StreamFormat.AVR ? new AvrParser(this::modes) : null;
        this.hex = format == StreamFormat.HEX ? new HexLineParser(this::modes) : null;
        this.ais = format == StreamFormat.NMEA
                ? new AisReader(this::ais) : null;
        this.sbs = format == StreamFormat.SBS ? new SbsParser(this::sbsRecord) : null;
        this.sbsObservations = format == StreamFormat.SBS ? new SbsObservations(this::observation) : null;
    }

    /** An output that wraps everything into {@link FeedItem}s for {@code out}. */
    private static Output items(Consumer<FeedItem> out) {
        return new Output() {
            @Override
            public void modes(byte[] buf, int off, int len, long timestamp12MHz, long timeNanos, int receiver,
                              long endOffset) {
                byte[] frame = new byte[len];
                System.arraycopy(buf, off, frame, 0, len);
                out.accept(new FeedItem.ModeS(frame, timestamp12MHz, timeNanos, receiver, endOffset));
            }

            @Override
            public void ais(AisReport report, long receivedNanos, long endOffset) {
                out.accept(new FeedItem.Ais(report, receivedNanos, endOffset));
            }

            @Override
            public void observation(Observation o, long endOffset) {
                out.accept(new FeedItem.Observed(o, endOffset));
            }
        };
    }

    /** {@code len} bytes; items completed by them carry {@code endOffset} (bytes of the input consumed so far). */
    public void feed(byte[] buf, int off, int len, long receivedNanos, long endOffset) {
        this.receivedNanos = receivedNanos;
        this.endOffset = endOffset;
        switch (format) {
            case BEAST -> beastBytes(buf, off, len);
            case AVR -> avr.feed(buf, off, len);
            case NMEA -> ais.feed(buf, off, len);
            case HEX -> hexBytes(buf, off, len);
            case SBS -> sbs.feed(buf, off, len);
            default -> throw new IllegalStateException("no framer for " + format);
        }
    }

    @Override
    public void onBytes(byte[] buf, int off, int len, long receivedNanos) {
        feed(buf, off, len, receivedNanos, 0);
    }

    @Override
    public void onEnd(DisconnectCause cause, long receivedNanos) {
        finish(receivedNanos, endOffset);
    }

    /** The input ended: releases a last unterminated line and any AIS fragments waiting for their parts. */
    public void finish(long receivedNanos, long endOffset) {
        this.receivedNanos = receivedNanos;
        this.endOffset = endOffset;
        if (hex != null && line.length() > 0) {
            hexLine();
        }
        if (ais != null) {
            ais.finish();
        }
        if (sbs != null) {
            sbs.feed(LINE_END, 0, 1); // a last record without its line end
        }
    }

    /** Items produced so far. */
    public long items() {
        return items;
    }

    /** Frames or lines the framer refused (bad length, bad hex, garbage, bad checksum, malformed SBS line...). */
    public long rejected() {
        if (ais != null) {
            return ais.stats().totalRejects();
        }
        FramingStats s = beast != null ? beast : avr != null ? avr : hex != null ? hex : sbs;
        long n = hexRejects;
        for (FramingReject r : FramingReject.values()) {
            n += s.rejectCount(r);
        }
        return n;
    }

    /**
     * Beast bytes. A Mode S frame that starts where the parser stands between frames and lies whole in the chunk with
     * every 0x1A inside it doubled is delivered straight from the chunk (through {@link #unescaped} when it holds a
     * doubled 0x1A) — exactly what the parser would deliver, and the parser would end between frames again. Anything
     * else (a lone 0x1A inside a frame, a cut frame, garbage, Mode A/C, a bad type) goes to the parser one byte at a
     * time until it delivers a frame, which puts it between frames again; its rejects are counted as always. Nearly
     * every frame takes the straight path: framing then costs a scan of the frame's bytes instead of the parser's
     * per-byte state machine.
     */
    private void beastBytes(byte[] buf, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            if (beastAtBoundary) {
                int n = wholeBeastFrame(buf, i, end);
                if (n > 0) {
                    byte[] b = frameBytes;
                    int at = frameAt;
                    long ts = 0;
                    for (int k = at; k < at + 6; k++) {   // 48-bit 12 MHz counter, big endian
                        ts = (ts << 8) | (b[k] & 0xFF);
                    }
                    modes(b, at + BEAST_BODY_HEADER, frameLength, ts, b[at + 6] & 0xFF);
                    i += n;
                    continue;
                }
                beastAtBoundary = false;
            }
            beastDelivered = false;
            beast.feed(buf, i, 1);
            i++;
            beastAtBoundary = beastDelivered;
        }
    }

    /**
     * Bytes taken by the Beast Mode S frame at {@code i} if it lies whole before {@code end} and every 0x1A after its
     * start is doubled (Mode-S Beast binary format: 0x1A, type '2' short or '3' long, 6 counter bytes, 1 signal byte,
     * 7 or 14 bytes, each 0x1A among them sent twice); else 0. Leaves the frame's counter, signal and payload at
     * {@link #frameAt} in {@link #frameBytes}: in {@code buf} itself, or unescaped in {@link #unescaped}.
     */
    private int wholeBeastFrame(byte[] buf, int i, int end) {
        if (i + 1 >= end || buf[i] != BEAST_ESC) {
            return 0;
        }
        int payload = buf[i + 1] == '2' ? 7 : buf[i + 1] == '3' ? 14 : 0;
        int body = BEAST_BODY_HEADER + payload;
        int start = i + 2;
        if (payload == 0 || start + body > end) {
            return 0;
        }
        int k = start;
        while (k < start + body && buf[k] != BEAST_ESC) {
            k++;
        }
        frameLength = payload;
        if (k == start + body) {
            frameBytes = buf;
            frameAt = start;
            return k - i;
        }
        int have = k - start;
        System.arraycopy(buf, start, unescaped, 0, have);
        while (have < body) {
            if (k >= end) {
                return 0;
            }
            byte b = buf[k];
            if (b == BEAST_ESC) {
                if (k + 1 >= end || buf[k + 1] != BEAST_ESC) {
                    return 0;                           // a lone 0x1A cuts the frame: the parser counts it
                }
                k += 2;
            } else {
                k++;
            }
            unescaped[have++] = b;
        }
        frameBytes = unescaped;
        frameAt = 0;
        return k - i;
    }

    private void modes(byte[] buf, int off, int len, long timestamp12MHz, int signal) {
        long t;
        if (ticks != null && timestamp12MHz >= 0) {
            t = ticks.timeNanos(timestamp12MHz);
        } else if (lineTimeNanos >= 0) {
            t = lineTimeNanos;
        } else {
            t = receivedNanos;
        }
        items++;
        out.modes(buf, off, len, timestamp12MHz, t, receiverId, endOffset);
    }

    /** Well-formed SBS records that gave no observation (not {@code MSG}, or without the fields their type needs). */
    public long sbsIgnored() {
        return sbsObservations == null ? 0 : sbsObservations.ignored();
    }

    /** SBS records whose own time was too far from their arrival and that took the arrival time instead. */
    public long sbsRetimed() {
        return sbsRetimed;
    }

    private void sbsRecord(SbsMessage m) {
        long t = SbsObservations.generatedTimeNanos(m);
        if (t >= 0 && Math.abs(t - receivedNanos) > sbsMaxSkewNanos) {
            sbsRetimed++;
            t = -1;
        }
        sbsObservations.accept(m, receiverId, t >= 0 ? t : receivedNanos);
    }

    private void observation(Observation o) {
        items++;
        out.observation(o, endOffset);
    }

    private void ais(AisReport report) {
        items++;
        out.ais(report, receivedNanos, endOffset);
    }

    private void hexBytes(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte b = buf[i];
            if (b == '\n') {
                hexLine();
            } else if (line.length() <= MAX_HEX_LINE) {
                line.append((char) (b & 0xff));
            }
        }
    }

    /**
     * {@code HEX}, or a CSV line whose first cell is TS in seconds since the Unix epoch (decimals allowed) and another
     * cell the frame ({@code TS,HEX}, pyModeS sample files); a line whose first cell is not a number has no time.
     */
    private void hexLine() {
        if (line.length() > MAX_HEX_LINE) {
            hexRejects++;
            line.setLength(0);
            return;
        }
        String text = line.toString();
        line.setLength(0);
        int comma = text.indexOf(',');
        lineTimeNanos = -1;
        String frame = text;
        if (comma >= 0) {
            try {
                lineTimeNanos = Math.round(Double.parseDouble(text.substring(0, comma).strip()) * 1e9);
                frame = text.substring(comma + 1);
            } catch (NumberFormatException e) {
                lineTimeNanos = -1; // no time of its own; the parser finds the frame cell or counts the line
            }
        }
        hex.line(frame);
        lineTimeNanos = -1;
    }
}
