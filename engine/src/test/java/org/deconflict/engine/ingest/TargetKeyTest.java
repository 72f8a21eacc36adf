package org.deconflict.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TargetKeyTest {

    @Test
    void formatsAsInTheContract() {
        assertThat(TargetKey.icao(0x4840d6, AddressType.ICAO)).hasToString("icao:4840d6");
        assertThat(TargetKey.icao(0x4840d6, AddressType.NON_ICAO)).hasToString("icao:~4840d6");
        assertThat(TargetKey.icao(0x00000a, AddressType.ICAO)).hasToString("icao:00000a");
        assertThat(TargetKey.mmsi(219165000)).hasToString("mmsi:219165000");
        assertThat(TargetKey.radar(12, 345)).hasToString("radar:12/345");
    }

    @Test
    void relayPathDoesNotSplitATarget() {
        TargetKey direct = TargetKey.icao(0xabc123, AddressType.ICAO);
        assertThat(TargetKey.icao(0xabc123, AddressType.ADSR_ICAO)).isEqualTo(direct);
        assertThat(TargetKey.icao(0xabc123, AddressType.TISB_ICAO)).isEqualTo(direct);
        assertThat(TargetKey.icao(0xabc123, AddressType.TISB_OTHER)).isNotEqualTo(direct)
                .isEqualTo(TargetKey.icao(0xabc123, AddressType.NON_ICAO));
    }

    @Test
    void kindsAndAccessors() {
        TargetKey a = TargetKey.icao(0xffffff, AddressType.ICAO);
        TargetKey s = TargetKey.mmsi(999_999_999);
        TargetKey r = TargetKey.radar(16_777_215, -1);
        assertThat(a.kind()).isEqualTo(TargetKey.Kind.AIRCRAFT);
        assertThat(a.icaoAddress()).isEqualTo(0xffffff);
        assertThat(a.mmsiNumber()).isEqualTo(-1);
        assertThat(s.kind()).isEqualTo(TargetKey.Kind.SHIP);
        assertThat(s.mmsiNumber()).isEqualTo(999_999_999);
        assertThat(s.icaoAddress()).isEqualTo(-1);
        assertThat(r.kind()).isEqualTo(TargetKey.Kind.RADAR);
        assertThat(r.radarSensorId()).isEqualTo(16_777_215);
        assertThat(r.radarTrackNo()).isEqualTo(0xFFFFFFFFL);
        assertThat(TargetKey.parse(r.toString())).isEqualTo(r);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> TargetKey.icao(0x1000000, AddressType.ICAO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TargetKey.mmsi(1_000_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TargetKey.mmsi(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetKey(0)).isInstanceOf(IllegalArgumentException.class);
        for (String bad : new String[] {"", "icao:", "icao:1234567", "icao:zz", "mmsi:x", "radar:1", "radar:1/99999999999", "foo:1"}) {
            assertThatThrownBy(() -> TargetKey.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void aircraftKeysRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFFFF) int addr, @ForAll AddressType type) {
        TargetKey k = TargetKey.icao(addr, type);
        assertThat(TargetKey.parse(k.toString())).isEqualTo(k);
        assertThat(new TargetKey(k.value())).isEqualTo(k);
        assertThat(k.icaoAddress()).isEqualTo(addr);
        assertThat(k.icaoAssigned()).isEqualTo(type.icaoAssigned());
    }

    @Property
    void shipKeysRoundTripAndOrder(@ForAll @IntRange(min = 0, max = 999_999_999) int a,
                                   @ForAll @IntRange(min = 0, max = 999_999_999) int b) {
        TargetKey ka = TargetKey.mmsi(a);
        assertThat(TargetKey.parse(ka.toString())).isEqualTo(ka);
        assertThat(Integer.signum(ka.compareTo(TargetKey.mmsi(b)))).isEqualTo(Integer.signum(Integer.compare(a, b)));
    }
}
