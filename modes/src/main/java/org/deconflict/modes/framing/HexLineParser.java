package org.deconflict.modes.framing;

import org.deconflict.modes.Bits;

/**
 * One hex frame per line (14 or 28 hex digits); surrounding whitespace, an AVR-style leading '*' and trailing ';',
 * and CSV lines whose one cell is the frame (pyModeS sample files) are tolerated. Blank lines are skipped; anything
 * else is counted and dropped.
 */
public final class HexLineParser extends FramingStats {
    /** CSV lines (pyModeS sample files: {@code ts,"hex",icao,tc} or {@code ts,icao,hex}): the 14/28-digit cell. */
    private static String frameCell(String line) {
        for (String cell : line.split(",")) {
            String c = cell.replace("\"", "").replace("\uFEFF", "").strip();
            if (c.length() == 14 || c.length() == 28) {
                return c;
            }
        }
        return line;
    }

    private final FrameSink sink;
    private final byte[] frame = new byte[14];

    public HexLineParser(FrameSink sink) {
        this.sink = sink;
    }

    /** Parses one line (without its terminator). */
    public void line(CharSequence line) {
        if (line.toString().indexOf(',') >= 0) {
            line = frameCell(line.toString());
        }
        int a = 0;
        int z = line.length();
        while (a < z && Character.isWhitespace(line.charAt(a))) {
            a++;
        }
        while (z > a && Character.isWhitespace(line.charAt(z - 1))) {
            z--;
        }
        if (a < z && line.charAt(a) == '\uFEFF') {
            a++;
        }
        if (a == z) {
            return;
        }
        if (line.charAt(a) == '*') {
            a++;
        }
        if (z > a && line.charAt(z - 1) == ';') {
            z--;
        }
        int digits = z - a;
        if (digits != 14 && digits != 28) {
            reject(FramingReject.BAD_LENGTH);
            return;
        }
        for (int k = 0; k < digits / 2; k++) {
            int hi = Bits.hexDigit(line.charAt(a + 2 * k));
            int lo = Bits.hexDigit(line.charAt(a + 2 * k + 1));
            if (hi < 0 || lo < 0) {
                reject(FramingReject.BAD_HEX);
                return;
            }
            frame[k] = (byte) ((hi << 4) | lo);
        }
        frameDelivered();
        sink.frame(frame, 0, digits / 2, -1, -1);
    }
}
