package org.deconflict.engine.detect;

import java.io.Serializable;

import org.deconflict.engine.event.EncounterType;

/**
 * The open encounters of one pair of targets, one slot per {@link EncounterType}; both tracks of the pair hold the
 * same instance, so a detector finds a pair's open encounter of any type with one short scan of its own track's
 * partners instead of a map lookup. Keys, not track references, keep the serialised graph shallow.
 */
final class OpenPair implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TYPES = EncounterType.values().length;

    /** The lower and the higher target key. */
    final long lo;
    final long hi;
    private final OpenEncounter[] byType = new OpenEncounter[TYPES];
    private int open;

    OpenPair(long lo, long hi) {
        this.lo = lo;
        this.hi = hi;
    }

    /** The key of the pair member that is not {@code key}. */
    long other(long key) {
        return key == lo ? hi : lo;
    }

    OpenEncounter get(EncounterType type) {
        return byType[type.ordinal()];
    }

    void put(EncounterType type, OpenEncounter e) {
        if (byType[type.ordinal()] == null) {
            open++;
        }
        byType[type.ordinal()] = e;
    }

    /** Empties a slot; returns true when no encounter of the pair remains open. */
    boolean clear(EncounterType type) {
        if (byType[type.ordinal()] != null) {
            byType[type.ordinal()] = null;
            open--;
        }
        return open == 0;
    }
}
