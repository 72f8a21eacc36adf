package org.deconflict.ledger.note;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Locale;

/**
 * Signed-note key strings (C2SP signed-note, golang.org/x/mod/sumdb/note): verifier {@code name+hash+base64(0x01‖pub)},
 * signer {@code PRIVATE+KEY+name+hash+base64(0x01‖seed)}; hash = SHA-256(name‖0x0A‖0x01‖pub)[:4] as 8 hex digits.
 */
public final class NoteKeys {

    /** Signature algorithm byte for Ed25519 (C2SP signed-note "Signature types"). */
    public static final byte ALG_ED25519 = 0x01;
    private static final String PRIVATE_PREFIX = "PRIVATE+KEY+";

    private NoteKeys() {
    }

    /** A signer: name, key id and key pair. */
    public record Signer(String name, int keyId, KeyPair keys) {
        public byte[] publicKey() {
            return Ed25519.encode(keys.getPublic());
        }

        public PrivateKey privateKey() {
            return keys.getPrivate();
        }

        public Verifier verifier() {
            return new Verifier(name, keyId, keys.getPublic(), publicKey());
        }
    }

    /** A verifier: name, key id and public key. */
    public record Verifier(String name, int keyId, PublicKey key, byte[] rawKey) {
        /** The verifier key string {@code name+hash+base64}. */
        public String encoded() {
            return verifierString(name, rawKey);
        }
    }

    /** Key id of an Ed25519 key: first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ pub), big-endian (C2SP signed-note). */
    public static int keyId(String name, byte[] publicKey) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(name.getBytes(StandardCharsets.UTF_8));
            d.update((byte) '\n');
            d.update(ALG_ED25519);
            d.update(publicKey);
            byte[] h = d.digest();
            return ((h[0] & 0xFF) << 24) | ((h[1] & 0xFF) << 16) | ((h[2] & 0xFF) << 8) | (h[3] & 0xFF);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Note key names: non-empty, no '+', no whitespace or control characters (C2SP signed-note). */
    public static boolean validName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** A new random Ed25519 signer. */
    public static Signer generate(String name) {
        return signerFromSeed(name, Ed25519.randomSeed());
    }

    public static Signer signerFromSeed(String name, byte[] seed) {
        if (!validName(name)) {
            throw new IllegalArgumentException("invalid key name: " + name);
        }
        KeyPair kp = Ed25519.fromSeed(seed);
        return new Signer(name, keyId(name, Ed25519.encode(kp.getPublic())), kp);
    }

    /** The signer key string {@code PRIVATE+KEY+name+hash+base64(0x01‖seed)}. */
    public static String signerString(String name, byte[] seed, byte[] publicKey) {
        return PRIVATE_PREFIX + name + "+" + hex(keyId(name, publicKey)) + "+" + b64(ALG_ED25519, seed);
    }

    public static String verifierString(String name, byte[] publicKey) {
        return name + "+" + hex(keyId(name, publicKey)) + "+" + b64(ALG_ED25519, publicKey);
    }

    /** Parses a signer key string; checks the algorithm byte and that the hash matches. */
    public static Signer parseSigner(String text) {
        String s = text.strip();
        if (!s.startsWith(PRIVATE_PREFIX)) {
            throw new IllegalArgumentException("signer key must start with PRIVATE+KEY+");
        }
        String[] parts = s.substring(PRIVATE_PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("signer key must be PRIVATE+KEY+name+hash+key");
        }
        byte[] raw = Base64.getDecoder().decode(parts[2]);
        if (raw.length != 1 + Ed25519.SEED_BYTES || raw[0] != ALG_ED25519) {
            throw new IllegalArgumentException("signer key is not an Ed25519 key");
        }
        Signer signer = signerFromSeed(parts[0], java.util.Arrays.copyOfRange(raw, 1, raw.length));
        if (!hex(signer.keyId()).equals(parts[1].toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("signer key hash does not match its key");
        }
        return signer;
    }

    /** Parses a verifier key string; checks the algorithm byte and that the hash matches. */
    public static Verifier parseVerifier(String text) {
        String[] parts = text.strip().split("\\+", 3);
        if (parts.length != 3 || !validName(parts[0])) {
            throw new IllegalArgumentException("verifier key must be name+hash+key");
        }
        byte[] raw = Base64.getDecoder().decode(parts[2]);
        if (raw.length != 1 + Ed25519.PUBLIC_BYTES || raw[0] != ALG_ED25519) {
            throw new IllegalArgumentException("verifier key is not an Ed25519 key");
        }
        byte[] pub = java.util.Arrays.copyOfRange(raw, 1, raw.length);
        int id = keyId(parts[0], pub);
        if (!hex(id).equals(parts[1].toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("verifier key hash does not match its key");
        }
        return new Verifier(parts[0], id, Ed25519.decode(pub), pub);
    }

    static String hex(int keyId) {
        return String.format(Locale.ROOT, "%08x", keyId);
    }

    private static String b64(byte alg, byte[] key) {
        byte[] b = new byte[1 + key.length];
        b[0] = alg;
        System.arraycopy(key, 0, b, 1, key.length);
        return Base64.getEncoder().encodeToString(b);
    }
}
