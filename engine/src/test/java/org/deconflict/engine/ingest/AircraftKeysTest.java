package org.deconflict.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The adapter's key cache hands out keys equal to {@link TargetKey#icao}'s, reusing them while it can. */
class AircraftKeysTest {

    @Test
    void keysEqualFreshOnesAndAreReusedForTheSameAddress() {
        AircraftKeys keys = new AircraftKeys();
        Random rnd = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            int address = rnd.nextInt(1 << 24);
            AddressType type = rnd.nextBoolean() ? AddressType.ICAO : AddressType.NON_ICAO;
            TargetKey k = keys.of(address, type);
            assertThat(k).isEqualTo(TargetKey.icao(address, type));
            assertThat(k.icaoAddress()).isEqualTo(address);
            assertThat(k.icaoAssigned()).isEqualTo(type == AddressType.ICAO);
            assertThat(keys.of(address, type)).isSameAs(k);
        }
    }

    @Test
    void anAddressAndTheOneThatTookItsSlotBothGetTheirOwnKey() {
        AircraftKeys keys = new AircraftKeys();
        int a = 0x4840D6;
        TargetKey first = keys.of(a, AddressType.ICAO);
        int b = -1;
        for (int candidate = 0; candidate < 1 << 24 && b < 0; candidate++) {
            if (candidate != a) {
                keys.of(candidate, AddressType.ICAO);
                if (keys.of(a, AddressType.ICAO) != first) {
                    b = candidate;          // took a's slot: a got a new key
                }
            }
            first = keys.of(a, AddressType.ICAO);
        }
        assertThat(b).as("an address sharing a's slot").isNotNegative();
        for (int i = 0; i < 4; i++) {
            assertThat(keys.of(a, AddressType.ICAO)).isEqualTo(TargetKey.icao(a, AddressType.ICAO));
            assertThat(keys.of(b, AddressType.ICAO)).isEqualTo(TargetKey.icao(b, AddressType.ICAO));
        }
        // the same address as ICAO-assigned and not: two keys, never confused
        assertThat(keys.of(a, AddressType.NON_ICAO)).isNotEqualTo(keys.of(a, AddressType.ICAO));
        assertThat(keys.of(a, AddressType.NON_ICAO)).isEqualTo(TargetKey.icao(a, AddressType.NON_ICAO));
    }

    @Test
    void anAddressWiderThan24BitsIsRefused() {
        assertThatThrownBy(() -> new AircraftKeys().of(1 << 24, AddressType.ICAO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("24-bit");
    }
}
