package org.deconflict.modes.adsb;

import java.util.Arrays;

import org.deconflict.modes.IcaoIndex;

/**
 * Per-aircraft ADS-B version and NIC supplements learnt from TC31 operational status, so that later position
 * messages of the same aircraft decode with the right NIC tables (DO-260B §2.2.3.2.7.2.5). The caller owns one
 * instance per stream; aircraft never heard in TC31 are version 0.
 */
public final class AdsbVersionTable {
    /** Type code of the aircraft operational status message that carries the version. DO-260B §2.2.3.2.7.2. */
    public static final int OPERATIONAL_STATUS_TC = 31;

    private final IcaoIndex index = new IcaoIndex();
    /** Packed per slot: version (bits 0-2), NIC-A (bit 3), NIC-C (bit 4). */
    private byte[] state = new byte[256];

    /** Learns version and supplements from a TC31 frame of aircraft {@code icao} (no-op for other frames). */
    public void observe(int icao, byte[] b, int off) {
        observe(icao, Me.of(b, off));
    }

    /** As {@link #observe(int, byte[], int)} on the 56-bit ME field. */
    public void observe(int icao, long me) {
        if (Adsb.typecode(me) != OPERATIONAL_STATUS_TC) {
            return;
        }
        update(icao, Adsb.opStatusVersion(me), Adsb.opStatusNicA(me), Adsb.opStatusNicC(me));
    }

    /** Sets the version (0-2) and NIC supplements A and C (0/1) of {@code icao}. */
    public void update(int icao, int version, int nicA, int nicC) {
        int slot = index.findOrAdd(icao);
        if (slot >= state.length) {
            state = Arrays.copyOf(state, Math.max(slot + 1, state.length * 2));
        }
        state[slot] = (byte) ((version & 7) | ((nicA & 1) << 3) | ((nicC & 1) << 4));
    }

    /** ADS-B version of {@code icao}, 0 when never seen in TC31. */
    public int version(int icao) {
        int slot = index.find(icao);
        return slot < 0 ? 0 : state[slot] & 7;
    }

    /** NIC supplement A of {@code icao} (0 when unknown). */
    public int nicSupplementA(int icao) {
        int slot = index.find(icao);
        return slot < 0 ? 0 : (state[slot] >>> 3) & 1;
    }

    /** NIC supplement C of {@code icao} (0 when unknown). */
    public int nicSupplementC(int icao) {
        int slot = index.find(icao);
        return slot < 0 ? 0 : (state[slot] >>> 4) & 1;
    }
}
