package org.deconflict.modes.framing;

import org.deconflict.modes.Bits;

/**
 * Streaming parser for AVR text (readsb/dump1090 port 30002): {@code *HEX;} (no timestamp), {@code @TTTTTTTTTTTTHEX;}
 * (48-bit 12 MHz timestamp as 12 hex digits), {@code %TTTTTTTTTTTTHEX;} (same, older MLAT form) and
 * {@code <TTTTTTTTTTTTSSHEX;} (timestamp and signal byte). Accepts arbitrary chunks, CR/LF or none between frames;
 * anything else outside a frame is garbage and counted.
 */
public final class AvrParser extends FramingStats {
    /** Longest valid frame text: '<' + 12 ts + 2 signal + 28 hex + ';'. */
    private static final int MAX_TEXT = 1 + 12 + 2 + 28 + 1;

    private final FrameSink sink;
    private final char[] text = new char[MAX_TEXT];
    private final byte[] frame = new byte[14];
    private int n; // chars of the current frame text, 0 = outside a frame
    private boolean inGarbage;

    public AvrParser(FrameSink sink) {
        this.sink = sink;
    }

    /** Parses {@code len} bytes of text at {@code off}. */
    public void feed(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            accept((char) (buf[i] & 0xFF));
        }
    }

    /** Parses characters (e.g. one line of text). */
    public void feed(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            accept(s.charAt(i));
        }
    }

    private void accept(char c) {
        if (c == '*' || c == '@' || c == '%' || c == '<') {
            if (n > 0) {
                reject(FramingReject.BAD_LENGTH); // previous frame never terminated
            }
            n = 0;
            text[n++] = c;
            inGarbage = false;
            return;
        }
        if (n == 0) {
            if (c != '\n' && c != '\r' && c != ' ' && c != '\t' && !inGarbage) {
                inGarbage = true;
                reject(FramingReject.GARBAGE);
            }
            return;
        }
        if (c == ';' || c == '\n' || c == '\r') {
            finish();
            n = 0;
            return;
        }
        if (n == MAX_TEXT) {
            reject(FramingReject.LINE_TOO_LONG);
            n = 0;
            inGarbage = true;
            return;
        }
        text[n++] = c;
    }

    private void finish() {
        char kind = text[0];
        int pos = 1;
        long ts = -1;
        int signal = -1;
        if (kind != '*') {
            if (n < 13) {
                reject(FramingReject.BAD_LENGTH);
                return;
            }
            ts = 0;
            for (int k = 0; k < 12; k++) {
                int d = Bits.hexDigit(text[pos++]);
                if (d < 0) {
                    reject(FramingReject.BAD_HEX);
                    return;
                }
                ts = (ts << 4) | d;
            }
            if (kind == '<') {
                if (n < 15) {
                    reject(FramingReject.BAD_LENGTH);
                    return;
                }
                int hi = Bits.hexDigit(text[pos++]);
                int lo = Bits.hexDigit(text[pos++]);
                if (hi < 0 || lo < 0) {
                    reject(FramingReject.BAD_HEX);
                    return;
                }
                signal = (hi << 4) | lo;
            }
        }
        int digits = n - pos;
        if (digits == 4) { // Mode A/C
            int raw = 0;
            for (int k = 0; k < 4; k++) {
                int d = Bits.hexDigit(text[pos + k]);
                if (d < 0) {
                    reject(FramingReject.BAD_HEX);
                    return;
                }
                raw = (raw << 4) | d;
            }
            modeAcDelivered();
            sink.modeAc(raw, ts, signal);
            return;
        }
        if (digits != 14 && digits != 28) {
            reject(FramingReject.BAD_LENGTH);
            return;
        }
        for (int k = 0; k < digits / 2; k++) {
            int hi = Bits.hexDigit(text[pos + 2 * k]);
            int lo = Bits.hexDigit(text[pos + 2 * k + 1]);
            if (hi < 0 || lo < 0) {
                reject(FramingReject.BAD_HEX);
                return;
            }
            frame[k] = (byte) ((hi << 4) | lo);
        }
        frameDelivered();
        sink.frame(frame, 0, digits / 2, ts, signal);
    }
}
