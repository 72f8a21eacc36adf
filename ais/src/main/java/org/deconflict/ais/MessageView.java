package org.deconflict.ais;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Zero-allocation decoder of every field of the 27 AIS message types (bit positions per ITU-R M.1371-5 Annex 8 §3)
 * into this reused object; text fields go into reused {@link Text} buffers, binary data stays in the bit reader as
 * a range ({@link #dataStart()}, {@link #dataBits()}). Field semantics are those of the matching {@link AisMessage}
 * records, which {@link MessageDecoder} builds from this view (it also interprets known DAC/FI application data).
 * Values stay valid until the next {@link #decode}. One instance per thread.
 */
public final class MessageView {

    /**
     * Shortest length (bits) accepted per type, index = type: through the last field that carries the message's
     * content (position for reports, draught for type 5, ...), bit positions of ITU-R M.1371-5 Annex 8 §3.
     */
    static final int[] MIN_BITS = {
        0, 116, 116, 116, 134, 302, 88, 70, 56, 116, 70, 134, 72, 70, 40, 88, 92, 80, 112, 301, 70, 219, 145, 154,
        40, 40, 60, 79};

    /** A reused six-bit text field (ITU-R M.1371-5 Annex 8 Table 47): stopped at '@', trailing spaces removed. */
    public static final class Text implements CharSequence {
        private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.BIG_ENDIAN);
        private static final long HIGH_BITS = 0x8080808080808080L;
        private static final long LOW_7_BITS = 0x7F7F7F7F7F7F7F7FL;
        private static final long BIT5 = 0x2020202020202020L;
        private static final long SPACES = 0x2020202020202020L; // ' ' in every byte

        private byte[] chars; // ASCII, with 8 bytes of room after the text for whole-word stores
        private int length;

        Text(int capacity) {
            chars = new byte[capacity + 8];
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return (char) chars[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }

        /** The characters as a new string (allocates). */
        @Override
        public String toString() {
            return new String(chars, 0, length, StandardCharsets.ISO_8859_1);
        }

        /** True when this text equals {@code s}, without allocating. */
        public boolean contentEquals(String s) {
            if (s.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (s.charAt(i) != chars[i]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Appends {@code count} characters from bit {@code start}, stopping at '@' (code 0) and at the end of the
         * message, then drops the trailing spaces of what was appended. Returns the number of characters appended.
         * Eight characters are converted at a time: codes 0-31 are '@'..'_' (code + 64), 32-63 are ' '..'?' (code).
         */
        int append(BitReader r, int start, int count) {
            int available = Math.max(0, Math.min(count, (r.bitLength() - start) / 6));
            if (length + available + 8 > chars.length) { // only a name extension longer than any real one
                chars = Arrays.copyOf(chars, length + available + 8);
            }
            int from = length;
            int n = from;
            int end = from; // one past the last character that is not a space
            for (int i = 0; i < available; i += 8) {
                int batch = Math.min(8, available - i);
                long v = unpack(r.ulong(start + 6 * i, 6 * batch) << (6 * (8 - batch)));
                long stop = ~(v + LOW_7_BITS) & HIGH_BITS; // codes 0 ('@'), also those past the batch
                long ascii = v + ((~v & BIT5) << 1);
                LONG_BE.set(chars, n, ascii);
                int k = Long.numberOfLeadingZeros(stop) >>> 3; // characters before the first '@', at most batch
                long x = ascii ^ SPACES;
                long firstK = k == 0 ? 0 : -1L << (64 - 8 * k);
                long notSpace = (((x & LOW_7_BITS) + LOW_7_BITS) | x) & HIGH_BITS & firstK;
                if (notSpace != 0) {
                    end = n + 8 - (Long.numberOfTrailingZeros(notSpace) >>> 3);
                }
                if (k < batch) {
                    break;
                }
                n += batch;
            }
            length = end;
            return end - from;
        }

        /** Spreads the eight 6-bit codes in the low 48 bits of {@code w} into the eight bytes, first in the high byte. */
        private static long unpack(long w) {
            w = ((w & 0xFFFFFF000000L) << 8) | (w & 0xFFFFFFL);
            w = ((w & 0x00FFF00000FFF000L) << 4) | (w & 0x00000FFF00000FFFL);
            return ((w & 0x0FC00FC00FC00FC0L) << 2) | (w & 0x003F003F003F003FL);
        }

        void clear() {
            length = 0;
        }
    }

    private RejectReason lastReject;
    private boolean body;
    private int type;
    private int repeat;
    private int mmsi;
    private int bitLength;
    private int status;
    private int rotRaw;
    private int sogRaw;
    private boolean accuracy;
    private int lonRaw;
    private int latRaw;
    private int cogRaw;
    private int heading;
    private int second;
    private int maneuver;
    private boolean raim;
    private int radio;
    private int year;
    private int month;
    private int day;
    private int hour;
    private int minute;
    private int epfd;
    private int aisVersion;
    private int imo;
    private int shipType;
    private int toBowM;
    private int toSternM;
    private int toPortM;
    private int toStarboardM;
    private int draughtDm;
    private int dte;
    private int reserved;
    private int regional;
    private boolean cs;
    private boolean display;
    private boolean dsc;
    private boolean band;
    private boolean msg22;
    private boolean assigned;
    private int aidType;
    private boolean offPosition;
    private boolean virtualAid;
    private int partNumber;
    private int model;
    private int serial;
    private int mothershipMmsi;
    private boolean gnss;
    // types 6-17, 20, 22, 23, 25, 26
    private int seqno;
    private int destMmsi;
    private boolean retransmit;
    private int dac;
    private int fid;
    private int dataStart;
    private int dataBits;
    private int altitudeM;
    private boolean addressed;
    private boolean structured;
    private int appId;
    private final int[] stationMmsi = new int[4]; // 7/13 acknowledged, 15/16 interrogated or assigned, 22 addressed
    private final int[] stationSeq = new int[4]; // 7/13 sequence numbers
    private final int[] slotA = new int[4]; // 15 type11, type12, type21; 16 offsets; 20 reservation offsets
    private final int[] slotB = new int[4]; // 15 offset11, offset12, offset21; 16 increments; 20 numbers of slots
    private final int[] slotC = new int[4]; // 20 timeouts
    private final int[] slotD = new int[4]; // 20 increments
    private int channelA;
    private int channelB;
    private int txrx;
    private boolean power;
    private int neLonRaw;
    private int neLatRaw;
    private int swLonRaw;
    private int swLatRaw;
    private boolean bandA;
    private boolean bandB;
    private int zoneSize;
    private int stationType;
    private int interval;
    private int quiet;
    private final Text callsign = new Text(7);
    private final Text name = new Text(20 + 14); // type 21: 20 characters + 14 of extension in one slot (§3.20)
    private final Text destination = new Text(20);
    private final Text vendorId = new Text(3);
    private final Text text = new Text((1008 - 40) / 6); // types 12, 14: up to five slots (ITU-R M.1371-5 §3.10)

    /**
     * Decodes the message in {@code r}. Returns false when it is rejected (see {@link #lastReject()}): shorter than
     * its type's fixed fields, unknown type, or a type 24 with an invalid part number.
     */
    public boolean decode(BitReader r) {
        int n = r.bitLength();
        bitLength = n;
        body = false;
        if (n < 38) {
            lastReject = RejectReason.MESSAGE_TOO_SHORT; // not even type, repeat and MMSI
            return false;
        }
        long head = r.ulong(0, 38);
        int t = (int) (head >>> 32);
        if (t < 1 || t > 27) {
            lastReject = RejectReason.UNKNOWN_MESSAGE_TYPE;
            return false;
        }
        if (n < MIN_BITS[t]) {
            lastReject = RejectReason.MESSAGE_TOO_SHORT;
            return false;
        }
        type = t;
        repeat = (int) (head >>> 30) & 3;
        mmsi = (int) head & 0x3FFF_FFFF;
        if (t <= 3) { // the bulk of any feed, first so the JIT inlines it before the other types
            positionReport(r, n);
            body = true;
            return true;
        }
        switch (t) {
            case 4, 11 -> baseStation(r);
            case 5 -> staticVoyage(r);
            case 18 -> classB(r);
            case 19 -> extendedClassB(r);
            case 21 -> aidToNavigation(r, n);
            case 24 -> {
                return type24(r, n);
            }
            case 27 -> longRange(r);
            case 6 -> addressedBinary(r, n);
            case 7, 13 -> acknowledge(r, n);
            case 8 -> broadcastBinary(r, n);
            case 9 -> sarAircraft(r);
            case 10 -> destMmsi = r.ubits(40, 30);
            case 12 -> safetyAddressed(r, n);
            case 14 -> text(text, r, 40, (n - 40) / 6);
            case 15 -> interrogation(r, n);
            case 16 -> assignedMode(r, n);
            case 17 -> dgnss(r, n);
            case 20 -> dataLinkManagement(r, n);
            case 22 -> channelManagement(r);
            case 23 -> groupAssignment(r);
            case 25, 26 -> {
                return binarySlot(r, n, t == 26);
            }
            default -> {
                return true; // no other type passes the checks above
            }
        }
        body = true;
        return true;
    }

    private void positionReport(BitReader r, int n) {
        long a = r.ulong(38, 23); // status, ROT, SOG, accuracy
        status = (int) (a >>> 19) & 15;
        rotRaw = (byte) (a >>> 11);
        sogRaw = (int) (a >>> 1) & 1023;
        accuracy = (a & 1) != 0;
        long b = r.ulong(61, 55); // longitude, latitude
        lonRaw = signed(b >>> 27, 28);
        latRaw = signed(b, 27);
        long c = r.ulong(116, 33); // COG .. RAIM
        cogRaw = (int) (c >>> 21) & 4095;
        heading = (int) (c >>> 12) & 511;
        second = (int) (c >>> 6) & 63;
        maneuver = (int) (c >>> 4) & 3;
        raim = (c & 1) != 0;
        // a communication state cut short keeps the bits that are there, right-aligned (as gpsd reads it)
        radio = r.ubits(149, Math.max(0, Math.min(19, n - 149)));
    }

    private void baseStation(BitReader r) {
        long a = r.ulong(38, 41); // year .. accuracy
        year = (int) (a >>> 27) & 16383;
        month = (int) (a >>> 23) & 15;
        day = (int) (a >>> 18) & 31;
        hour = (int) (a >>> 13) & 31;
        minute = (int) (a >>> 7) & 63;
        second = (int) (a >>> 1) & 63;
        accuracy = (a & 1) != 0;
        long b = r.ulong(79, 55);
        lonRaw = signed(b >>> 27, 28);
        latRaw = signed(b, 27);
        epfd = r.ubits(134, 4);
        raim = r.bit(148);
        radio = r.ubits(149, 19);
    }

    private void staticVoyage(BitReader r) {
        aisVersion = r.ubits(38, 2);
        imo = r.ubits(40, 30);
        text(callsign, r, 70, 7);
        text(name, r, 112, 20);
        shipType = r.ubits(232, 8);
        dimensions(r, 240);
        long a = r.ulong(270, 33); // EPFD .. DTE
        epfd = (int) (a >>> 29) & 15;
        month = (int) (a >>> 25) & 15;
        day = (int) (a >>> 20) & 31;
        hour = (int) (a >>> 15) & 31;
        minute = (int) (a >>> 9) & 63;
        draughtDm = (int) (a >>> 1) & 255;
        text(destination, r, 302, 20);
        dte = r.ubits(422, 1);
    }

    private void classB(BitReader r) {
        movingClassB(r);
        long a = r.ulong(139, 29); // regional .. radio
        regional = (int) (a >>> 27) & 3;
        cs = (a >>> 26 & 1) != 0;
        display = (a >>> 25 & 1) != 0;
        dsc = (a >>> 24 & 1) != 0;
        band = (a >>> 23 & 1) != 0;
        msg22 = (a >>> 22 & 1) != 0;
        assigned = (a >>> 21 & 1) != 0;
        raim = (a >>> 20 & 1) != 0;
        radio = (int) a & 0xFFFFF;
    }

    private void extendedClassB(BitReader r) {
        movingClassB(r);
        regional = r.ubits(139, 4);
        text(name, r, 143, 20);
        shipType = r.ubits(263, 8);
        dimensions(r, 271);
        long a = r.ulong(301, 7); // EPFD, RAIM, DTE, assigned
        epfd = (int) (a >>> 3) & 15;
        raim = (a >>> 2 & 1) != 0;
        dte = (int) (a >>> 1) & 1;
        assigned = (a & 1) != 0;
    }

    /** Bits 38..138 shared by types 18 and 19 (ITU-R M.1371-5 Annex 8 §3.17, §3.18). */
    private void movingClassB(BitReader r) {
        long a = r.ulong(38, 19); // reserved, SOG, accuracy
        reserved = (int) (a >>> 11) & 255;
        sogRaw = (int) (a >>> 1) & 1023;
        accuracy = (a & 1) != 0;
        long b = r.ulong(57, 55);
        lonRaw = signed(b >>> 27, 28);
        latRaw = signed(b, 27);
        long c = r.ulong(112, 27); // COG, heading, second
        cogRaw = (int) (c >>> 15) & 4095;
        heading = (int) (c >>> 6) & 511;
        second = (int) c & 63;
    }

    private void aidToNavigation(BitReader r, int n) {
        aidType = r.ubits(38, 5);
        text(name, r, 43, 20);
        if (name.length() == 20 && n > 272) {
            name.append(r, 272, (n - 272) / 6); // ITU-R M.1371-5 Annex 8 §3.20: name extension
        }
        accuracy = r.bit(163);
        long b = r.ulong(164, 55);
        lonRaw = signed(b >>> 27, 28);
        latRaw = signed(b, 27);
        dimensions(r, 219);
        long a = r.ulong(249, 22); // EPFD .. assigned
        epfd = (int) (a >>> 18) & 15;
        second = (int) (a >>> 12) & 63;
        offPosition = (a >>> 11 & 1) != 0;
        regional = (int) (a >>> 3) & 255;
        raim = (a >>> 2 & 1) != 0;
        virtualAid = (a >>> 1 & 1) != 0;
        assigned = (a & 1) != 0;
    }

    private boolean type24(BitReader r, int n) {
        int part = r.ubits(38, 2);
        partNumber = part;
        if (part == 0) {
            text(name, r, 40, 20);
            shipType = -1;
            model = -1;
            serial = -1;
            mothershipMmsi = -1;
            vendorId.clear();
            callsign.clear();
            body = true;
            return true;
        }
        if (part != 1) {
            lastReject = RejectReason.BAD_TYPE24_PART;
            return false;
        }
        if (n < 132) {
            lastReject = RejectReason.MESSAGE_TOO_SHORT;
            return false;
        }
        name.clear();
        shipType = r.ubits(40, 8);
        text(vendorId, r, 48, 3);
        model = r.ubits(66, 4);
        serial = r.ubits(70, 20);
        text(callsign, r, 90, 7);
        if (auxiliaryCraft()) {
            mothershipMmsi = r.ubits(132, 30);
            toBowM = 0;
            toSternM = 0;
            toPortM = 0;
            toStarboardM = 0;
        } else {
            mothershipMmsi = -1;
            dimensions(r, 132);
        }
        body = true;
        return true;
    }

    private void longRange(BitReader r) {
        long a = r.ulong(38, 57); // accuracy .. GNSS
        accuracy = (a >>> 56 & 1) != 0;
        raim = (a >>> 55 & 1) != 0;
        status = (int) (a >>> 51) & 15;
        lonRaw = signed(a >>> 33, 18);
        latRaw = signed(a >>> 16, 17);
        sogRaw = (int) (a >>> 10) & 63;
        cogRaw = (int) (a >>> 1) & 511;
        gnss = (a & 1) != 0;
    }

    private void addressedBinary(BitReader r, int n) {
        long a = r.ulong(38, 50); // sequence .. FI
        seqno = (int) (a >>> 48) & 3;
        destMmsi = (int) (a >>> 18) & 0x3FFF_FFFF;
        retransmit = (a >>> 17 & 1) != 0;
        dac = (int) (a >>> 6) & 1023;
        fid = (int) a & 63;
        data(88, n);
    }

    private void broadcastBinary(BitReader r, int n) {
        int a = r.ubits(40, 16); // DAC, FI after two spare bits (ITU-R M.1371-5 Annex 8 §3.6)
        dac = a >>> 6;
        fid = a & 63;
        data(56, n);
    }

    private void data(int start, int n) {
        dataStart = start;
        dataBits = Math.max(0, n - start);
    }

    private void acknowledge(BitReader r, int n) {
        for (int i = 0; i < 4; i++) {
            boolean present = n > 40 + 32 * i; // as many as the slot carries (ITU-R M.1371-5 Annex 8 §3.5)
            stationMmsi[i] = present ? r.ubits(40 + 32 * i, 30) : 0;
            stationSeq[i] = present ? r.ubits(70 + 32 * i, 2) : 0;
        }
    }

    private void sarAircraft(BitReader r) {
        long a = r.ulong(38, 23); // altitude, SOG, accuracy
        altitudeM = (int) (a >>> 11) & 4095;
        sogRaw = (int) (a >>> 1) & 1023;
        accuracy = (a & 1) != 0;
        long b = r.ulong(61, 55);
        lonRaw = signed(b >>> 27, 28);
        latRaw = signed(b, 27);
        long c = r.ulong(116, 52); // COG .. radio
        cogRaw = (int) (c >>> 40) & 4095;
        second = (int) (c >>> 34) & 63;
        regional = (int) (c >>> 26) & 255;
        dte = (int) (c >>> 25) & 1;
        assigned = (c >>> 21 & 1) != 0;
        raim = (c >>> 20 & 1) != 0;
        radio = (int) c & 0xFFFFF;
    }

    private void safetyAddressed(BitReader r, int n) {
        long a = r.ulong(38, 33);
        seqno = (int) (a >>> 31) & 3;
        destMmsi = (int) (a >>> 1) & 0x3FFF_FFFF;
        retransmit = (a & 1) != 0;
        text(text, r, 72, (n - 72) / 6);
    }

    private void interrogation(BitReader r, int n) {
        boolean second = n > 90;
        boolean third = n > 110;
        stationMmsi[0] = r.ubits(40, 30);
        slotA[0] = r.ubits(70, 6);
        slotB[0] = r.ubits(76, 12);
        slotA[1] = second ? r.ubits(90, 6) : 0;
        slotB[1] = second ? r.ubits(96, 12) : 0;
        stationMmsi[1] = third ? r.ubits(110, 30) : 0;
        slotA[2] = third ? r.ubits(140, 6) : 0;
        slotB[2] = third ? r.ubits(146, 12) : 0;
    }

    private void assignedMode(BitReader r, int n) {
        boolean two = n >= 144;
        stationMmsi[0] = r.ubits(40, 30);
        slotA[0] = r.ubits(70, 12);
        slotB[0] = r.ubits(82, 10);
        stationMmsi[1] = two ? r.ubits(92, 30) : 0;
        slotA[1] = two ? r.ubits(122, 12) : 0;
        slotB[1] = two ? r.ubits(134, 10) : 0;
    }

    private void dgnss(BitReader r, int n) {
        lonRaw = r.sbits(40, 18);
        latRaw = r.sbits(58, 17);
        data(80, n);
    }

    private void dataLinkManagement(BitReader r, int n) {
        for (int i = 0; i < 4; i++) {
            int b = 40 + 30 * i;
            boolean present = b + 30 <= n;
            int v = present ? r.ubits(b, 30) : 0;
            slotA[i] = v >>> 18;
            slotB[i] = (v >>> 14) & 15;
            slotC[i] = (v >>> 11) & 7;
            slotD[i] = v & 2047;
        }
    }

    private void channelManagement(BitReader r) {
        channelA = r.ubits(40, 12);
        channelB = r.ubits(52, 12);
        txrx = r.ubits(64, 4);
        power = r.bit(68);
        addressed = r.bit(139);
        neLonRaw = addressed ? 0 : r.sbits(69, 18);
        neLatRaw = addressed ? 0 : r.sbits(87, 17);
        swLonRaw = addressed ? 0 : r.sbits(104, 18);
        swLatRaw = addressed ? 0 : r.sbits(122, 17);
        stationMmsi[0] = addressed ? r.ubits(69, 30) : 0;
        stationMmsi[1] = addressed ? r.ubits(104, 30) : 0;
        bandA = r.bit(140);
        bandB = r.bit(141);
        zoneSize = r.ubits(142, 3);
    }

    private void groupAssignment(BitReader r) {
        neLonRaw = r.sbits(40, 18);
        neLatRaw = r.sbits(58, 17);
        swLonRaw = r.sbits(75, 18);
        swLatRaw = r.sbits(93, 17);
        stationType = r.ubits(110, 4);
        shipType = r.ubits(114, 8);
        txrx = r.ubits(144, 2);
        interval = r.ubits(146, 4);
        quiet = r.ubits(150, 4);
    }

    /** Types 25 and 26 (ITU-R M.1371-5 Annex 8 §3.24, §3.25); type 26 ends with a 20-bit communication state. */
    private boolean binarySlot(BitReader r, int n, boolean multiSlot) {
        addressed = r.bit(38);
        structured = r.bit(39);
        int start = 40 + (addressed ? 30 : 0) + (structured ? 16 : 0);
        int end = multiSlot ? n - 20 : n;
        if (end < start) {
            lastReject = RejectReason.MESSAGE_TOO_SHORT;
            return false;
        }
        destMmsi = addressed ? r.ubits(40, 30) : 0;
        appId = structured ? r.ubits(addressed ? 70 : 40, 16) : 0;
        dataStart = start;
        dataBits = end - start;
        radio = multiSlot ? r.ubits(n - 20, 20) : 0;
        body = true;
        return true;
    }

    private void dimensions(BitReader r, int at) {
        int v = r.ubits(at, 30);
        toBowM = v >>> 21;
        toSternM = (v >>> 12) & 511;
        toPortM = (v >>> 6) & 63;
        toStarboardM = v & 63;
    }

    private static void text(Text t, BitReader r, int start, int chars) {
        t.clear();
        t.append(r, start, chars);
    }

    /** The low {@code width} bits of {@code v} as a two's-complement number. */
    private static int signed(long v, int width) {
        int shift = 64 - width;
        return (int) ((v << shift) >> shift);
    }

    /** Why the last {@link #decode} returned false. */
    public RejectReason lastReject() {
        return lastReject;
    }

    /** True when the body fields were decoded: after every successful {@link #decode}, as all 27 types are covered. */
    public boolean hasBody() {
        return body;
    }

    /** Type 24 part B from an auxiliary craft (ITU-R M.585: MMSI 98MIDXXXX): mothership MMSI instead of dimensions. */
    public boolean auxiliaryCraft() {
        return mmsi / 10_000_000 == 98;
    }

    public int type() {
        return type;
    }

    public int repeat() {
        return repeat;
    }

    public int mmsi() {
        return mmsi;
    }

    /** Payload length in bits (fill bits excluded). */
    public int bitLength() {
        return bitLength;
    }

    /** Navigational status (types 1-3, 27; ITU-R M.1371-5 Annex 8 Table 45). */
    public int status() {
        return status;
    }

    /** Rate of turn as sent, -128..127 (types 1-3). */
    public int rotRaw() {
        return rotRaw;
    }

    /** Speed over ground in 1/10 kn (types 1-3, 18, 19), whole knots for type 27. */
    public int sogRaw() {
        return sogRaw;
    }

    public boolean accuracy() {
        return accuracy;
    }

    /** Longitude in 1/10000 min (1/10 min for type 27). */
    public int lonRaw() {
        return lonRaw;
    }

    /** Latitude in 1/10000 min (1/10 min for type 27). */
    public int latRaw() {
        return latRaw;
    }

    /** Course over ground in 1/10° (types 1-3, 18, 19), whole degrees for type 27. */
    public int cogRaw() {
        return cogRaw;
    }

    /** True heading in degrees, 511 when not available. */
    public int heading() {
        return heading;
    }

    /** UTC second of the report (time stamp), or of the base station date. */
    public int second() {
        return second;
    }

    public int maneuver() {
        return maneuver;
    }

    public boolean raim() {
        return raim;
    }

    /** Communication state (radio status) bits. */
    public int radio() {
        return radio;
    }

    /** UTC year (types 4, 11). */
    public int year() {
        return year;
    }

    /** UTC month (types 4, 11) or ETA month (type 5). */
    public int month() {
        return month;
    }

    /** UTC day (types 4, 11) or ETA day (type 5). */
    public int day() {
        return day;
    }

    /** UTC hour (types 4, 11) or ETA hour (type 5). */
    public int hour() {
        return hour;
    }

    /** UTC minute (types 4, 11) or ETA minute (type 5). */
    public int minute() {
        return minute;
    }

    /** Type of position fixing device (ITU-R M.1371-5 Annex 8 Table 50). */
    public int epfd() {
        return epfd;
    }

    public int aisVersion() {
        return aisVersion;
    }

    public int imo() {
        return imo;
    }

    /** Ship and cargo type (ITU-R M.1371-5 Annex 8 Table 53); -1 for a type 24 part A. */
    public int shipType() {
        return shipType;
    }

    public int toBowM() {
        return toBowM;
    }

    public int toSternM() {
        return toSternM;
    }

    public int toPortM() {
        return toPortM;
    }

    public int toStarboardM() {
        return toStarboardM;
    }

    /** Maximum present static draught in 1/10 m (type 5). */
    public int draughtDm() {
        return draughtDm;
    }

    /** Data terminal equipment flag (types 5, 19). */
    public int dte() {
        return dte;
    }

    /** Regional reserved bits after the heading (types 18, 19). */
    public int reserved() {
        return reserved;
    }

    /** Regional application bits (types 18, 19, 21). */
    public int regional() {
        return regional;
    }

    /** Class B carrier-sense unit (type 18). */
    public boolean cs() {
        return cs;
    }

    public boolean display() {
        return display;
    }

    public boolean dsc() {
        return dsc;
    }

    public boolean band() {
        return band;
    }

    public boolean msg22() {
        return msg22;
    }

    /** Assigned-mode flag (types 18, 19, 21). */
    public boolean assigned() {
        return assigned;
    }

    /** Aid-to-navigation type (type 21; ITU-R M.1371-5 Annex 8 Table 74). */
    public int aidType() {
        return aidType;
    }

    public boolean offPosition() {
        return offPosition;
    }

    public boolean virtualAid() {
        return virtualAid;
    }

    /** Type 24 part: 0 = A, 1 = B. */
    public int partNumber() {
        return partNumber;
    }

    /** Type 24 part B unit model code, -1 for part A. */
    public int model() {
        return model;
    }

    /** Type 24 part B unit serial number, -1 for part A. */
    public int serial() {
        return serial;
    }

    /** Type 24 part B mothership MMSI of an auxiliary craft, else -1. */
    public int mothershipMmsi() {
        return mothershipMmsi;
    }

    /** Type 27 bit 94 (position latency). */
    public boolean gnss() {
        return gnss;
    }

    /** Call sign (types 5, 24 B). */
    public Text callsign() {
        return callsign;
    }

    /** Ship name (types 5, 19, 24 A) or aid-to-navigation name with its extension (type 21). */
    public Text name() {
        return name;
    }

    /** Destination (type 5). */
    public Text destination() {
        return destination;
    }

    /** Vendor id (type 24 B). */
    public Text vendorId() {
        return vendorId;
    }

    /** Sequence number (types 6, 12). */
    public int seqno() {
        return seqno;
    }

    /** Destination MMSI (types 6, 10, 12; 25 and 26 when addressed, else 0). */
    public int destMmsi() {
        return destMmsi;
    }

    /** Retransmit flag (types 6, 12). */
    public boolean retransmit() {
        return retransmit;
    }

    /** Designated area code of the application data (types 6, 8). */
    public int dac() {
        return dac;
    }

    /** Function identifier of the application data (types 6, 8). */
    public int fid() {
        return fid;
    }

    /**
     * First bit of the binary data (types 6, 8: application data after DAC/FI; 17: DGNSS corrections; 25, 26: after
     * the destination and application id); read them with the {@link BitReader} given to {@link #decode}.
     */
    public int dataStart() {
        return dataStart;
    }

    /** Number of binary data bits from {@link #dataStart()} (types 6, 8, 17, 25, 26). */
    public int dataBits() {
        return dataBits;
    }

    /** Type 9 altitude in metres, 4095 when not available. */
    public int altitudeM() {
        return altitudeM;
    }

    /** Type 22: addressed to two stations instead of an area; types 25, 26: carries a destination MMSI. */
    public boolean addressed() {
        return addressed;
    }

    /** Types 25, 26: a 16-bit application id precedes the data. */
    public boolean structured() {
        return structured;
    }

    /** Types 25, 26: application id when structured, else 0. */
    public int appId() {
        return appId;
    }

    /**
     * Station {@code i} (0-3): acknowledged MMSI (types 7, 13), interrogated MMSI (15: 0, 1), assigned MMSI (16: 0,
     * 1), addressed MMSI (22: 0, 1); 0 when absent.
     */
    public int stationMmsi(int i) {
        return stationMmsi[i];
    }

    /** Sequence number acknowledged for station {@code i} (types 7, 13), 0 when absent. */
    public int stationSeq(int i) {
        return stationSeq[i];
    }

    /** Type 15 request {@code i} (0: 1st station 1st message, 1: 1st station 2nd, 2: 2nd station): message type. */
    public int requestedType(int i) {
        return slotA[i];
    }

    /** Type 15 request {@code i}: slot offset. */
    public int requestedOffset(int i) {
        return slotB[i];
    }

    /** Type 16 station {@code i} (0, 1): slot offset. */
    public int assignedOffset(int i) {
        return slotA[i];
    }

    /** Type 16 station {@code i} (0, 1): increment. */
    public int assignedIncrement(int i) {
        return slotB[i];
    }

    /** Type 20 reservation {@code i} (0-3): slot offset, 0 when absent. */
    public int reservationOffset(int i) {
        return slotA[i];
    }

    /** Type 20 reservation {@code i}: number of slots. */
    public int reservationSlots(int i) {
        return slotB[i];
    }

    /** Type 20 reservation {@code i}: timeout in minutes. */
    public int reservationTimeout(int i) {
        return slotC[i];
    }

    /** Type 20 reservation {@code i}: increment. */
    public int reservationIncrement(int i) {
        return slotD[i];
    }

    /** Type 22 channel A number (ITU-R M.1084). */
    public int channelA() {
        return channelA;
    }

    /** Type 22 channel B number. */
    public int channelB() {
        return channelB;
    }

    /** Tx/Rx mode (types 22, 23). */
    public int txrx() {
        return txrx;
    }

    /** Type 22 low power flag. */
    public boolean power() {
        return power;
    }

    /** North-east corner longitude in 1/10 min (types 22 broadcast, 23). */
    public int neLonRaw() {
        return neLonRaw;
    }

    /** North-east corner latitude in 1/10 min. */
    public int neLatRaw() {
        return neLatRaw;
    }

    /** South-west corner longitude in 1/10 min. */
    public int swLonRaw() {
        return swLonRaw;
    }

    /** South-west corner latitude in 1/10 min. */
    public int swLatRaw() {
        return swLatRaw;
    }

    /** Type 22 channel A bandwidth flag. */
    public boolean bandA() {
        return bandA;
    }

    /** Type 22 channel B bandwidth flag. */
    public boolean bandB() {
        return bandB;
    }

    /** Type 22 transitional zone size. */
    public int zoneSize() {
        return zoneSize;
    }

    /** Type 23 station type. */
    public int stationType() {
        return stationType;
    }

    /** Type 23 reporting interval code. */
    public int interval() {
        return interval;
    }

    /** Type 23 quiet time in minutes. */
    public int quiet() {
        return quiet;
    }

    /** Safety text (types 12, 14). */
    public Text text() {
        return text;
    }
}
