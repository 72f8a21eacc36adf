package org.deconflict.engine.track;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Known receivers by id (from configuration). Receivers not registered are not horizon-checked. Not thread-safe. */
public final class ReceiverRegistry {

    private final Map<Integer, ReceiverSite> sites = new LinkedHashMap<>();
    /** The last lookup (most observations come through the same receiver as the one before): its id, or −1 for none. */
    private int lastId = -1;
    /** The receiver {@link #lastId} names, or null when it is unknown. */
    private ReceiverSite lastSite;

    /** Adds or replaces a receiver. */
    public ReceiverRegistry register(ReceiverSite site) {
        sites.put(site.id(), site);
        lastId = -1;
        return this;
    }

    /** The receiver, or null when unknown. */
    public ReceiverSite find(int receiverId) {
        if (receiverId != lastId || receiverId < 0) {
            lastSite = sites.get(receiverId);
            lastId = receiverId;
        }
        return lastSite;
    }

    public Collection<ReceiverSite> all() {
        return Collections.unmodifiableCollection(sites.values());
    }
}
