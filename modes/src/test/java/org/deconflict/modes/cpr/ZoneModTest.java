package org.deconflict.modes.cpr;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The division-free zone index equals Math.floorMod inside its fast range and outside it. */
class ZoneModTest {
    @Property(tries = 5000)
    void equalsFloorMod(@ForAll @IntRange(min = -200, max = 200) int m, @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThat(Cpr.zoneMod(m, n)).isEqualTo(Math.floorMod(m, n));
    }

    @Property(tries = 500)
    void equalsFloorModFarOutside(@ForAll int m, @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThat(Cpr.zoneMod(m, n)).isEqualTo(Math.floorMod(m, n));
    }
}
