package org.deconflict.app.config;

import org.deconflict.app.pipeline.ledger.LedgerSink;
import org.deconflict.engine.event.Severity;

/**
 * The {@code ledger} section: where {@code demo}, {@code run} and {@code replay} file their incidents.
 *
 * @param dir         this node's ledger directory
 * @param node        this node's name in the ledger
 * @param nation      ISO 3166 code of the party running the node, or null
 * @param minSeverity incidents of this severity or worse are filed
 * @param enabled     false: file nothing (like {@code --no-ledger})
 */
public record LedgerSettings(String dir, String node, String nation, Severity minSeverity, boolean enabled) {

    /** Node name used when none is configured. */
    public static final String DEFAULT_NODE = "deconflict-node";

    public static LedgerSettings defaults() {
        return new LedgerSettings(LedgerSink.DEFAULT_DIR.toString(), DEFAULT_NODE, null,
                LedgerSink.DEFAULT_MIN_SEVERITY, true);
    }
}
