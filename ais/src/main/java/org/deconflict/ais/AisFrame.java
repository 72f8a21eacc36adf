package org.deconflict.ais;

/**
 * One assembled AIS payload with its reception metadata, as handed to {@link AisStreamDecoder.Listener#onFrame}.
 * The instance is reused for every frame (zero allocation): read what you need during the callback, or call
 * {@link #toReport(MessageDecoder)} for an immutable record.
 */
public final class AisFrame {

    final BitReader reader = new BitReader();
    byte[] bits = new byte[128];
    int bitLength;
    String source;
    char channel;
    char talker0;
    char talker1;
    boolean ownShip;
    long timeMillis = TagBlock.NO_TIME;
    TagBlock tagBlock;
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

    /** Tag block of the first sentence, or null. */
    public TagBlock tagBlock() {
        return tagBlock;
    }

    /** Number of NMEA sentences this payload was assembled from. */
    public int sentences() {
        return sentences;
    }

    /** 1-based input line number of the last sentence of this payload. */
    public long lineNumber() {
        return lineNumber;
    }

    /** 64-bit FNV-1a hash of the payload bits and length: the duplicate-suppression key. */
    public long payloadHash() {
        long h = 0xcbf29ce484222325L;
        int n = (bitLength + 7) >>> 3;
        for (int i = 0; i < n; i++) {
            int b = bits[i] & 0xff;
            if (i == n - 1 && (bitLength & 7) != 0) {
                b &= 0xff << (8 - (bitLength & 7));
            }
            h = (h ^ b) * 0x100000001b3L;
        }
        return (h ^ bitLength) * 0x100000001b3L;
    }

    /** Decodes this frame into an immutable report, or returns null (see {@link MessageDecoder#lastReject()}). */
    public AisReport toReport(MessageDecoder decoder) {
        AisMessage m = decoder.decode(bits());
        if (m == null) {
            return null;
        }
        return new AisReport(m, source, channel, timeMillis, ownShip, payloadHash(), bitLength, sentences);
    }

    void ensureCapacity(int bytes) {
        if (bits.length < bytes) {
            bits = new byte[Math.max(bytes, bits.length * 2)];
        }
    }
}
