package org.deconflict.ledger.merkle;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verifies RFC 9162 inclusion (§2.1.3.2) and consistency (§2.1.4.2) proofs. Tree sizes and indices are
 * unsigned 64-bit values. Every method returns a typed result instead of throwing on bad input.
 */
public final class ProofVerifier {

    /** Why a proof was not accepted. */
    public enum Failure {
        OK, INDEX_OUT_OF_RANGE, BAD_HASH_LENGTH, WRONG_PROOF_LENGTH, ROOT_MISMATCH, SIZE1_ZERO, SIZE1_GREATER_THAN_SIZE2,
        NONEMPTY_PROOF_FOR_EQUAL_SIZES
    }

    private ProofVerifier() {
    }

    /** RFC 9162 §2.1.3.2: does {@code proof} show leaf {@code leafHash} at {@code index} in the tree of {@code size} with {@code root}? */
    public static Failure verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (Long.compareUnsigned(index, size) >= 0) {
            return Failure.INDEX_OUT_OF_RANGE;
        }
        if (leafHash.length != Rfc9162.HASH_BYTES || root.length != Rfc9162.HASH_BYTES) {
            return Failure.BAD_HASH_LENGTH;
        }
        for (byte[] p : proof) {
            if (p.length != Rfc9162.HASH_BYTES) {
                return Failure.BAD_HASH_LENGTH;
            }
        }
        Rfc9162 h = new Rfc9162();
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return Failure.WRONG_PROOF_LENGTH;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = h.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                r = h.node(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            return Failure.WRONG_PROOF_LENGTH;
        }
        return MessageDigest.isEqual(r, root) ? Failure.OK : Failure.ROOT_MISMATCH;
    }

    /** RFC 9162 §2.1.4.2: is the tree {@code (size2, root2)} an append-only extension of {@code (size1, root1)}? */
    public static Failure verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (Long.compareUnsigned(size1, size2) > 0) {
            return Failure.SIZE1_GREATER_THAN_SIZE2;
        }
        if (size1 == 0) {
            return Failure.SIZE1_ZERO; // an empty tree is consistent with everything: such a proof proves nothing
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                return Failure.NONEMPTY_PROOF_FOR_EQUAL_SIZES;
            }
            return MessageDigest.isEqual(root1, root2) ? Failure.OK : Failure.ROOT_MISMATCH;
        }
        if (root1.length != Rfc9162.HASH_BYTES || root2.length != Rfc9162.HASH_BYTES) {
            return Failure.BAD_HASH_LENGTH;
        }
        for (byte[] p : proof) {
            if (p.length != Rfc9162.HASH_BYTES) {
                return Failure.BAD_HASH_LENGTH;
            }
        }
        if (proof.isEmpty()) {
            return Failure.WRONG_PROOF_LENGTH;
        }
        int start = 0;
        // RFC 9162 §2.1.4.2 step 2: if size1 is an exact power of 2, prepend first_hash to the path.
        boolean powerOfTwo = (size1 & (size1 - 1)) == 0;
        byte[] first = powerOfTwo ? root1 : proof.get(start++);
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        Rfc9162 h = new Rfc9162();
        byte[] fr = first;
        byte[] sr = first;
        for (int i = start; i < proof.size(); i++) {
            byte[] c = proof.get(i);
            if (sn == 0) {
                return Failure.WRONG_PROOF_LENGTH;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = h.node(c, fr);
                sr = h.node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                sr = h.node(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            return Failure.WRONG_PROOF_LENGTH;
        }
        return MessageDigest.isEqual(fr, root1) && MessageDigest.isEqual(sr, root2) ? Failure.OK : Failure.ROOT_MISMATCH;
    }
}
