package org.deconflict.app.config;

import java.util.List;
import java.util.Objects;

import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.TrackerConfig;

/**
 * Everything {@code deconflict.yaml} configures: detector and tracker thresholds (the engine's own types, defaults
 * and their sources in {@link DetectionConfig#defaults()} and {@link TrackerConfig#defaults()}), receiver sites,
 * inputs, store, web server and ledger. Loaded by {@link ConfigLoader}; flags override it in the commands.
 */
public record DeconflictConfig(DetectionConfig detection, TrackerConfig tracker, List<ReceiverEntry> receivers,
                               List<InputEntry> inputs, StoreSettings store, WebSettings web, LedgerSettings ledger) {

    public DeconflictConfig {
        Objects.requireNonNull(detection);
        Objects.requireNonNull(tracker);
        receivers = List.copyOf(receivers);
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(store);
        Objects.requireNonNull(web);
        Objects.requireNonNull(ledger);
    }

    /** The configuration without any file: every default from the code. */
    public static DeconflictConfig defaults() {
        return new DeconflictConfig(DetectionConfig.defaults(), TrackerConfig.defaults(), List.of(), List.of(),
                StoreSettings.defaults(), WebSettings.defaults(), LedgerSettings.defaults());
    }

    /** The receiver sites, for the tracker. */
    public ReceiverRegistry receiverRegistry() {
        ReceiverRegistry r = new ReceiverRegistry();
        receivers.forEach(e -> r.register(e.site()));
        return r;
    }

    /** Receiver names (AIS tag-block sources) fixed to their configured ids. */
    public ReceiverNames receiverNames() {
        ReceiverNames n = new ReceiverNames();
        for (ReceiverEntry e : receivers) {
            if (e.name() != null) {
                n.register(e.name(), e.id());
            }
        }
        return n;
    }

    public DeconflictConfig withReceivers(List<ReceiverEntry> v) {
        return new DeconflictConfig(detection, tracker, v, inputs, store, web, ledger);
    }

    public DeconflictConfig withStore(StoreSettings v) {
        return new DeconflictConfig(detection, tracker, receivers, inputs, v, web, ledger);
    }

    public DeconflictConfig withWeb(WebSettings v) {
        return new DeconflictConfig(detection, tracker, receivers, inputs, store, v, ledger);
    }

    public DeconflictConfig withLedger(LedgerSettings v) {
        return new DeconflictConfig(detection, tracker, receivers, inputs, store, web, v);
    }
}
