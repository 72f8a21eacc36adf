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

    /** The tag block in {@code b[start, end)} (without backslashes), or null if its checksum is missing or wrong. */
    static TagBlock parse(byte[] b, int start, int end) {
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
            return null;
        }
        int expected = Nmea.hexByte(b, star + 1);
        if (expected != sum) {
            return null;
        }
        String source = null;
        String destination = null;
        String text = null;
        long time = TagBlock.NO_TIME;
        int gIndex = -1;
        int gSize = -1;
        int gId = -1;
        long lineCount = -1;
        long relative = -1;
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
                        time = v >= UNIX_SECONDS_LIMIT ? v : v * 1000;
                    }
                } else if ((klen == 1 && k0 == 's') || (klen == 2 && k0 == 's' && b[i + 1] == 'i')) {
                    if (source == null || klen == 1) {
                        source = Nmea.ascii(b, vs, comma);
                    }
                } else if (klen == 1 && k0 == 'g') {
                    int d1 = indexOf(b, vs, comma, '-');
                    int d2 = d1 < 0 ? -1 : indexOf(b, d1 + 1, comma, '-');
                    if (d2 > 0) {
                        gIndex = (int) Nmea.parseLong(b, vs, d1);
                        gSize = (int) Nmea.parseLong(b, d1 + 1, d2);
                        gId = (int) Nmea.parseLong(b, d2 + 1, comma);
                    }
                } else if (klen == 3 && b[i + 1] == 'G') {
                    // IEC 62320-1 §... grouping: <index>G<size>:<id>
                    gIndex = b[i] - '0';
                    gSize = b[i + 2] - '0';
                    gId = (int) Nmea.parseLong(b, vs, comma);
                } else if (klen == 1 && k0 == 'n') {
                    lineCount = Nmea.parseLong(b, vs, comma);
                } else if (klen == 1 && k0 == 'd') {
                    destination = Nmea.ascii(b, vs, comma);
                } else if (klen == 1 && k0 == 'r') {
                    relative = Nmea.parseLong(b, vs, comma);
                } else if (klen == 1 && k0 == 't') {
                    text = Nmea.ascii(b, vs, comma);
                }
            }
            i = comma + 1;
        }
        if (gIndex < 1 || gSize < 1 || gId < 0 || gIndex > gSize) {
            gIndex = -1;
            gSize = -1;
            gId = -1;
        }
        return new TagBlock(source, time, gIndex, gSize, gId, lineCount, destination, relative, text);
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
