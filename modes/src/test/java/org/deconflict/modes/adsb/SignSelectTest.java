package org.deconflict.modes.adsb;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Velocity components, vertical rate and GNSS-baro difference apply their direction bit without a branch; on random
 * ME fields of TC19 each equals the plain rule (DO-260B §2.2.3.2.6: value - 1 in LSBs, negated when the sign bit is set).
 */
class SignSelectTest {
    @Property(tries = 5000)
    void signedFieldsEqualThePlainRule(@ForAll @LongRange(min = 0, max = (1L << 51) - 1) long rest,
            @ForAll @IntRange(min = 0, max = 7) int subtype) {
        long me = (19L << 51) | ((long) subtype << 48) | (rest & ((1L << 48) - 1));
        assertThat(Adsb.velocityEastKt(me)).isEqualTo(component(me, 14, subtype));
        assertThat(Adsb.velocityNorthKt(me)).isEqualTo(component(me, 25, subtype));
        int vr = Me.get(me, 38, 9);
        assertThat(Adsb.verticalRateFpm(me)).isEqualTo(vr == 0 ? Adsb.NA : (Me.flag(me, 37) ? -1 : 1) * (vr - 1) * 64);
        int dh = Me.get(me, 50, 7);
        assertThat(Adsb.geoMinusBaroFt(me)).isEqualTo(dh == 0 ? Adsb.NA : (Me.flag(me, 49) ? -1 : 1) * (dh - 1) * 25);
    }

    @Property(tries = 1000)
    void negateIfIsExact(@ForAll int value, @ForAll @IntRange(min = 1, max = 56) int pos) {
        long set = 1L << (56 - pos);
        assertThat(Me.negateIf(set, pos, value)).isEqualTo(-value);
        assertThat(Me.negateIf(~set, pos, value)).isEqualTo(value);
    }

    private static int component(long me, int signBit, int subtype) {
        int v = Me.get(me, signBit + 1, 10);
        if ((subtype != 1 && subtype != 2) || v == 0) {
            return Adsb.NA;
        }
        int kt = (v - 1) * (subtype == 2 ? 4 : 1);
        return Me.flag(me, signBit) ? -kt : kt;
    }
}
