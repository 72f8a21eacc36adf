package org.deconflict.ledger.merkle;

import java.io.IOException;

/** Gives the hash of a perfect, aligned subtree: {@code 2^level} leaves starting at leaf {@code index << level}. */
@FunctionalInterface
public interface NodeSource {

    /** The stored hash of node (level, index); the caller only asks for nodes wholly inside the published tree. */
    byte[] node(int level, long index) throws IOException;
}
