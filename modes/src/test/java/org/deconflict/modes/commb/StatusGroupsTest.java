package org.deconflict.modes.commb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The word-parallel status check equals the plain per-group rule on random MB fields, for every register's layout. */
class StatusGroupsTest {
    private static final int[][] LAYOUTS = {
        {1, 2, 13, 14, 15, 26, 27, 28, 39, 48, 49, 51, 54, 55, 56}, // BDS 4,0
        {5, 6, 23, 35, 36, 46, 47, 48, 49, 50, 51, 56}, // BDS 4,4
        {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 26, 27, 28, 38, 39, 40, 51}, // BDS 4,5
        {1, 3, 11, 12, 13, 23, 24, 25, 34, 35, 36, 45, 46, 47, 56}, // BDS 5,0 (sign bit between status and field)
        {1, 2, 12, 13, 14, 23, 24, 25, 34, 35, 36, 45, 46, 47, 56}, // BDS 6,0
    };

    @Property(tries = 3000)
    void equalsPerGroupRule(@ForAll @LongRange(min = 0, max = (1L << 56) - 1) long mb, @ForAll boolean sparse) {
        // sparse fields (few bits set) make the status-clear-but-empty case common
        long v = sparse ? mb & (mb >>> 7) & (mb >>> 13) : mb;
        for (int[] layout : LAYOUTS) {
            assertThat(Mb.StatusGroups.of(layout).consistent(v)).isEqualTo(perGroup(v, layout));
        }
    }

    @Property(tries = 200)
    void singleFieldBitWithClearStatusIsInconsistent(@ForAll @LongRange(min = 0, max = 4) long layoutIndex,
            @ForAll @LongRange(min = 0, max = 55) long bit) {
        int[] layout = LAYOUTS[(int) layoutIndex];
        long v = 1L << bit;
        assertThat(Mb.StatusGroups.of(layout).consistent(v)).isEqualTo(perGroup(v, layout));
    }

    @Property(tries = 1)
    void rejectsOverlappingGroups() {
        assertThatThrownBy(() -> Mb.StatusGroups.of(1, 2, 10, 5, 6, 12)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean perGroup(long mb, int[] t) {
        for (int i = 0; i < t.length; i += 3) {
            if (Mb.bit(mb, t[i]) == 0 && Mb.get(mb, t[i + 1], t[i + 2] - t[i + 1] + 1) != 0) {
                return false;
            }
        }
        return true;
    }
}
