package org.deconflict.engine.track;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Known receivers by id (from configuration). Receivers not registered are not horizon-checked. Not thread-safe. */
public final class ReceiverRegistry {

    private final Map<Integer, ReceiverSite> sites = new LinkedHashMap<>();

    /** Adds or replaces a receiver. */
    public ReceiverRegistry register(ReceiverSite site) {
        sites.put(site.id(), site);
        return this;
    }

    /** The receiver, or null when unknown. */
    public ReceiverSite find(int receiverId) {
        return sites.get(receiverId);
    }

    public Collection<ReceiverSite> all() {
        return Collections.unmodifiableCollection(sites.values());
    }
}
