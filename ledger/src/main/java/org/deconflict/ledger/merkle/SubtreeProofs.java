package org.deconflict.ledger.merkle;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verifies proofs about a subtree {@code [start, end)} of an RFC 9162 tree, as the Merkle Tree Certificates draft
 * (draft-ietf-plants-merkle-tree-certs, "Subtrees") and transparency-dev/merkle define them: a subtree is valid when
 * {@code start} is 0 or a multiple of the smallest power of two ≥ {@code end - start}. Subtree inclusion proves a leaf
 * under the subtree's hash; subtree consistency proves that the subtree hash belongs to the tree of {@code size}.
 * All indices are unsigned 64-bit. Typed results, never an exception.
 */
public final class SubtreeProofs {

    /** Why a subtree proof was not accepted. */
    public enum Result {
        OK, INVALID_SUBTREE, INDEX_OUT_OF_RANGE, END_BEYOND_SIZE, BAD_HASH_LENGTH, WRONG_PROOF_LENGTH, SUBTREE_ROOT_MISMATCH,
        ROOT_MISMATCH
    }

    private static final int H = Rfc9162.HASH_BYTES;

    private SubtreeProofs() {
    }

    /** True when {@code [start, end)} (non-empty) is a subtree: some tree node covers it with nothing to its left. */
    public static boolean isValid(long start, long end) {
        if (Long.compareUnsigned(start, end) >= 0) {
            return false;
        }
        if (start == 0) {
            return true;
        }
        long width = end - start;
        if (Long.compareUnsigned(width, 1L << 63) > 0) {
            return false; // only a subtree starting at 0 can be wider than 2^63
        }
        return (start & (bitCeil(width) - 1)) == 0;
    }

    /** Leaf {@code leafHash} at {@code index} lies in the subtree {@code [start, end)} whose hash is {@code subtreeRoot}. */
    public static Result verifyInclusion(long index, long start, long end, byte[] leafHash, List<byte[]> proof, byte[] subtreeRoot) {
        if (!isValid(start, end)) {
            return Result.INVALID_SUBTREE;
        }
        if (Long.compareUnsigned(index, start) < 0 || Long.compareUnsigned(index, end) >= 0) {
            return Result.INDEX_OUT_OF_RANGE;
        }
        return fromInclusion(ProofVerifier.verifyInclusion(index - start, end - start, leafHash, proof, subtreeRoot));
    }

    /**
     * The subtree {@code [start, end)} with hash {@code subtreeRoot} is part of the tree of {@code size} leaves whose
     * root is {@code root}. An empty subtree ({@code start == end}) has the hash of the empty tree and needs no proof.
     */
    public static Result verifyConsistency(long start, long end, long size, byte[] subtreeRoot, byte[] root, List<byte[]> proof) {
        if (Long.compareUnsigned(start, end) > 0) {
            return Result.INVALID_SUBTREE;
        }
        if (Long.compareUnsigned(end, size) > 0) {
            return Result.END_BEYOND_SIZE;
        }
        if (start == end) {
            if (!proof.isEmpty()) {
                return Result.WRONG_PROOF_LENGTH;
            }
            return MessageDigest.isEqual(subtreeRoot, new Rfc9162().emptyRoot()) ? Result.OK : Result.SUBTREE_ROOT_MISMATCH;
        }
        if (!isValid(start, end)) {
            return Result.INVALID_SUBTREE;
        }
        if (start == 0 && end == size) {
            if (!proof.isEmpty()) {
                return Result.WRONG_PROOF_LENGTH;
            }
            return MessageDigest.isEqual(subtreeRoot, root) ? Result.OK : Result.ROOT_MISMATCH;
        }
        if (proof.isEmpty()) {
            return Result.WRONG_PROOF_LENGTH;
        }
        for (byte[] p : proof) {
            if (p.length != H) {
                return Result.BAD_HASH_LENGTH;
            }
        }
        return end == size ? rightEdge(start, end, subtreeRoot, root, proof) : inside(start, end, size, subtreeRoot, root, proof);
    }

