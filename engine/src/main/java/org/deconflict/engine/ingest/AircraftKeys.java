package org.deconflict.engine.ingest;

/**
 * Aircraft keys for an adapter's hot path: the same few thousand addresses are heard over and over, so handing back the
 * key made for an address the last time spares an allocation per message (on the dump1090 sample recording, what
 * {@link ModeSAdapter} allocates falls from 91 to 67 bytes per frame). Direct-mapped: an address whose slot another
 * took gets a new key, equal to the old one. Not thread-safe: one per adapter.
 */
final class AircraftKeys {

    /** Slots, a power of two: a busy receiver hears one to a few thousand aircraft at once (Deconflict sizing). */
    private static final int SLOTS = 4096;

    private final TargetKey[] slots = new TargetKey[SLOTS];

    /** The key {@link TargetKey#icao} returns for these arguments, reused while its slot holds it. */
    TargetKey of(int address24, AddressType type) {
        long value = TargetKey.aircraftValue(address24, type);
        int slot = (int) (value ^ (value >>> 12) ^ (value >>> 24)) & (SLOTS - 1);  // both address halves, and the type
        TargetKey k = slots[slot];
        if (k == null || k.value() != value) {
            k = new TargetKey(value);
            slots[slot] = k;
        }
        return k;
    }
}
