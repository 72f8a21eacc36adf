package org.deconflict.ais;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Streaming NMEA 0183 AIS reader: splits bytes into lines (CRLF or LF), reads {@code !xxVDM}/{@code !xxVDO} sentences
 * from any talker with their checksum (IEC 61162-1 §7.2.4), NMEA 4 tag blocks, DMA/Gatehouse {@code $PGHP} time
 * wrappers and USCG trailing fields, joins multi-part messages and hands each payload to a {@link Listener}.
 * Garbage is skipped (resync on the next '!' or '\'); every rejected line or fragment is counted by reason.
 * Not thread-safe; the plain one-sentence path allocates nothing.
 */
public final class AisStreamDecoder {

    /** Receives payloads and rejections. The frame is reused: copy what you keep. */
    public interface Listener {
        void onFrame(AisFrame frame);

        /** A rejected line, fragment or message; {@code lineNumber} is -1 when no single line is to blame. */
        default void onReject(RejectReason reason, long lineNumber) {
        }
    }

    /** Default time after which an incomplete multi-part message is dropped, by event time. */
    public static final long DEFAULT_FRAGMENT_TIMEOUT_MILLIS = 10_000;
    /** Without event time, an incomplete message is dropped after this many further sentences. */
    public static final long DEFAULT_MAX_SENTENCE_GAP = 200;
    /** Default bound on multi-part messages assembled at once (per decoder, all sources together). */
    public static final int DEFAULT_PENDING_MESSAGES = 64;
    private static final int MAX_LINE = 4096;

    private final Listener listener;
    private final AisStats stats;
    private final FragmentAssembler assembler;
    private final AisFrame frame = new AisFrame();

    private final byte[] carry = new byte[MAX_LINE];
    private int carryLength;
    private boolean carryOverflow;
    private long lineNumber;
    private long sentenceIndex;

    private final long[] pghpFields = new long[13];

    // metadata announced by lines before the sentence it belongs to
    private final TextCache texts = new TextCache();
    private final TagBlockView lineTag = new TagBlockView(); // the tag block of the line being read
    private final TagBlockView pendingTag = new TagBlockView(); // tag-block lines before the next sentence
    private final TagBlockView sentenceTag = new TagBlockView(); // the pending ones overlaid by the line's own
    private long pendingPghpMillis = TagBlock.NO_TIME;
    private String pendingPghpSource;

    // USCG trailing fields of the current sentence
    private long trailingTimeMillis;
    private String trailingSource;

    public AisStreamDecoder(Listener listener) {
        this(listener, new AisStats(), DEFAULT_PENDING_MESSAGES, DEFAULT_FRAGMENT_TIMEOUT_MILLIS, DEFAULT_MAX_SENTENCE_GAP);
    }

    /**
     * @param pendingMessages        max multi-part messages being assembled at once
     * @param fragmentTimeoutMillis  event-time limit for completing a multi-part message
     * @param maxSentenceGap         sentence-count limit for completing one when the input has no time
     */
    public AisStreamDecoder(Listener listener, AisStats stats, int pendingMessages, long fragmentTimeoutMillis,
                            long maxSentenceGap) {
        this.listener = listener;
        this.stats = stats;
        this.assembler = new FragmentAssembler(pendingMessages, fragmentTimeoutMillis, maxSentenceGap, this::reject);
    }

    public AisStats stats() {
        return stats;
    }

    /** Reads the stream to its end, then {@link #finish()}es. */
    public void readAll(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) >= 0) {
            feed(buf, 0, n);
        }
        finish();
    }

    /** Feeds raw bytes; lines may be split anywhere between calls. */
    public void feed(byte[] buf, int off, int len) {
        int end = off + len;
        int start = off;
        for (int i = off; i < end; i++) {
            if (buf[i] == '\n') {
                if (carryLength > 0 || carryOverflow) {
                    appendCarry(buf, start, i);
                    finishCarry();
                } else {
                    line(buf, start, i - start);
                }
                start = i + 1;
            }
        }
        if (start < end) {
            appendCarry(buf, start, end);
        }
    }

    /** Ends the input: decodes a last line without newline and drops incomplete multi-part messages. */
    public void finish() {
        if (carryLength > 0 || carryOverflow) {
            finishCarry();
        }
        assembler.flush(lineNumber);
    }

    private void appendCarry(byte[] buf, int from, int to) {
        int n = to - from;
        if (carryOverflow || carryLength + n > MAX_LINE) {
            carryOverflow = true;
            return;
        }
        System.arraycopy(buf, from, carry, carryLength, n);
        carryLength += n;
    }

    private void finishCarry() {
        if (carryOverflow) {
            lineNumber++;
            stats.lines++;
            reject(RejectReason.GARBAGE, lineNumber);
        } else {
            line(carry, 0, carryLength);
        }
        carryLength = 0;
        carryOverflow = false;
    }

    /** Decodes one line (without its line terminator). */
    public void line(byte[] b, int off, int len) {
        lineNumber++;
        stats.lines++;
        int s = off;
        int e = off + len;
        while (e > s && b[e - 1] <= ' ') {
            e--;
        }
        while (s < e && b[s] <= ' ') {
            s++;
        }
        if (s == e) {
            stats.blankLines++;
            return;
        }
        if (b[s] == '#') {
            stats.commentLines++;
            return;
        }
        content(b, s, e);
    }

    /** Tag block(s), then a $ or ! sentence, in {@code b[s, e)}; a second sentence glued on is read as well. */
    private void content(byte[] b, int s, int e) {
        TagBlockView inline = null;
        if (b[s] == '\\') {
            int close = -1;
            for (int i = s + 1; i < e; i++) {
                if (b[i] == '\\') {
                    close = i;
                    break;
                }
            }
            stats.tagBlocks++;
            if (close < 0) {
                clearPending();
                reject(RejectReason.BAD_TAG_BLOCK, lineNumber);
                return;
            }
            boolean valid = TagBlockParser.parse(b, s + 1, close, lineTag, texts);
            s = close + 1;
            if (!valid) {
                // Its metadata cannot be trusted, but the sentence after it has its own checksum: keep going.
                reject(RejectReason.BAD_TAG_BLOCK, lineNumber);
            }
            if (s == e) { // a tag block on its own line applies to the next sentence
                pendingTag.overlay(lineTag); // nothing when it was invalid (absent)
                return;
            }
            inline = valid ? lineTag : null;
        }
        if (b[s] == '$') {
            dollar(b, s, e);
            return;
        }
        if (b[s] != '!') {
            int found = resync(b, s, e);
            if (found < 0) {
                reject(RejectReason.GARBAGE, lineNumber);
                return;
            }
            stats.resyncs++;
            content(b, found, e);
            return;
        }
        int next = sentence(b, s, e, inline);
        if (next >= 0) {
            stats.resyncs++;
            content(b, next, e);
        }
    }

    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_7_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long STARS = 0x2A2A2A2A2A2A2A2AL;
    private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
    // IEC 61162-1 §7.3.4 armoring: characters '0'..'W' (0x30..0x57) and '`'..'w' (0x60..0x77) carry 6-bit values
    private static final long K48 = 0x3030303030303030L; // '0', first armoring character
    private static final long K88 = 0x5858585858585858L; // 'X', first character of the gap
    private static final long K96 = 0x6060606060606060L; // '`', first character after the gap
    private static final long K120 = 0x7878787878787878L; // 'x', first character after the alphabet

    /** The high bit of each byte of {@code w} that equals the byte repeated in {@code pattern}, other bits zero. */
    private static long equalBytes(long w, long pattern) {
        long x = w ^ pattern;
        return ~(((x & LOW_7_BITS) + LOW_7_BITS) | x) & HIGH_BITS;
    }

    // results of payload(): XOR of the bytes it consumed, and whether one was not an armoring character
    private int payloadXor;
    private boolean payloadBadChar;

    /** Twelve bits of two armoring characters (first in the high byte of the index), -1 if either is not one. */
    private static final short[] PAIRS = new short[1 << 16];
    /** The same for two characters read little-endian (first in the low byte of the index). */
    private static final short[] PAIRS_LE = new short[1 << 16];

    static {
        java.util.Arrays.fill(PAIRS, (short) -1);
        java.util.Arrays.fill(PAIRS_LE, (short) -1);
        for (int hi = 0; hi < 64; hi++) {
            for (int lo = 0; lo < 64; lo++) {
                PAIRS[SixBit.armorChar(hi) << 8 | SixBit.armorChar(lo)] = (short) (hi << 6 | lo);
                PAIRS_LE[SixBit.armorChar(lo) << 8 | SixBit.armorChar(hi)] = (short) (hi << 6 | lo);
            }
        }
    }

    /**
     * Scans the payload from {@code i} up to the first ',' or '*' (or {@code e}), returning where it stopped: XORs the
     * bytes into {@link #payloadXor} and de-armors them into {@code out} (six bits per character, big-endian, zeros
     * after) with byte-aligned 8-byte stores, eight characters at a time (IEC 61162-1 §7.3.4). The word holding the
     * ',' or '*' that ends the payload is de-armored as a whole too, its bytes from the terminator on read as '0'
     * (value 0); any other byte outside the alphabet, or a payload that runs into {@code e}, takes the byte-wise loop.
     */
    private int payload(byte[] b, int i, int e, byte[] out) {
        long wide = 0;
        int o = 0; // output byte: six per eight characters
        short[] pairs = PAIRS;
        int limit = e - 8;
        while (i <= limit) { // kept small: every value it needs stays in a register
            long w = (long) LONG_BE.get(b, i);
            int v0 = pairs[(int) (w >>> 48)];
            int v1 = pairs[(int) (w >>> 32) & 0xFFFF];
            int v2 = pairs[(int) (w >>> 16) & 0xFFFF];
            int v3 = pairs[(int) w & 0xFFFF];
            if ((v0 | v1 | v2 | v3) < 0) {
                break;
            }
            LONG_BE.set(out, o, (((long) v0 << 36) | ((long) v1 << 24) | ((long) v2 << 12) | v3) << 16);
            o += 6;
            wide ^= w;
            i += 8;
        }
        if (i + 8 <= b.length) { // the word holding the terminator, or the end of the line
            long w = (long) LONG_BE.get(b, i);
            long x = w | HIGH_BITS; // per byte c | 0x80: subtracting a byte constant <= 0x80 never borrows
            long ge96 = (x - K96) & HIGH_BITS;
            long valid = armoring(x, w, ge96);
            if (i + 8 > e) {
                valid &= ~(HIGH_BITS >>> ((e - i) << 3)); // bytes at and after e are not part of this line
            }
            int k = Long.numberOfLeadingZeros(~valid & HIGH_BITS) >>> 3; // characters before the first other byte
            if (i + k < e && (b[i + k] == ',' || b[i + k] == '*')) {
                long keep = k == 0 ? 0 : -1L << (64 - 8 * k);
                long kept = w & keep;
                LONG_BE.set(out, o, pack(kept | (K48 & ~keep), ge96 & keep) << 16);
                payloadXor = fold(wide ^ kept);
                payloadBadChar = false;
                return i + k;
            }
        }
        int bit = o << 3;
        int sum = fold(wide);
        boolean bad = false;
        long acc = 0; // the last characters, six bits each, written out 48 bits at a time so stores stay byte-aligned
        int accBits = 0;
        for (; i < e; i++) {
            byte x = b[i];
            if (x == ',' || x == '*') {
                break;
            }
            sum ^= x;
            int v = SixBit.armorValue(x);
            if (v < 0) {
                bad = true;
                continue;
            }
            acc = (acc << 6) | v;
            accBits += 6;
            if (accBits == 48) {
                put(out, bit, acc, 48);
                bit += 48;
                acc = 0;
                accBits = 0;
            }
        }
        put(out, bit, acc, accBits);
        payloadXor = sum & 0xff;
        payloadBadChar = bad;
        return i;
    }

    /**
     * De-armors the payload {@code b[i, end)} whose end is known into {@code out} (six bits per character, big-endian,
     * zeros after), eight characters per counted loop step through the two-character table (IEC 61162-1 §7.3.4).
     * Returns the XOR of the bytes (for the checksum), or -1 if any byte is not an armoring character.
     */
    private static int dearmor(byte[] b, int i, int end, byte[] out) {
        if (end - i == POSITION_REPORT_CHARS) {
            return dearmor28(b, i, out);
        }
        short[] pairs = PAIRS_LE;
        int words = (end - i) >>> 3;
        long wide = 0;
        int bad = 0;
        int o = 0;
        for (int k = 0; k < words; k++) {
            long w = (long) LONG_LE.get(b, i); // little-endian: the first character in the low byte
            int v0 = pairs[(int) w & 0xFFFF];
            int v1 = pairs[(int) (w >>> 16) & 0xFFFF];
            int v2 = pairs[(int) (w >>> 32) & 0xFFFF];
            int v3 = pairs[(int) (w >>> 48)];
            bad |= v0 | v1 | v2 | v3;
            LONG_BE.set(out, o, (((long) v0 << 36) | ((long) v1 << 24) | ((long) v2 << 12) | v3) << 16);
            wide ^= w;
            i += 8;
            o += 6;
        }
        int rest = end - i;
        if (rest > 0) {
            if (i + 8 > b.length) {
                return dearmorBytes(b, i, end, out, o, fold(wide), bad);
            }
            long keep = -1L << (64 - 8 * rest);
            long w = (long) LONG_BE.get(b, i) & keep;
            long padded = w | (K48 & ~keep); // '0' (value 0) after the last character
            int v0 = PAIRS[(int) (padded >>> 48)];
            int v1 = PAIRS[(int) (padded >>> 32) & 0xFFFF];
            int v2 = PAIRS[(int) (padded >>> 16) & 0xFFFF];
            int v3 = PAIRS[(int) padded & 0xFFFF];
            bad |= v0 | v1 | v2 | v3;
            LONG_BE.set(out, o, (((long) v0 << 36) | ((long) v1 << 24) | ((long) v2 << 12) | v3) << 16);
            wide ^= w;
        } else {
            LONG_BE.set(out, o, 0L);
        }
        return bad < 0 ? -1 : fold(wide);
    }

    /** Characters of a 168-bit message (types 1-3 and 18, the bulk of any feed; ITU-R M.1371-5 Annex 8 §3.1). */
    private static final int POSITION_REPORT_CHARS = 28;

    /**
     * {@link #dearmor} of exactly {@value #POSITION_REPORT_CHARS} characters in straight-line code: three 8-byte words
     * and a 4-byte tail, all loaded at once, nothing read past the payload, each word checked and de-armored in
     * registers (no table: the bulk of a feed then needs no cache line beyond its own bytes).
     */
    private static int dearmor28(byte[] b, int i, byte[] out) {
        long w0 = (long) LONG_BE.get(b, i);
        long w1 = (long) LONG_BE.get(b, i + 8);
        long w2 = (long) LONG_BE.get(b, i + 16);
        long t = ((int) INT_BE.get(b, i + 24) & 0xFFFF_FFFFL) << 32;
        long w3 = t | (K48 >>> 32);            // '0' (value 0) after the last character
        long x0 = w0 | HIGH_BITS;
        long x1 = w1 | HIGH_BITS;
        long x2 = w2 | HIGH_BITS;
        long x3 = w3 | HIGH_BITS;
        long ge0 = (x0 - K96) & HIGH_BITS;
        long ge1 = (x1 - K96) & HIGH_BITS;
        long ge2 = (x2 - K96) & HIGH_BITS;
        long ge3 = (x3 - K96) & HIGH_BITS;
        long valid = armoring(x0, w0, ge0) & armoring(x1, w1, ge1) & armoring(x2, w2, ge2) & armoring(x3, w3, ge3);
        LONG_BE.set(out, 0, pack(w0, ge0) << 16);
        LONG_BE.set(out, 6, pack(w1, ge1) << 16);
        LONG_BE.set(out, 12, pack(w2, ge2) << 16);
        LONG_BE.set(out, 18, pack(w3, ge3) << 16);
        if (valid != HIGH_BITS) {
            return -1;
        }
        return fold(w0 ^ w1 ^ w2 ^ t);
    }

    /**
     * The high bit of each byte of {@code w} that is an armoring character ('0'..'W' or '`'..'w', IEC 61162-1
     * §7.3.4); {@code x} is {@code w | HIGH_BITS} and {@code ge96} its bytes at or above '`'.
     */
    private static long armoring(long x, long w, long ge96) {
        return ((x - K48) & ~(x - K88) | ge96 & ~(x - K120)) & ~w & HIGH_BITS;
    }

    /**
     * XOR of the payload bytes {@code b[i, end)} of one part of a multi-part message, or -1 if one is a ',' or '*'
     * (the line then has other fields than it seemed; the careful scan reads it).
     */
    private static int checksumOnly(byte[] b, int i, int end) {
        long wide = 0;
        long separators = 0;
        for (; i + 8 <= end; i += 8) {
            long w = (long) LONG_BE.get(b, i);
            wide ^= w;
            separators |= equalBytes(w, COMMAS) | equalBytes(w, STARS);
        }
        int sum = fold(wide);
        for (; i < end; i++) {
            byte c = b[i];
            sum ^= c;
            if (c == ',' || c == '*') {
                return -1;
            }
        }
        return separators != 0 ? -1 : sum & 0xff;
    }

    /** The last characters of {@link #dearmor} one at a time, where an 8-byte load would pass the array's end. */
    private static int dearmorBytes(byte[] b, int i, int end, byte[] out, int o, int sum, int bad) {
        long acc = 0;
        int n = 0;
        for (; i < end; i++) {
            int v = SixBit.armorValue(b[i]);
            bad |= v;
            sum ^= b[i] & 0xff;
            acc = (acc << 6) | (v & 63);
            n++;
        }
        put(out, o << 3, acc, 6 * n);
        return bad < 0 ? -1 : sum & 0xff;
    }

    /**
     * Eight armoring characters (first in the high byte) as 48 bits; {@code ge96} flags (high bit per byte) the
     * characters from '`' on, whose value is the code minus 56 instead of minus 48.
     */
    private static long pack(long w, long ge96) {
        long v = w - K48 - (ge96 >>> 4); // no borrows: every byte is >= '0', and >= '`' where 8 more go
        v = ((v & 0x3F003F003F003F00L) >>> 2) | (v & 0x003F003F003F003FL);
        v = ((v & 0x0FFF00000FFF0000L) >>> 4) | (v & 0x00000FFF00000FFFL);
        return ((v & 0x00FFFFFF00000000L) >>> 8) | (v & 0x0000000000FFFFFFL);
    }

    /** XOR of the eight bytes of {@code w}. */
    private static int fold(long w) {
        w ^= w >>> 32;
        w ^= w >>> 16;
        w ^= w >>> 8;
        return (int) w & 0xff;
    }

    /**
     * Writes the low {@code n} (at most 56) bits of {@code v} at bit {@code bit} (a multiple of 8) of {@code out}, and
     * zeros after them up to the next 8-byte boundary of the store: no read, so no wait on the previous store.
     */
    private static void put(byte[] out, int bit, long v, int n) {
        LONG_BE.set(out, bit >>> 3, n == 0 ? 0 : v << (64 - n));
    }

    /** The value of a decimal digit, else -1. */
    private static int digit(byte c) {
        int d = c - '0';
        return d >= 0 && d <= 9 ? d : -1;
    }

    private static int resync(byte[] b, int s, int e) {
        for (int i = s + 1; i + 6 <= e; i++) {
            if ((b[i] == '!' && b[i + 3] == 'V' && b[i + 4] == 'D') || (b[i] == '\\' && b[i + 2] == ':')) {
                return i;
            }
        }
        return -1;
    }

    private void dollar(byte[] b, int s, int e) {
        int star = e - 3;
        boolean checksummed = star > s && b[star] == '*' && Nmea.hexByte(b, star + 1) >= 0;
        if (e - s >= 6 && b[s + 1] == 'P' && b[s + 2] == 'G' && b[s + 3] == 'H' && b[s + 4] == 'P' && b[s + 5] == ',') {
            if (!checksummed || Nmea.xor(b, s + 1, star) != Nmea.hexByte(b, star + 1)) {
                reject(checksummed ? RejectReason.BAD_CHECKSUM : RejectReason.BAD_PGHP, lineNumber);
                return;
            }
            pghp(b, s + 6, star);
            return;
        }
        if (checksummed && Nmea.xor(b, s + 1, star) != Nmea.hexByte(b, star + 1)) {
            reject(RejectReason.BAD_CHECKSUM, lineNumber);
            return;
        }
        reject(RejectReason.NOT_AIS, lineNumber);
    }

    /**
     * Gatehouse $PGHP,1,yyyy,mm,dd,hh,mi,ss,ms,country,region,pss,online,cs: time and receiving station for the next
     * sentence. The station is named by its "country,region,pss" fields as written (the PSS MMSI alone may be empty).
     */
    private void pghp(byte[] b, int s, int end) {
        stats.pghpLines++;
        long[] f = pghpFields;
        int field = 0;
        int start = s;
        int stationStart = -1;
        String station = null;
        for (int i = s; i <= end && field < 13; i++) {
            if (i == end || b[i] == ',') {
                if (field == 8) {
                    stationStart = start;
                } else if (field == 10 && i > stationStart + 2) {
                    station = texts.get(b, stationStart, i);
                }
                f[field++] = Nmea.parseLong(b, start, i);
                start = i + 1;
            }
        }
        if (field < 8 || f[0] != 1) {
            if (field >= 1 && f[0] != 1) {
                return; // other PGHP message types carry no reception time
            }
            reject(RejectReason.BAD_PGHP, lineNumber);
            return;
        }
        long year = f[1];
        long month = f[2];
        long day = f[3];
        if (year < 1970 || month < 1 || month > 12 || day < 1 || day > 31 || f[4] < 0 || f[4] > 23 || f[5] < 0
                || f[5] > 59 || f[6] < 0 || f[6] > 60 || f[7] < 0 || f[7] > 999) {
            reject(RejectReason.BAD_PGHP, lineNumber);
            return;
        }
        long days = Nmea.epochDay((int) year, (int) month, (int) day);
        pendingPghpMillis = ((days * 24 + f[4]) * 60 + f[5]) * 60_000 + f[6] * 1000 + f[7];
        pendingPghpSource = station;
    }


    /** Reads one VDM/VDO sentence; returns where a further sentence glued after it starts, or -1. */
    private int sentence(byte[] b, int s, int e, TagBlockView inline) {
        // !ttVDM,count,num,seq,chan,payload,fill*hh[,trailing...]
        if (e - s < 15 || b[s + 3] != 'V' || b[s + 4] != 'D' || (b[s + 5] != 'M' && b[s + 5] != 'O') || b[s + 6] != ',') {
            clearPending();
            reject(e - s >= 7 && b[s + 6] == ',' ? RejectReason.NOT_AIS : RejectReason.MALFORMED_SENTENCE, lineNumber);
            return -1;
        }
        stats.sentences++;
        sentenceIndex++;
        // one pass: checksum of everything between '!' and '*', and the five commas after the formatter
        int p = s + 7;
        int star = -1;
        int sum = 0;
        int commas = 0;
        int c1 = -1;
        int c2 = -1;
        int c3 = -1;
        int c4 = -1;
        int c5 = -1;
        AisFrame f = frame;
        f.ensureCapacity((e - s) * 6 / 8);
        int from = s + 1;
        // usual case (IEC 61162-1 VDM): one-digit count and number, an empty or one-digit sequence id and an empty or
        // one-letter channel, so the four commas after "!xxVDM," lie in its next 8 bytes (e - s >= 15: p + 8 <= e)
        if (b[p + 1] == ',' && b[p + 3] == ',') {
            int k3 = b[p + 4] == ',' ? 4 : b[p + 5] == ',' ? 5 : 0;
            int k4 = k3 == 0 ? 0 : b[p + k3 + 1] == ',' ? k3 + 1 : b[p + k3 + 2] == ',' ? k3 + 2 : 0;
            long w = (long) LONG_BE.get(b, p);
            long header = w & (-1L << (56 - 8 * k4)); // the bytes up to and including the fourth comma
            if (k4 != 0 && equalBytes(header, STARS) == 0) {
                c1 = p + 1;
                c2 = p + 3;
                c3 = p + k3;
                c4 = p + k4;
                commas = 4;
                long talkerAndFormatter = (long) LONG_BE.get(b, s) & 0x00FF_FFFF_FFFF_FF00L; // the bytes s+1..s+6
                int end = e - 5; // usual end of the line: ",<fill>*hh", so the payload's length is known
                // a part of a multi-part message is de-armored once assembled: here only its checksum is needed
                int x = b[end] != ',' || b[e - 3] != '*' || end <= c4 ? -1
                        : b[p] == '1' ? dearmor(b, c4 + 1, end, f.bits) : checksumOnly(b, c4 + 1, end);
                if (x >= 0) {
                    payloadBadChar = false;
                    c5 = end;
                    commas = 5;
                    star = e - 3;
                    sum = fold(header ^ talkerAndFormatter) ^ x ^ ',' ^ b[end + 1];
                    from = e;
                } else {
                    from = payload(b, c4 + 1, e, f.bits);
                    sum = fold(header ^ talkerAndFormatter) ^ payloadXor;
                }
                if (star < 0 && from + 5 <= e && b[from] == ',' && b[from + 2] == '*') { // ",<fill>*hh" then more
                    c5 = from;
                    commas = 5;
                    star = from + 2;
                    sum ^= ',' ^ b[from + 1];
                    from = e;
                }
            }
        }
        for (int i = from; i < e; i++) {
            byte x = b[i];
            if (x == '*') {
                star = i;
                break;
            }
            sum ^= x;
            if (x == ',' && i >= p) {
                switch (++commas) {
                    case 1 -> c1 = i;
                    case 2 -> c2 = i;
                    case 3 -> c3 = i;
                    case 4 -> {
                        c4 = i;
                        i = payload(b, i + 1, e, f.bits) - 1; // resumes at the byte that ended the payload
                        sum ^= payloadXor;
                    }
                    case 5 -> c5 = i;
                    default -> { }
                }
            }
        }
        if (star < 0 || star + 3 > e) {
            clearPending();
            reject(RejectReason.MALFORMED_SENTENCE, lineNumber);
            return -1;
        }
        int next = -1;
        if (star + 3 < e && b[star + 3] != ',') {
            next = resync(b, star + 2, e); // e.g. two sentences joined by the text "\\r\\n"
        }
        int expected = Nmea.hexByte(b, star + 1);
        if (expected < 0 || (sum & 0xff) != expected) {
            clearPending();
            reject(expected < 0 ? RejectReason.MALFORMED_SENTENCE : RejectReason.BAD_CHECKSUM, lineNumber);
            return next;
        }
        if (commas != 5 || star - c5 != 2) {
            clearPending();
            reject(RejectReason.MALFORMED_SENTENCE, lineNumber);
            return next;
        }
        int count = c1 == p + 1 ? digit(b[p]) : (int) Nmea.parseLong(b, p, c1);
        int num = c2 == c1 + 2 ? digit(b[c1 + 1]) : (int) Nmea.parseLong(b, c1 + 1, c2);
        int seq = c3 == c2 + 1 ? -1 : c3 == c2 + 2 ? digit(b[c2 + 1]) : (int) Nmea.parseLong(b, c2 + 1, c3);
        int fill = b[c5 + 1] - '0';
        int chanLen = c4 - c3 - 1;
        if (count < 1 || count > FragmentAssembler.MAX_FRAGMENTS || num < 1 || num > count
                || (c3 != c2 + 1 && seq < 0) || fill < 0 || fill > 5 || chanLen > 1) {
            clearPending();
            reject(RejectReason.MALFORMED_SENTENCE, lineNumber);
            return next;
        }
        char channel = chanLen == 1 ? (char) b[c3 + 1] : 0;
        int payOff = c4 + 1;
        int payLen = c5 - c4 - 1;
        if (payLen == 0 && count == 1) {
            clearPending();
            reject(RejectReason.EMPTY_PAYLOAD, lineNumber);
            return next;
        }
        trailing(b, star + 3, next >= 0 ? next : e);
        TagBlockView tag = inline;
        if (pendingTag.present()) {
            sentenceTag.copyFrom(pendingTag);
            if (inline != null) {
                sentenceTag.overlay(inline);
            }
            tag = sentenceTag;
        }
        long time = tag != null && tag.hasTime() ? tag.timeMillis()
                : pendingPghpMillis != TagBlock.NO_TIME ? pendingPghpMillis : trailingTimeMillis;
        // the most specific station: the $PGHP base station, else the tag block source, else the USCG receiver
        String source = pendingPghpSource != null ? pendingPghpSource
                : tag != null && tag.source() != null ? tag.source() : trailingSource;
        clearPending();
        if (count == 1) {
            // the payload was de-armored into the frame during the scan
            emit(null, payOff, payLen, fill, b[s + 1], b[s + 2], b[s + 5] == 'O', channel, source, time, tag, 1);
            return next;
        }
        int groupId = tag != null && tag.hasGroup() ? tag.groupId() : -1;
        FragmentAssembler.Slot done = assembler.offer(source, channel, seq, count, num, groupId, b, payOff, payLen,
                fill, time, sentenceIndex, lineNumber);
        FragmentAssembler.Slot slot = assembler.touched();
        if (slot != null && num == 1) {
            slot.talker0 = (char) b[s + 1];
            slot.talker1 = (char) b[s + 2];
            slot.ownShip = b[s + 5] == 'O';
            if (tag != null) {
                slot.tag.copyFrom(tag);
            } else {
                slot.tag.clear();
            }
            slot.metaSource = source;
            slot.metaTime = time;
        }
        if (done != null) {
            // USCG-style feeds put receiver and time on the last sentence only
            emit(done.payload, 0, done.payloadLength, done.fill, (byte) done.talker0, (byte) done.talker1,
                    done.ownShip, done.channel, done.metaSource != null ? done.metaSource : source,
                    done.metaTime != TagBlock.NO_TIME ? done.metaTime : time, done.tag.present() ? done.tag : null, done.count);
        }
        return next;
    }

    /** De-armors a payload into the frame and hands it to the listener; null means it is already in the frame. */
    private void emit(byte[] payload, int off, int len, int fill, byte t0, byte t1, boolean own, char channel,
                      String source, long time, TagBlockView tag, int sentences) {
        if (len == 0) {
            reject(RejectReason.EMPTY_PAYLOAD, lineNumber);
            return;
        }
        AisFrame f = frame;
        if (payload != null) {
            f.ensureCapacity((len * 6 + 7) / 8 + 1);
            payloadBadChar = dearmor(payload, off, off + len, f.bits) < 0;
        }
        int bits = payloadBadChar ? -1 : len * 6;
        if (bits < 0) {
            reject(RejectReason.BAD_PAYLOAD_CHARACTER, lineNumber);
            return;
        }
        f.bitLength = Math.max(0, bits - fill);
        f.talker0 = (char) t0;
        f.talker1 = (char) t1;
        f.ownShip = own;
        f.channel = channel;
        f.source = source;
        f.timeMillis = time;
        f.tag = tag;
        f.sentences = sentences;
        f.lineNumber = lineNumber;
        stats.frames++;
        listener.onFrame(f);
    }

    /** USCG/NAIS fields after the checksum: {@code ,b003669794,1272412827} or {@code ,r003669946,...,<unix>}. */
    private void trailing(byte[] b, int s, int e) {
        trailingTimeMillis = TagBlock.NO_TIME;
        trailingSource = null;
        if (s >= e || b[s] != ',') {
            return;
        }
        stats.trailingFields++;
        int start = s + 1;
        for (int i = start; i <= e; i++) {
            if (i == e || b[i] == ',') {
                if (i > start) {
                    byte c = b[start];
                    if (c >= '0' && c <= '9') {
                        long v = Nmea.parseLong(b, start, i);
                        int digits = i - start;
                        if (v >= 0 && trailingTimeMillis == TagBlock.NO_TIME && digits >= 9 && digits <= 10) {
                            trailingTimeMillis = v * 1000;
                        }
                    } else if ((c == 'r' || c == 'b') && trailingSource == null && i - start > 1) {
                        trailingSource = texts.get(b, start, i);
                    }
                }
                start = i + 1;
            }
        }
    }

    private void clearPending() {
        if (pendingTag.present()) {
            pendingTag.clear();
        }
        pendingPghpMillis = TagBlock.NO_TIME;
        pendingPghpSource = null;
    }

    private void reject(RejectReason reason, long line) {
        stats.rejects[reason.ordinal()]++;
        listener.onReject(reason, line);
    }
}
