package org.deconflict.modes.framing;

/**
 * Streaming parser for the Mode-S Beast binary format (readsb/dump1090 port 30005): {@code 0x1A type ts[6] signal
 * payload}, type '1' Mode A/C (2 bytes), '2' Mode S short (7), '3' Mode S long (14); timestamp is a 48-bit 12 MHz
 * counter, big endian; every 0x1A inside a frame is doubled. Feed arbitrary chunks; after garbage or a cut frame it
 * resynchronises on the next unescaped 0x1A. Never throws on bad input; each drop is counted.
 */
public final class BeastParser extends FramingStats {
    /** Beast escape / frame start byte. */
    private static final int ESC = 0x1A;
    /** Bytes before the payload: 6 timestamp + 1 signal. */
    private static final int HEADER = 7;

    private final FrameSink sink;
    private final byte[] body = new byte[HEADER + 14];
    private int state; // 0 = sync, 1 = want type, 2 = body
    private int need;
    private int have;
    private int type;
    private boolean escPending;
    private boolean inGarbage;

    public BeastParser(FrameSink sink) {
        this.sink = sink;
    }

    /** Parses {@code len} bytes at {@code off}; frames are delivered to the sink as they complete. */
    public void feed(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            int c = buf[i] & 0xFF;
            switch (state) {
                case 0 -> {
                    if (c == ESC) {
                        state = 1;
                        inGarbage = false;
                    } else if (!inGarbage) {
                        inGarbage = true;
                        reject(FramingReject.GARBAGE);
                    }
                }
                case 1 -> startFrame(c);
                default -> bodyByte(c);
            }
        }
    }

    private void startFrame(int c) {
        int payload = switch (c) {
            case '1' -> 2;
            case '2' -> 7;
            case '3' -> 14;
            default -> -1;
        };
        if (payload < 0) {
            // also covers "1A 1A" outside a frame (an escaped data byte): resync on the next lone 0x1A
            reject(FramingReject.BEAST_BAD_TYPE);
            state = 0;
            inGarbage = true;
            return;
        }
        type = c;
        need = HEADER + payload;
        have = 0;
        escPending = false;
        state = 2;
    }

    private void bodyByte(int c) {
        if (escPending) {
            escPending = false;
            if (c != ESC) { // lone 0x1A: the frame was cut and a new one starts here
                reject(FramingReject.BEAST_TRUNCATED);
                startFrame(c);
                return;
            }
        } else if (c == ESC) {
            escPending = true;
            return;
        }
        body[have++] = (byte) c;
        if (have == need) {
            deliver();
            state = 0;
        }
    }

    private void deliver() {
        long ts = 0;
        for (int k = 0; k < 6; k++) {
            ts = (ts << 8) | (body[k] & 0xFF);
        }
        int signal = body[6] & 0xFF;
        if (type == '1') {
            modeAcDelivered();
            sink.modeAc(((body[HEADER] & 0xFF) << 8) | (body[HEADER + 1] & 0xFF), ts, signal);
            return;
        }
        frameDelivered();
        sink.frame(body, HEADER, need - HEADER, ts, signal);
    }
}
