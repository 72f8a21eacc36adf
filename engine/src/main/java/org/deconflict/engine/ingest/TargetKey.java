package org.deconflict.engine.ingest;

/**
 * One compact key for any tracked target, packed into a {@code long}: an aircraft address (ICAO-assigned or not),
 * an MMSI, or a radar track (sensor id + track number).
 *
 * <p>Layout: bits 56..59 kind (1 aircraft, 2 ship, 3 radar). Aircraft: bit 24 set for a non-ICAO address, bits 0..23
 * the address. Ship: bits 0..29 the MMSI. Radar: bits 32..55 the sensor id, bits 0..31 the track number.
 * The relay path (TIS-B, ADS-R) is a property of an observation, not of the target: an ICAO address heard directly
 * and via ADS-R is the same key.
 */
public record TargetKey(long value) implements Comparable<TargetKey> {

    /** What a key identifies. */
    public enum Kind { AIRCRAFT, SHIP, RADAR }

    private static final int KIND_SHIFT = 56;
    private static final long KIND_AIRCRAFT = 1L << KIND_SHIFT;
    private static final long KIND_SHIP = 2L << KIND_SHIFT;
    private static final long KIND_RADAR = 3L << KIND_SHIFT;
    private static final long NON_ICAO_BIT = 1L << 24;
    private static final int MAX_MMSI = 999_999_999;          // 9 decimal digits, ITU-R M.585-9 §1
    private static final int MAX_SENSOR = (1 << 24) - 1;

    public TargetKey {
        long kind = value >>> KIND_SHIFT;
        boolean ok = switch ((int) kind) {
            case 1 -> (value & ~(KIND_AIRCRAFT | NON_ICAO_BIT | 0xFFFFFFL)) == 0;
            case 2 -> (value & ~(KIND_SHIP | 0x3FFFFFFFL)) == 0 && (value & 0x3FFFFFFFL) <= MAX_MMSI;
            case 3 -> true;
            default -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("not a target key: 0x" + Long.toHexString(value));
        }
    }

    /** Key of an aircraft by its 24-bit address; TIS-B/ADS-R types fold into ICAO-assigned or not. */
    public static TargetKey icao(int address24, AddressType type) {
        return new TargetKey(aircraftValue(address24, type));
    }

    /** The packed value of {@link #icao}'s key. */
    static long aircraftValue(int address24, AddressType type) {
        if ((address24 & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("address is not 24-bit: " + Integer.toHexString(address24));
        }
        return KIND_AIRCRAFT | (type.icaoAssigned() ? 0 : NON_ICAO_BIT) | address24;
    }

    /** Key of a ship or AIS station by its MMSI (0..999 999 999). */
    public static TargetKey mmsi(int mmsi) {
        if (mmsi < 0 || mmsi > MAX_MMSI) {
            throw new IllegalArgumentException("MMSI out of range: " + mmsi);
        }
        return new TargetKey(KIND_SHIP | mmsi);
    }

    /** Key of a radar track: sensor id (0..16 777 215) and the sensor's track number (unsigned 32-bit). */
    public static TargetKey radar(int sensorId, int trackNo) {
        if (sensorId < 0 || sensorId > MAX_SENSOR) {
            throw new IllegalArgumentException("sensor id out of range: " + sensorId);
        }
        return new TargetKey(KIND_RADAR | ((long) sensorId << 32) | (trackNo & 0xFFFFFFFFL));
    }

    public Kind kind() {
        return switch ((int) (value >>> KIND_SHIFT)) {
            case 1 -> Kind.AIRCRAFT;
            case 2 -> Kind.SHIP;
            default -> Kind.RADAR;
        };
    }

    /** The 24-bit aircraft address, or -1 if this is not an aircraft key. */
    public int icaoAddress() {
        return kind() == Kind.AIRCRAFT ? (int) (value & 0xFFFFFF) : -1;
    }

    /** True for an aircraft key whose address is ICAO-assigned (false for anonymous/non-ICAO and for other kinds). */
    public boolean icaoAssigned() {
        return kind() == Kind.AIRCRAFT && (value & NON_ICAO_BIT) == 0;
    }

    /** The MMSI, or -1 if this is not a ship key. */
    public int mmsiNumber() {
        return kind() == Kind.SHIP ? (int) (value & 0x3FFFFFFF) : -1;
    }

    /** The radar sensor id, or -1 if this is not a radar key. */
    public int radarSensorId() {
        return kind() == Kind.RADAR ? (int) ((value >>> 32) & MAX_SENSOR) : -1;
    }

    /** The radar track number (unsigned 32-bit, as a long), or -1 if this is not a radar key. */
    public long radarTrackNo() {
        return kind() == Kind.RADAR ? value & 0xFFFFFFFFL : -1;
    }

    /** Same packed value (hand-written: hot in hash maps, where the record's generated form is slower). */
    @Override
    public boolean equals(Object o) {
        return o instanceof TargetKey k && k.value == value;
    }

    /** Fibonacci-spread packed value, so keys differing only in high bits still spread over a hash table. */
    @Override
    public int hashCode() {
        long h = value * 0x9E3779B97F4A7C15L;      // Knuth, TAOCP vol. 3 §6.4
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public int compareTo(TargetKey o) {
        return Long.compare(value, o.value);
    }

    /** {@code icao:4840d6}, {@code icao:~4840d6} (non-ICAO), {@code mmsi:219165000}, {@code radar:12/345}. */
    @Override
    public String toString() {
        return switch (kind()) {
            case AIRCRAFT -> icaoText();
            case SHIP -> "mmsi:" + mmsiNumber();
            case RADAR -> "radar:" + radarSensorId() + "/" + radarTrackNo();
        };
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code icao:} and six lower-case hex digits, {@code ~} before them for a non-ICAO address (no Formatter: hot in sinks). */
    private String icaoText() {
        boolean assigned = icaoAssigned();
        char[] c = new char[assigned ? 11 : 12];
        "icao:".getChars(0, 5, c, 0);
        int p = 5;
        if (!assigned) {
            c[p++] = '~';
        }
        int a = icaoAddress();
        for (int shift = 20; shift >= 0; shift -= 4) {
            c[p++] = HEX[(a >>> shift) & 0xF];
        }
        return new String(c);
    }

    /** Parses the {@link #toString()} form; throws {@link IllegalArgumentException} on anything else. */
    public static TargetKey parse(String s) {
        try {
            if (s.startsWith("icao:")) {
                String hex = s.substring(5);
                boolean nonIcao = hex.startsWith("~");
                if (nonIcao) {
                    hex = hex.substring(1);
                }
                if (hex.isEmpty() || hex.length() > 6) {
                    throw new IllegalArgumentException("bad address: " + s);
                }
                return icao(Integer.parseInt(hex, 16), nonIcao ? AddressType.NON_ICAO : AddressType.ICAO);
            }
            if (s.startsWith("mmsi:")) {
                return mmsi(Integer.parseInt(s.substring(5)));
            }
            if (s.startsWith("radar:")) {
                int slash = s.indexOf('/', 6);
                if (slash < 0) {
                    throw new IllegalArgumentException("bad radar key: " + s);
                }
                long trackNo = Long.parseLong(s.substring(slash + 1));
                if (trackNo < 0 || trackNo > 0xFFFFFFFFL) {
                    throw new IllegalArgumentException("bad radar track number: " + s);
                }
                return radar(Integer.parseInt(s.substring(6, slash)), (int) trackNo);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a target key: " + s, e);
        }
        throw new IllegalArgumentException("not a target key: " + s);
    }
}
