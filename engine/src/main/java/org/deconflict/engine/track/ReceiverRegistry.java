package org.deconflict.engine.track;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Known receivers by id (from configuration). Receivers not registered are not horizon-checked. Not thread-safe. */
public final class ReceiverRegistry {

    private final Map<Integer, ReceiverSite> sites = new LinkedHashMap<>();
    /** The last lookup (most observations come through the same receiver as the one before), or null. */
    private Hit last;

    private record Hit(int id, ReceiverSite site) {
    }

    /** Adds or replaces a receiver. */
    public ReceiverRegistry register(ReceiverSite site) {
        sites.put(site.id(), site);
        last = null;
        return this;
    }

    /** The receiver, or null when unknown. */
    public ReceiverSite find(int receiverId) {
        Hit h = last;
        if (h == null || h.id != receiverId) {
            h = new Hit(receiverId, sites.get(receiverId));
            last = h;
        }
        return h.site;
    }

    public Collection<ReceiverSite> all() {
        return Collections.unmodifiableCollection(sites.values());
    }
}
