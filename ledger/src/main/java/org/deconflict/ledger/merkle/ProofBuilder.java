package org.deconflict.ledger.merkle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Builds RFC 9162 §2.1.3.1 inclusion and §2.1.4.1 consistency proofs from stored perfect-subtree hashes. */
public final class ProofBuilder {

    private final NodeSource nodes;
    private final Rfc9162 hasher = new Rfc9162();

    public ProofBuilder(NodeSource nodes) {
        this.nodes = nodes;
    }

    /** MTH of leaves {@code [lo, hi)}; {@code hi - lo >= 1}. */
    public byte[] rangeHash(long lo, long hi) throws IOException {
        long n = hi - lo;
        if ((n & (n - 1)) == 0 && (lo & (n - 1)) == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return nodes.node(level, lo >>> level);
        }
        long k = Long.highestOneBit(n - 1);
        return hasher.node(rangeHash(lo, lo + k), rangeHash(lo + k, hi));
    }

    /** Root hash of the tree of {@code size} leaves. */
    public byte[] root(long size) throws IOException {
        return size == 0 ? hasher.emptyRoot() : rangeHash(0, size);
    }

    /** PATH(index, D[size]) of RFC 9162 §2.1.3.1; requires index < size (unsigned). */
    public List<byte[]> inclusion(long index, long size) throws IOException {
        if (Long.compareUnsigned(index, size) >= 0) {
            throw new IllegalArgumentException("index " + Long.toUnsignedString(index) + " not below size " + Long.toUnsignedString(size));
        }
        List<byte[]> out = new ArrayList<>(64);
        path(index, 0, size, out);
        return out;
    }

    private void path(long m, long lo, long hi, List<byte[]> out) throws IOException {
        long n = hi - lo;
        if (n == 1) {
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (Long.compareUnsigned(m, k) < 0) {
            path(m, lo, lo + k, out);
            out.add(rangeHash(lo + k, hi));
        } else {
            path(m - k, lo + k, hi, out);
            out.add(rangeHash(lo, lo + k));
        }
    }

    /** PROOF(size1, D[size2]) of RFC 9162 §2.1.4.1; requires 0 < size1 <= size2 (unsigned). */
    public List<byte[]> consistency(long size1, long size2) throws IOException {
        if (size1 == 0 || Long.compareUnsigned(size1, size2) > 0) {
            throw new IllegalArgumentException("need 0 < size1 <= size2, got " + Long.toUnsignedString(size1) + ", " + Long.toUnsignedString(size2));
        }
        List<byte[]> out = new ArrayList<>(64);
        subproof(size1, 0, size2, true, out);
        return out;
    }

    private void subproof(long m, long lo, long hi, boolean complete, List<byte[]> out) throws IOException {
        long n = hi - lo;
        if (m == n) {
            if (!complete) {
                out.add(rangeHash(lo, hi));
            }
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (Long.compareUnsigned(m, k) <= 0) {
            subproof(m, lo, lo + k, complete, out);
            out.add(rangeHash(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, out);
            out.add(rangeHash(lo, lo + k));
        }
    }
}
