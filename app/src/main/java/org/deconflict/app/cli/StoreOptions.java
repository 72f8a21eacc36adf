package org.deconflict.app.cli;

import java.nio.file.Path;

import org.deconflict.app.config.StoreSettings;

import picocli.CommandLine.Option;

/** Where a pipeline command stores and writes its events (a picocli mixin); flags override the {@code store} section. */
public final class StoreOptions {

    @Option(names = "--db", paramLabel = "LOCATION",
            description = "store location: a SQLite file or postgresql://... (default: store.location, else "
                    + "./data/deconflict.db)")
    String db;

    @Option(names = "--no-store", description = "do not store anything")
    boolean noStore;

    @Option(names = "--events", paramLabel = "FILE", description = "also write every event as JSON lines to this file")
    Path events;

    /** The {@code store} section with these flags applied. */
    StoreSettings apply(StoreSettings s) {
        return new StoreSettings(db != null ? db : s.location(), s.enabled() && !noStore, s.positionIntervalS());
    }
}
