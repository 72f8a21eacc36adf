package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;
import org.junit.jupiter.api.Test;

/**
 * The detector track holds category, NACp and NIC in the widths of their message fields: a value no such field can
 * carry becomes unknown instead of wrapping into a meaningful one (a category of 0x10023 must not become ship type 35,
 * a warship).
 */
class TrackFieldWidthTest {

    private static final TargetKey SHIP = TargetKey.mmsi(219_165_000);

    @Test
    void valuesInRangeAreKeptAndOthersBecomeUnknown() {
        Track t = applied(35, 9, 8);
        assertThat(t.category).isEqualTo((short) 35);
        assertThat(t.warship()).isTrue();
        assertThat(t.nacp).isEqualTo((byte) 9);
        assertThat(t.nic).isEqualTo((byte) 8);

        Track odd = applied(0x10023, 130, -5);
        assertThat(odd.category).isZero();
        assertThat(odd.warship()).isFalse();
        assertThat(odd.nacp).isEqualTo((byte) -1);
        assertThat(odd.nic).isEqualTo((byte) -1);

        Track unknown = applied(0, -1, -1);
        assertThat(unknown.category).isZero();
        assertThat(unknown.nacp).isEqualTo((byte) -1);
        assertThat(applied(0xD7, 11, 11).category).isEqualTo((short) 0xD7);     // ADS-B set D, code 7
    }

    private static Track applied(int category, int nacp, int nic) {
        Track t = new Track(SHIP.value(), false, 0);
        t.apply(new TrackSnapshot(SHIP, 1_000_000_000L, 55.5, 12.9, 0, 10, 90, 0, false, "ALPHA", "DK", false,
                category, TransponderMode.AIS, nacp, nic, 1));
        return t;
    }
}
