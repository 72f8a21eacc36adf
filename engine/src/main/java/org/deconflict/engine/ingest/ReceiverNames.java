package org.deconflict.engine.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps receiver names (AIS tag-block sources, feed names) to the compact int ids observations carry. Id 0 is the
 * unknown receiver (null or empty name); names get ids from 1 in order of first use unless registered. Not thread-safe.
 */
public final class ReceiverNames {

    /** Id of observations whose receiver is not known. */
    public static final int UNKNOWN = 0;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>(List.of(""));
    private int next = 1;

    /** Fixes the id of a name (e.g. from configuration); ids must be positive and unused. */
    public void register(String name, int id) {
        if (id <= 0 || ids.containsKey(name) || nameOf(id) != null) {
            throw new IllegalArgumentException("receiver " + name + " / id " + id + " already registered or invalid");
        }
        ids.put(name, id);
        while (names.size() <= id) {
            names.add(null);
        }
        names.set(id, name);
        next = Math.max(next, id + 1);
    }

    /** The id of a name, assigning the next free one on first use. */
    public int idOf(String name) {
        if (name == null || name.isEmpty()) {
            return UNKNOWN;
        }
        Integer id = ids.get(name);
        if (id == null) {
            id = next++;
            register(name, id);
        }
        return id;
    }

    /** The name of an id, or null. */
    public String nameOf(int id) {
        return id >= 0 && id < names.size() ? names.get(id) : null;
    }

    /** The receivers of one message (names in arrival order). */
    public ReceiverList listOf(List<String> sourceNames) {
        int[] out = new int[sourceNames.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = idOf(sourceNames.get(i));
        }
        return ReceiverList.of(out);
    }
}
