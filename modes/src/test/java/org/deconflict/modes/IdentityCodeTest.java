package org.deconflict.modes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The table-driven squawk decode equals the bit-by-bit layout on all 8192 ID codes, and encode inverts it. */
class IdentityCodeTest {
    @Test
    void tablesEqualTheBitLayoutOnEveryCode() {
        for (int id = 0; id < 1 << 13; id++) {
            assertThat(IdentityCode.decode(id)).as("ID %04x", id).isEqualTo(IdentityCode.decodeBitwise(id));
            // X (bit 6) carries no digit: clearing it round-trips through encode
            assertThat(IdentityCode.encode(IdentityCode.decode(id))).isEqualTo(id & ~0x40);
        }
        assertThat(IdentityCode.decode(IdentityCode.encode(7700))).isEqualTo(7700);
    }
}
