package org.deconflict.ledger.note;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;

/** Ed25519 (RFC 8032) through the JDK provider (JEP 339): raw 32-byte seeds and public keys, 64-byte signatures. */
public final class Ed25519 {

    /** Seed, public key and signature sizes (RFC 8032 §5.1.5, §5.1.6). */
    public static final int SEED_BYTES = 32;
    public static final int PUBLIC_BYTES = 32;
    public static final int SIGNATURE_BYTES = 64;

    private Ed25519() {
    }

    /** A key pair whose private key is {@code seed} (RFC 8032 §5.1.5 secret key) and its derived public key. */
    public static KeyPair fromSeed(byte[] seed) {
        if (seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("Ed25519 seed must be 32 bytes");
        }
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK without Ed25519", e);
        }
    }

    /** A fresh random 32-byte seed. */
    public static byte[] randomSeed() {
        byte[] seed = new byte[SEED_BYTES];
        new SecureRandom().nextBytes(seed);
        return seed;
    }

    /** RFC 8032 §5.1.2 encoding of a public key: y little-endian, x's low bit in the top bit. */
    public static byte[] encode(PublicKey key) {
        EdECPoint p = ((EdECPublicKey) key).getPoint();
        byte[] be = p.getY().toByteArray();
        byte[] out = new byte[PUBLIC_BYTES];
        for (int i = 0; i < PUBLIC_BYTES && i < be.length; i++) {
            out[i] = be[be.length - 1 - i];
        }
        if (p.isXOdd()) {
            out[PUBLIC_BYTES - 1] |= (byte) 0x80;
        }
        return out;
    }

    /** Decodes a 32-byte RFC 8032 public key; throws IllegalArgumentException when it is not a valid key. */
    public static PublicKey decode(byte[] raw) {
        if (raw.length != PUBLIC_BYTES) {
            throw new IllegalArgumentException("Ed25519 public key must be 32 bytes");
        }
        byte[] be = new byte[PUBLIC_BYTES];
        for (int i = 0; i < PUBLIC_BYTES; i++) {
            be[i] = raw[PUBLIC_BYTES - 1 - i];
        }
        boolean xOdd = (be[0] & 0x80) != 0;
        be[0] &= 0x7F;
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(
                    new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, be))));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * True when {@code signature} is a valid Ed25519 signature (RFC 8032 §5.1.7) of {@code message} under {@code key};
     * false on any malformed input. Verified by the JDK provider (JEP 339): the ledger trusts no hand-written curve code.
     */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_BYTES) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Feeds the given seed to the JDK key pair generator, which draws the 32-byte private key from its random source. */
    private static final class FixedSeed extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("unexpected request for " + bytes.length + " random bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
