package org.deconflict.modes.framing;

import java.util.function.Consumer;

/**
 * Parses SBS/BaseStation text lines into {@link SbsMessage}s. Streaming: feed bytes in any chunks, lines end with
 * LF or CRLF. Malformed lines are counted ({@link FramingReject#SBS_MALFORMED}) and dropped; never throws.
 */
public final class SbsParser extends FramingStats {
    /** Fields in a BaseStation MSG record. */
    private static final int FIELDS = 22;
    private static final int MAX_LINE = 512;

    private final Consumer<SbsMessage> sink;
    private final StringBuilder line = new StringBuilder(256);
    private boolean overflow;

    public SbsParser(Consumer<SbsMessage> sink) {
        this.sink = sink;
    }

    /** Parses {@code len} bytes at {@code off}. */
    public void feed(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            char c = (char) (buf[i] & 0xFF);
            if (c == '\n') {
                endLine();
            } else if (c != '\r') {
                if (line.length() < MAX_LINE) {
                    line.append(c);
                } else {
                    overflow = true;
                }
            }
        }
    }

    /** Parses one complete line (without terminator). */
    public void line(CharSequence text) {
        line.setLength(0);
        line.append(text);
        endLine();
    }

    private void endLine() {
        if (overflow) {
            reject(FramingReject.SBS_MALFORMED);
        } else if (line.length() > 0) {
            SbsMessage m = parse(line.toString());
            if (m == null) {
                reject(FramingReject.SBS_MALFORMED);
            } else {
                frameDelivered();
                sink.accept(m);
            }
        }
        line.setLength(0);
        overflow = false;
    }

    /** Parses one line; null when malformed. */
    public static SbsMessage parse(String text) {
        String[] f = text.strip().split(",", -1);
        if (f.length < 5) {
            return null;
        }
        String kind = f[0];
        if (!(kind.equals("MSG") || kind.equals("SEL") || kind.equals("ID") || kind.equals("AIR")
                || kind.equals("STA") || kind.equals("CLK"))) {
            return null;
        }
        try {
            int type = 0;
            if (kind.equals("MSG")) {
                if (f.length < FIELDS) {
                    return null;
                }
                type = Integer.parseInt(f[1].strip());
                if (type < 1 || type > 8) {
                    return null;
                }
            }
            String hex = f[4].strip();
            boolean nonIcao = hex.startsWith("~"); // readsb marks non-ICAO addresses (TIS-B, anonymous) with '~'
            if (nonIcao) {
                hex = hex.substring(1);
            }
            if (hex.isEmpty() || hex.length() > 6) {
                return null;
            }
            int icao = Integer.parseInt(hex, 16);
            return new SbsMessage(kind, type, icao, field(f, 6), field(f, 7), field(f, 10), intOf(f, 11),
                    dbl(f, 12), dbl(f, 13), dbl(f, 14), dbl(f, 15), intOf(f, 16), field(f, 17), bool(f, 18),
                    bool(f, 19), bool(f, 20), bool(f, 21), nonIcao);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String field(String[] f, int i) {
        return i < f.length && !f[i].isBlank() ? f[i].strip() : null;
    }

    private static Integer intOf(String[] f, int i) {
        String s = field(f, i);
        return s == null ? null : (int) Math.round(Double.parseDouble(s));
    }

    private static Double dbl(String[] f, int i) {
        String s = field(f, i);
        return s == null ? null : Double.parseDouble(s);
    }

    private static Boolean bool(String[] f, int i) {
        String s = field(f, i);
        if (s == null) {
            return null;
        }
        return !(s.equals("0") || s.equalsIgnoreCase("false"));
    }
}
