package org.deconflict.ais;

/**
 * Parses the inside of an NMEA 0183 v4 tag block, {@code key:value,...*hh} between the two backslashes
 * (IEC 61162-450 §7.3.2): {@code c} Unix time, {@code s} source, {@code g} group {@code index-size-id}, {@code n}
 * line count, {@code d} destination, {@code r} relative time, {@code t} text; DMA's {@code si} source and the
 * IEC 62320-1 group form {@code 1G2:0125} are also read. Unknown keys are skipped.
 */
final class TagBlockParser {

    private static final long UNIX_SECONDS_LIMIT = 100_000_000_000L; // above this, c: is already in milliseconds

    private TagBlockParser() {
    }

    /**
     * Parses the tag block in {@code b[start, end)} (without backslashes) into {@code out}, text values through
     * {@code texts}. Returns false, leaving {@code out} absent, if its checksum is missing or wrong.
     */
    static boolean parse(byte[] b, int start, int end, TagBlockView out, TextCache texts) {
        out.clear();
        int star = -1;
        int sum = 0;
        for (int i = start; i < end; i++) {
            if (b[i] == '*') {
                star = i;
                break;
            }
            sum ^= b[i] & 0xff;
        }
        if (star < 0 || end - star != 3) {
            return false;
        }
        int expected = Nmea.hexByte(b, star + 1);
        if (expected != sum) {
            return false;
        }
        int i = start;
        while (i < star) {
            int comma = i;
            while (comma < star && b[comma] != ',') {
                comma++;
            }
            int colon = i;
            while (colon < comma && b[colon] != ':') {
                colon++;
            }
            if (colon < comma) {
                int klen = colon - i;
                int vs = colon + 1;
                char k0 = klen > 0 ? (char) b[i] : 0;
                if (klen == 1 && k0 == 'c') {
                    long v = Nmea.parseLong(b, vs, comma);
                    if (v >= 0) {
                        out.timeMillis = v >= UNIX_SECONDS_LIMIT ? v : v * 1000;
                    }
                } else if ((klen == 1 && k0 == 's') || (klen == 2 && k0 == 's' && b[i + 1] == 'i')) {
                    if (out.source == null || klen == 1) { // s: wins over DMA's si:
                        out.source = texts.get(b, vs, comma);
                    }
                } else if (klen == 1 && k0 == 'g') {
                    int d1 = indexOf(b, vs, comma, '-');
                    int d2 = d1 < 0 ? -1 : indexOf(b, d1 + 1, comma, '-');
                    if (d2 > 0) {
                        out.groupIndex = (int) Nmea.parseLong(b, vs, d1);
                        out.groupSize = (int) Nmea.parseLong(b, d1 + 1, d2);
                        out.groupId = (int) Nmea.parseLong(b, d2 + 1, comma);
                    }
                } else if (klen == 3 && b[i + 1] == 'G') {
                    // IEC 62320-1 grouping: <index>G<size>:<id>
                    out.groupIndex = b[i] - '0';
                    out.groupSize = b[i + 2] - '0';
                    out.groupId = (int) Nmea.parseLong(b, vs, comma);
                } else if (klen == 1 && k0 == 'n') {
                    out.lineCount = Nmea.parseLong(b, vs, comma);
                } else if (klen == 1 && k0 == 'd') {
                    out.destination = texts.get(b, vs, comma);
                } else if (klen == 1 && k0 == 'r') {
                    out.relativeTime = Nmea.parseLong(b, vs, comma);
                } else if (klen == 1 && k0 == 't') {
                    out.text = texts.get(b, vs, comma);
                }
            }
            i = comma + 1;
        }
        if (out.groupIndex < 1 || out.groupSize < 1 || out.groupId < 0 || out.groupIndex > out.groupSize) {
            out.groupIndex = -1;
            out.groupSize = -1;
            out.groupId = -1;
        }
        out.markPresent();
        return true;
    }

    private static int indexOf(byte[] b, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
