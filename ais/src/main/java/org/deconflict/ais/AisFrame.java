package org.deconflict.ais;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * One assembled AIS payload with its reception metadata, as handed to {@link AisStreamDecoder.Listener#onFrame}.
 * The instance is reused for every frame (zero allocation): read what you need during the callback, or call
 * {@link #toReport(MessageDecoder)} for an immutable record.
 */
public final class AisFrame {

    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    final BitReader reader = new BitReader();
    byte[] bits = new byte[128];
    int bitLength;
    String source;
    char channel;
    char talker0;
    char talker1;
    boolean ownShip;
    long timeMillis = TagBlock.NO_TIME;
    TagBlockView tag;
    int sentences;
    long lineNumber;

    /** Bit view of the de-armored payload (fill bits removed). */
    public BitReader bits() {
        return reader.reset(bits, bitLength);
    }

    public int bitLength() {
        return bitLength;
    }

    /** Message type from the first six bits (ITU-R M.1371-5 Annex 8 §3.3), 0 if the payload is empty. */
    public int messageType() {
        return bitLength >= 6 ? (bits[0] & 0xff) >>> 2 : 0;
    }

    /** Receiver or station id (tag block s:, $PGHP PSS, or USCG trailing field), null when unknown. */
    public String source() {
        return source;
    }

    /** Radio channel of the first sentence: 'A', 'B', '1', '2', ... or 0 when the field was empty. */
    public char channel() {
        return channel;
    }

    /** Two-letter talker id ("AI", "AB", "BS", ...) as a new string. */
    public String talker() {
        return new String(new char[] {talker0, talker1});
    }

    /** True for VDO (own-ship) sentences, false for VDM. */
    public boolean ownShip() {
        return ownShip;
    }

    /** Event time in Unix milliseconds from tag block c:, $PGHP or a trailing Unix time; {@link TagBlock#NO_TIME} if none. */
    public long timeMillis() {
        return timeMillis;
    }

    public boolean hasTime() {
        return timeMillis != TagBlock.NO_TIME;
    }

    /** Tag block of the first sentence as a new record (allocates), or null. */
    public TagBlock tagBlock() {
        return tag == null ? null : tag.toTagBlock();
    }

    /** Tag block of the first sentence as a reused view (no allocation, valid during the callback), or null. */
    public TagBlockView tag() {
        return tag;
    }

    /** Number of NMEA sentences this payload was assembled from. */
    public int sentences() {
        return sentences;
    }

    /** 1-based input line number of the last sentence of this payload. */
    public long lineNumber() {
        return lineNumber;
    }

    /** 64-bit hash of the payload bits (fill bits excluded) and length: the duplicate-suppression key. */
    public long payloadHash() {
        long h = 0x9E3779B97F4A7C15L ^ bitLength;
        int full = bitLength >>> 3;
        int i = 0;
        for (; i + 8 <= full; i += 8) {
            h = mix(h ^ (long) LONG_BE.get(bits, i));
        }
        long tail = 0;
        for (; i < full; i++) {
            tail = (tail << 8) | (bits[i] & 0xff);
        }
        int rest = bitLength & 7;
        if (rest != 0) {
            tail = (tail << 8) | (bits[full] & (0xff << (8 - rest)) & 0xff);
        }
        return mix(h ^ tail);
    }

    /** A 64-bit finaliser (the MurmurHash3 fmix64 constants). */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        return k ^ (k >>> 33);
    }

    /** Decodes this frame into an immutable report, or returns null (see {@link MessageDecoder#lastReject()}). */
    public AisReport toReport(MessageDecoder decoder) {
        AisMessage m = decoder.decode(bits());
        if (m == null) {
            return null;
        }
        return new AisReport(m, source, channel, timeMillis, ownShip, payloadHash(), bitLength, sentences);
    }

    /** Makes room for {@code bytes} payload bytes plus 8 so the bit reader can always load whole words. */
    void ensureCapacity(int bytes) {
        if (bits.length < bytes + 8) {
            bits = new byte[Math.max(bytes + 8, bits.length * 2)];
        }
    }
}
