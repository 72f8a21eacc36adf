package org.deconflict.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The own Ed25519 verifier accepts exactly what the JDK provider accepts: valid signatures of random keys and messages,
 * and none of their single-bit corruptions (in R, in S, in the message), nor S + L (RFC 8032 §5.1.7 wants S < L).
 */
class Ed25519VerifierTest {

    private static final BigInteger L = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));

    @Test
    void agreesWithTheJdkOnValidAndCorruptedSignatures() {
        Random rnd = new Random(7);
        int checked = 0;
        for (int n = 0; n < 40; n++) {
            byte[] seed = new byte[32];
            rnd.nextBytes(seed);
            KeyPair kp = Ed25519.fromSeed(seed);
            byte[] pub = Ed25519.encode(kp.getPublic());
            byte[] msg = new byte[rnd.nextInt(1200)];
            rnd.nextBytes(msg);
            byte[] sig = Ed25519.sign(kp.getPrivate(), msg);
            assertThat(Ed25519Verifier.verify(pub, msg, sig)).as("valid signature %d", n).isTrue();
            assertThat(Ed25519.jdkVerify(kp.getPublic(), msg, sig)).isTrue();
            for (int k = 0; k < 4; k++) {
                byte[] bad = sig.clone();
                int bit = rnd.nextInt(512);
                bad[bit / 8] ^= (byte) (1 << (bit % 8));
                assertThat(Ed25519Verifier.verify(pub, msg, bad)).as("signature %d, bit %d flipped", n, bit)
                        .isEqualTo(Ed25519.jdkVerify(kp.getPublic(), msg, bad)).isFalse();
                checked++;
            }
            if (msg.length > 0) {
                byte[] other = msg.clone();
                other[rnd.nextInt(other.length)] ^= 0x10;
                assertThat(Ed25519Verifier.verify(pub, other, sig)).isFalse();
            }
        }
        assertThat(checked).isEqualTo(160);
    }

    @Test
    void sPlusTheGroupOrderIsRefused() {
        KeyPair kp = Ed25519.fromSeed(new byte[32]);
        byte[] msg = "deconflict".getBytes();
        byte[] sig = Ed25519.sign(kp.getPrivate(), msg);
        byte[] le = sig.clone();
        byte[] s = new byte[32];
        for (int i = 0; i < 32; i++) {
            s[i] = le[63 - i];
        }
        byte[] sl = new BigInteger(1, s).add(L).toByteArray();
        byte[] bad = sig.clone();
        for (int i = 0; i < 32; i++) {
            bad[32 + i] = i < sl.length ? sl[sl.length - 1 - i] : 0;
        }
        assertThat(Ed25519Verifier.verify(Ed25519.encode(kp.getPublic()), msg, sig)).isTrue();
        assertThat(Ed25519Verifier.verify(Ed25519.encode(kp.getPublic()), msg, bad)).isFalse();
        assertThat(Ed25519.jdkVerify(kp.getPublic(), msg, bad)).isFalse();
    }

    @Test
    void aKeyThatIsNoPointIsLeftToTheJdk() {
        byte[] notAPoint = new byte[32];
        notAPoint[0] = 2; // y = 2: (y^2 - 1) / (d y^2 + 1) is not a square mod p
        assertThat(Ed25519Verifier.verify(notAPoint, new byte[1], new byte[64])).isNull();
    }
}