    /**
     * The subtree ends where the tree ends: its hash is a node on the tree's right border, and the proof holds one left
     * sibling for each level at which that node's ancestor is a right child.
     */
    private static Result rightEdge(long start, long end, byte[] subtreeRoot, byte[] root, List<byte[]> proof) {
        int height = bitLength((end - 1) ^ start);
        if (proof.size() != Long.bitCount(start >>> height)) {
            return Result.WRONG_PROOF_LENGTH;
        }
        Rfc9162 h = new Rfc9162();
        byte[] r = subtreeRoot;
        for (byte[] left : proof) {
            r = h.node(left, r);
        }
        return MessageDigest.isEqual(r, root) ? Result.OK : Result.ROOT_MISMATCH;
    }

    /**
     * The tree extends past the subtree. The proof first rebuilds the subtree's node twice from its rightmost perfect
     * part upward — once as the subtree alone (which must give {@code subtreeRoot}) and once as that node has grown in
     * the larger tree (right siblings below the level where the paths to {@code end - 1} and {@code size - 1} part) —
     * and the rest is an ordinary inclusion proof of the grown node among the nodes of its level.
     */
    private static Result inside(long start, long end, long size, byte[] subtreeRoot, byte[] root, List<byte[]> proof) {
        long last = end - 1;
        int fork = bitLength(last ^ (size - 1));
        int bottom = Long.numberOfTrailingZeros(end - start);   // level of the rightmost perfect part
        int height = bitLength(last ^ start);                     // level of the subtree's node
        boolean perfect = end - start == 1L << bottom;
        int first = perfect ? 0 : 1;                              // a perfect subtree's own hash is not in the proof
        long want = first + (fork - bottom) + Long.bitCount(last >>> fork);
        if (proof.size() != want) {
            return Result.WRONG_PROOF_LENGTH;
        }
        Rfc9162 h = new Rfc9162();
        byte[] alone = perfect ? subtreeRoot : proof.get(0);
        byte[] grown = alone;
        int i = first;
        for (int level = bottom; level < height; level++) {
            if (((last >>> level) & 1) == 1) {
                if (i >= proof.size()) {
                    return Result.WRONG_PROOF_LENGTH;
                }
                alone = h.node(proof.get(i), alone);
                grown = h.node(proof.get(i), grown);
                i++;
            } else if (level < fork) {
                if (i >= proof.size()) {
                    return Result.WRONG_PROOF_LENGTH;
                }
                grown = h.node(grown, proof.get(i));
                i++;
            }
        }
        if (!MessageDigest.isEqual(alone, subtreeRoot)) {
            return Result.SUBTREE_ROOT_MISMATCH;
        }
        long nodeIndex = start >>> height;
        long nodesAtLevel = ((size - 1) >>> height) + 1;
        return fromInclusion(ProofVerifier.verifyInclusion(nodeIndex, nodesAtLevel, grown, proof.subList(i, proof.size()), root));
    }

    private static Result fromInclusion(ProofVerifier.Failure f) {
        return switch (f) {
            case OK -> Result.OK;
            case INDEX_OUT_OF_RANGE -> Result.INDEX_OUT_OF_RANGE;
            case BAD_HASH_LENGTH -> Result.BAD_HASH_LENGTH;
            case WRONG_PROOF_LENGTH -> Result.WRONG_PROOF_LENGTH;
            default -> Result.ROOT_MISMATCH;
        };
    }

    /** Number of bits needed for unsigned {@code x} (0 for 0). */
    private static int bitLength(long x) {
        return 64 - Long.numberOfLeadingZeros(x);
    }

    /** Smallest power of two ≥ {@code n} (1 ≤ n ≤ 2^63, unsigned). */
    private static long bitCeil(long n) {
        return n <= 1 && n >= 0 ? 1 : 1L << bitLength(n - 1);
    }
}
