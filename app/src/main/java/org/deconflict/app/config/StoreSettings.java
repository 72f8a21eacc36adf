package org.deconflict.app.config;

import org.deconflict.app.store.Store;
import org.deconflict.app.store.StoreWriter;

/**
 * The {@code store} section.
 *
 * @param location          a SQLite file or {@code postgresql://...} URL ({@link Store#open(String)})
 * @param enabled           false: nothing is stored (like {@code --no-store})
 * @param positionIntervalS stored positions are down-sampled to one per target per this many seconds
 */
public record StoreSettings(String location, boolean enabled, double positionIntervalS) {

    public static StoreSettings defaults() {
        return new StoreSettings(Store.DEFAULT_LOCATION, true,
                StoreWriter.Config.defaults().positionIntervalMs() / 1_000.0);
    }

    /** The store writer's settings with this section's down-sampling. */
    public StoreWriter.Config writerConfig() {
        return StoreWriter.Config.defaults().withPositionIntervalMs(Math.round(positionIntervalS * 1_000));
    }
}
