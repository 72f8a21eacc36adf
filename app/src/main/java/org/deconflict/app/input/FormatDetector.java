package org.deconflict.app.input;

import java.nio.charset.StandardCharsets;

/**
 * Tells the format of a recording from its first bytes. Beast: {@code 0x1A} then a frame type {@code 0x31..0x33}
 * (Mode A/C, Mode S short, Mode S long) and at least three well-formed frames in a row, so random binary such as raw
 * IQ samples is not taken for Beast. Text: blank and {@code #} comment lines are skipped; each of the first
 * {@value #LINES_EXAMINED} lines votes: AVR {@code *}/{@code @}, NMEA {@code !}/{@code $}/{@code \} (or a line that
 * contains an AIS {@code !xxVDM}/{@code !xxVDO} after a prefix), SBS {@code MSG,}/{@code SEL,}/{@code ID,}/{@code AIR,}
 * /{@code STA,}/{@code CLK,}, hex a field of 14 or 28 hex digits; the most votes win, provided more than half of
 * the lines voted.
 */
public final class FormatDetector {
    /** Most bytes examined. */
    public static final int SAMPLE_BYTES = 64 * 1024;
    /** Most non-blank, non-comment lines that vote. */
    static final int LINES_EXAMINED = 16;
    /** A Beast stream may start this many bytes into a frame (a capture started mid-stream). */
    private static final int BEAST_SYNC_WINDOW = 64;
    /** Frames that must parse in a row before a binary sample is called Beast. */
    private static final int BEAST_FRAMES_REQUIRED = 3;
    /** Beast frame escape and start byte (Mode-S Beast binary format, as documented by Jetvision/readsb). */
    private static final int BEAST_ESC = 0x1A;
    /** Mode S short (56-bit) and long (112-bit) replies: 7 and 14 bytes; ICAO Annex 10 Vol IV, Mode S formats. */
    private static final int MODES_SHORT_BYTES = 7;
    private static final int MODES_LONG_BYTES = 14;
    /** Mode A/C reply in Beast: 2 bytes. */
    private static final int MODEAC_BYTES = 2;
    /** Beast header after type: 6-byte 12 MHz timestamp + 1-byte signal level. */
    private static final int BEAST_HEADER_BYTES = 7;
    private static final String[] SBS_TYPES = {"MSG,", "SEL,", "ID,", "AIR,", "STA,", "CLK,"};

    /** Outcome of looking at a sample that may still grow. */
    enum Verdict { DECIDED, UNKNOWN, NEED_MORE }

    private FormatDetector() {
    }

    /** The format of a stream that begins with {@code buf[off..off+len)}, judged on these bytes alone, or null. */
    public static StreamFormat detect(byte[] buf, int off, int len) {
        StreamFormat[] out = new StreamFormat[1];
        return examine(buf, off, len, true, out) == Verdict.DECIDED ? out[0] : null;
    }

    /**
     * Looks at a sample; {@code complete} says no more bytes will come (end of stream or {@link #SAMPLE_BYTES}).
     * On {@link Verdict#DECIDED} the format is in {@code out[0]}.
     */
    static Verdict examine(byte[] buf, int off, int len, boolean complete, StreamFormat[] out) {
        int beastStart = findBeastStart(buf, off, len);
        if (beastStart >= 0) {
            Verdict v = walkBeast(buf, beastStart, off + len, complete);
            if (v == Verdict.DECIDED) {
                out[0] = StreamFormat.BEAST;
            }
            if (v != Verdict.UNKNOWN) {
                return v;
            }
        }
        return examineText(buf, off, len, complete, out);
    }

    private static int findBeastStart(byte[] b, int off, int len) {
        int end = off + Math.min(len, BEAST_SYNC_WINDOW) - 1;
        for (int i = off; i < end; i++) {
            if ((b[i] & 0xff) == BEAST_ESC && beastPayloadBytes(b[i + 1]) > 0) {
                return i;
            }
        }
        return -1;
    }

    private static int beastPayloadBytes(byte type) {
        return switch (type) {
            case 0x31 -> MODEAC_BYTES;
            case 0x32 -> MODES_SHORT_BYTES;
            case 0x33 -> MODES_LONG_BYTES;
            default -> -1;
        };
    }

    private static Verdict walkBeast(byte[] b, int pos, int end, boolean complete) {
        int frames = 0;
        while (frames < BEAST_FRAMES_REQUIRED) {
            if (pos + 2 > end) {
                return partialBeast(frames, complete);
            }
            int body = beastPayloadBytes(b[pos + 1]);
            if ((b[pos] & 0xff) != BEAST_ESC || body < 0) {
                return Verdict.UNKNOWN;
            }
            pos += 2;
            for (int k = 0; k < BEAST_HEADER_BYTES + body; k++) {
                if (pos >= end || (b[pos] & 0xff) == BEAST_ESC && pos + 1 >= end) {
                    return partialBeast(frames, complete);
                }
                if ((b[pos] & 0xff) == BEAST_ESC) {
                    if ((b[pos + 1] & 0xff) != BEAST_ESC) {
                        return Verdict.UNKNOWN; // a lone 0x1A inside a frame: not Beast
                    }
                    pos++;
                }
                pos++;
            }
            frames++;
        }
        return Verdict.DECIDED;
    }

