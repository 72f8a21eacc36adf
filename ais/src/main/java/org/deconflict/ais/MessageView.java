package org.deconflict.ais;

/**
 * Zero-allocation decoder of every field of the common AIS messages, types 1-3, 4/11, 5, 18, 19, 21, 24 and 27
 * (bit positions per ITU-R M.1371-5 Annex 8 §3), into this reused object; text fields go into reused
 * {@link Text} buffers. Other valid types get only their header (type, repeat, MMSI): see {@link #hasBody()}.
 * Field semantics are those of the matching {@link AisMessage} records, which {@link MessageDecoder} builds from
 * this view. Values stay valid until the next {@link #decode}. One instance per thread.
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
        private char[] chars;
        private int length;

        Text(int capacity) {
            chars = new char[capacity];
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
            return chars[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }

        /** The characters as a new string (allocates). */
        @Override
        public String toString() {
            return new String(chars, 0, length);
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
         */
        int append(BitReader r, int start, int count) {
            int available = Math.max(0, Math.min(count, (r.bitLength() - start) / 6));
            if (length + available > chars.length) { // only a name extension longer than any real one
                chars = java.util.Arrays.copyOf(chars, length + available);
            }
            int from = length;
            int n = from;
            int i = 0;
            outer:
            while (i < available) {
                int batch = Math.min(8, available - i); // eight characters per 48-bit read
                long word = r.ulong(start + 6 * i, 6 * batch);
                for (int k = batch - 1; k >= 0; k--) {
                    int code = (int) (word >>> (6 * k)) & 63;
                    if (code == 0) {
                        break outer;
                    }
                    chars[n++] = SixBit.toAscii(code);
                }
                i += batch;
            }
            while (n > from && chars[n - 1] == ' ') {
                n--;
            }
            length = n;
            return n - from;
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
    private final Text callsign = new Text(7);
    private final Text name = new Text(20 + 14); // type 21: 20 characters + 14 of extension in one slot (§3.20)
    private final Text destination = new Text(20);
    private final Text vendorId = new Text(3);

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
        switch (t) {
            case 1, 2, 3 -> positionReport(r, n);
            case 4, 11 -> baseStation(r);
            case 5 -> staticVoyage(r);
            case 18 -> classB(r);
            case 19 -> extendedClassB(r);
            case 21 -> aidToNavigation(r, n);
            case 24 -> {
                return type24(r, n);
            }
            case 27 -> longRange(r);
            default -> {
                return true;
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

    /** True when the body fields were decoded (types 1-5, 11, 18, 19, 21, 24, 27), false for a header only. */
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
}
