package org.deconflict.modes.framing;

/** Why a streaming parser dropped input. Counted per parser ({@code rejectCount}). */
public enum FramingReject {
    /** Bytes outside any frame while looking for the next frame start (counted per run of garbage). */
    GARBAGE,
    /** Beast frame type other than '1', '2', '3' (counted once per frame start). */
    BEAST_BAD_TYPE,
    /** A Beast frame was cut short by an unescaped 0x1A starting the next frame. */
    BEAST_TRUNCATED,
    /** AVR/hex text with a non-hex character inside the frame. */
    BAD_HEX,
    /** AVR/hex frame whose payload is not 7 or 14 bytes (Mode A/C 2 bytes is counted separately). */
    BAD_LENGTH,
    /** AVR line longer than any valid frame (no terminator). */
    LINE_TOO_LONG,
    /** SBS line that is not a well-formed MSG/SEL/ID/AIR/STA/CLK record. */
    SBS_MALFORMED
}