    /** The sample ended inside the walk: enough if it is all there is and held a whole frame. */
    private static Verdict partialBeast(int frames, boolean complete) {
        if (!complete) {
            return Verdict.NEED_MORE;
        }
        return frames >= 1 ? Verdict.DECIDED : Verdict.UNKNOWN;
    }

    private static Verdict examineText(byte[] b, int off, int len, boolean complete, StreamFormat[] out) {
        int[] votes = new int[StreamFormat.values().length];
        int voted = 0;
        int lines = 0;
        int end = off + len;
        int start = off;
        while (start < end && lines < LINES_EXAMINED) {
            int nl = start;
            while (nl < end && b[nl] != '\n') {
                nl++;
            }
            if (nl == end && !complete) {
                break; // partial last line: wait for the rest
            }
            String line = new String(b, start, nl - start, StandardCharsets.ISO_8859_1).strip();
            start = nl + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            lines++;
            StreamFormat f = classifyLine(line);
            if (f != null) {
                votes[f.ordinal()]++;
                voted++;
            }
        }
        if (voted == 0) {
            return complete || len >= SAMPLE_BYTES ? Verdict.UNKNOWN : Verdict.NEED_MORE;
        }
        if (2 * voted <= lines) {
            return Verdict.UNKNOWN; // mostly lines of no known format
        }
        StreamFormat best = null;
        for (StreamFormat f : StreamFormat.values()) {
            if (best == null || votes[f.ordinal()] > votes[best.ordinal()]) {
                best = f;
            }
        }
        out[0] = best;
        return Verdict.DECIDED;
    }

    /** The format one text line looks like, or null. */
    static StreamFormat classifyLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t' || c >= 0x7f) {
                return null; // control or non-ASCII bytes: not a text record
            }
        }
        char first = line.charAt(0);
        if ((first == '*' || first == '@') && hexRun(line, 1) >= 2 * MODES_SHORT_BYTES) {
            return StreamFormat.AVR;
        }
        if ((first == '!' || first == '$') && sentenceAddress(line)) {
            return StreamFormat.NMEA;
        }
        if (first == '\\' && line.indexOf(':') > 0 && line.indexOf('\\', 1) > line.indexOf(':')) {
            return StreamFormat.NMEA; // IEC 61162-450 tag block: \key:value,...*hh\
        }
        for (String t : SBS_TYPES) {
            if (line.startsWith(t)) {
                return StreamFormat.SBS;
            }
        }
        if (containsAisSentence(line)) {
            return StreamFormat.NMEA;
        }
        return containsHexFrame(line) ? StreamFormat.HEX : null;
    }

    private static int hexRun(String line, int from) {
        int i = from;
        while (i < line.length() && Character.digit(line.charAt(i), 16) >= 0) {
            i++;
        }
        return i - from;
    }

    /** {@code !}/{@code $}, an address field of 3 to 8 upper-case letters or digits, a comma (NMEA 0183 address). */
    private static boolean sentenceAddress(String line) {
        int i = 1;
        while (i < line.length() && i <= 8
                && (Character.isUpperCase(line.charAt(i)) || Character.isDigit(line.charAt(i)))) {
            i++;
        }
        return i >= 4 && i < line.length() && line.charAt(i) == ',';
    }

    /** {@code !xxVDM,} or {@code !xxVDO,} anywhere: AIS sentence after a timestamp or other prefix (IEC 61162-1). */
    private static boolean containsAisSentence(String line) {
        for (int i = line.indexOf('!'); i >= 0 && i + 7 <= line.length(); i = line.indexOf('!', i + 1)) {
            if (line.startsWith("VD", i + 3) && (line.charAt(i + 5) == 'M' || line.charAt(i + 5) == 'O')
                    && line.charAt(i + 6) == ',') {
                return true;
            }
        }
        return false;
    }

    /** A run of exactly 14 or 28 hex digits bounded by non-alphanumerics: a 56- or 112-bit Mode S reply. */
    private static boolean containsHexFrame(String line) {
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(line.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean hex = true;
            while (j < n && Character.isLetterOrDigit(line.charAt(j))) {
                hex &= Character.digit(line.charAt(j), 16) >= 0;
                j++;
            }
            if (hex && (j - i == 2 * MODES_SHORT_BYTES || j - i == 2 * MODES_LONG_BYTES)) {
                return true;
            }
            i = j;
        }
        return false;
    }
}
