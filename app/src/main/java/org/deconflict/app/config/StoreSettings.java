package org.deconflict.app.config;

import org.deconflict.app.store.Store;

/**
 * The {@code store} section.
 *
 * @param location a SQLite file or {@code postgresql://...} URL ({@link Store#open(String)})
 * @param enabled  false: nothing is stored (like {@code --no-store})
 */
public record StoreSettings(String location, boolean enabled) {

    public static StoreSettings defaults() {
        return new StoreSettings(Store.DEFAULT_LOCATION, true);
    }
}
