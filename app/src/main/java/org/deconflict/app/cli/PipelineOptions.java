package org.deconflict.app.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deconflict.app.config.ConfigLoader;
import org.deconflict.app.config.DeconflictConfig;
import org.deconflict.app.config.ReceiverEntry;
import org.deconflict.app.input.Sources;
import org.deconflict.app.pipeline.Pipeline;
import org.deconflict.app.pipeline.feed.ReceiverOptions;
import org.deconflict.engine.track.ReceiverSite;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code run} and {@code replay} share (a picocli mixin): configuration file and overrides, receiver
 * sites, store and event file, and the instant the 12 MHz counters read zero. Flags override the file.
 */
public final class PipelineOptions {

    @Mixin
    ConfigOptions config;

    @Mixin
    StoreOptions store;

    @Option(names = "--receiver", paramLabel = "ID:LAT,LON[,HEIGHT_M]",
            description = "position of receiver ID (horizon checks, local CPR); repeatable; replaces the receivers "
                    + "entry of the same id")
    List<String> receivers = new ArrayList<>();

    @Option(names = "--start", paramLabel = "ISO-8601",
            description = "take Mode S event time from the Beast/AVR 12 MHz counter, which read zero at this instant "
                    + "(e.g. a re-broadcast recording or deconflict simulate)")
    String start;

    /**
     * The effective configuration: the file, its {@code --set} overrides, then these flags. Says on {@code err} which
     * file was read. Mistakes are {@link org.deconflict.app.config.ConfigException}s or
     * {@link Sources.InputException}s (one line each).
     */
    DeconflictConfig resolve(String command, PrintStream err) {
        ConfigLoader.Loaded loaded = config.load();
        if (loaded.file() != null) {
            err.println(command + ": configuration from " + loaded.file());
        }
        DeconflictConfig c = loaded.config();
        Map<Integer, ReceiverEntry> sites = new LinkedHashMap<>();
        c.receivers().forEach(r -> sites.put(r.id(), r));
        for (ReceiverSite s : ReceiverOptions.parse(receivers).all()) {
            ReceiverEntry old = sites.get(s.id());
            sites.put(s.id(), new ReceiverEntry(s.id(), old == null ? null : old.name(), s.latDeg(), s.lonDeg(),
                    s.antennaHeightM(), old == null ? s.kind() : old.kind()));
        }
        return c.withReceivers(List.copyOf(sites.values())).withStore(store.apply(c.store()));
    }

    /** {@code --start} in ns since the Unix epoch, or null when not given. */
    Long startNanos() {
        return start == null ? null : parseInstantNanos("--start", start);
    }

    /**
     * A pipeline configured by {@code c}: thresholds, receivers, incident lines on stdout, the store (its gate shut
     * while {@code storeGateOpen} is false, see {@link Pipeline.Builder#store(String, boolean)}), the event file.
     */
    Pipeline.Builder pipeline(DeconflictConfig c, boolean storeGateOpen) {
        return Pipeline.builder(c.receiverRegistry(), c.receiverNames())
                .detection(c.detection())
                .tracker(c.tracker())
                .console(System.out)
                .store(c.store().enabled() ? c.store().location() : null, storeGateOpen)
                .storeWriter(c.store().writerConfig())
                .events(store.events);
    }

    /** Parses an ISO-8601 instant ({@code 2014-03-03T12:00:00Z}), ns since the Unix epoch. */
    static long parseInstantNanos(String option, String text) {
        try {
            Instant t = Instant.parse(text.strip());
            return t.getEpochSecond() * 1_000_000_000L + t.getNano();
        } catch (DateTimeParseException e) {
            throw new Sources.InputException(option + " " + text + ": expected an ISO-8601 instant such as "
                    + "2014-03-03T12:00:00Z");
        }
    }
}
