package org.deconflict.ledger.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** RFC 9162 §2.1.1 Merkle tree hashing with SHA-256: leaf = H(0x00‖d), node = H(0x01‖l‖r). Not thread-safe (holds a digest). */
public final class Rfc9162 {

    /** Hash size in bytes (SHA-256). */
    public static final int HASH_BYTES = 32;
    private static final byte LEAF_PREFIX = 0x00; // RFC 9162 §2.1.1
    private static final byte NODE_PREFIX = 0x01; // RFC 9162 §2.1.1

    private final MessageDigest sha256;

    public Rfc9162() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK without SHA-256", e);
        }
    }

    /** MTH({}) = SHA-256 of the empty string (RFC 9162 §2.1.1). */
    public byte[] emptyRoot() {
        return sha256.digest();
    }

    /** Leaf hash of {@code data[off, off+len)}. */
    public byte[] leaf(byte[] data, int off, int len) {
        sha256.update(LEAF_PREFIX);
        sha256.update(data, off, len);
        return sha256.digest();
    }

    public byte[] leaf(byte[] data) {
        return leaf(data, 0, data.length);
    }

    /** Interior node hash of two child hashes. */
    public byte[] node(byte[] left, byte[] right) {
        sha256.update(NODE_PREFIX);
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }

    /** Interior node hash of two 32-byte child hashes stored in arrays; writes the result to {@code out[outOff..]}. */
    public void node(byte[] l, int lOff, byte[] r, int rOff, byte[] out, int outOff) {
        sha256.update(NODE_PREFIX);
        sha256.update(l, lOff, HASH_BYTES);
        sha256.update(r, rOff, HASH_BYTES);
        try {
            sha256.digest(out, outOff, HASH_BYTES);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * MTH of {@code count} consecutive hashes packed in {@code hashes} from {@code off} (RFC 9162 §2.1.1 split rule:
     * left subtree is the largest power of two smaller than count).
     */
    public byte[] rootOf(byte[] hashes, int off, int count) {
        if (count == 0) {
            return emptyRoot();
        }
        if (count == 1) {
            byte[] h = new byte[HASH_BYTES];
            System.arraycopy(hashes, off, h, 0, HASH_BYTES);
            return h;
        }
        int k = Integer.highestOneBit(count - 1);
        byte[] l = rootOf(hashes, off, k);
        byte[] r = rootOf(hashes, off + k * HASH_BYTES, count - k);
        return node(l, r);
    }

    /** MTH of all leaf inputs (reference implementation, used by tests and small trees). */
    public byte[] rootOfLeaves(byte[][] leaves) {
        byte[] packed = new byte[leaves.length * HASH_BYTES];
        for (int i = 0; i < leaves.length; i++) {
            System.arraycopy(leaf(leaves[i]), 0, packed, i * HASH_BYTES, HASH_BYTES);
        }
        return rootOf(packed, 0, leaves.length);
    }
}
