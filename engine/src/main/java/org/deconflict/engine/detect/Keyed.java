package org.deconflict.engine.detect;

import java.io.Serializable;

/** An object that carries its own {@code long} key, so a {@link KeyedMap} compares slots by it without a key array. */
abstract class Keyed implements Serializable {

    private static final long serialVersionUID = 1L;

    final long key;

    Keyed(long key) {
        this.key = key;
    }
}
