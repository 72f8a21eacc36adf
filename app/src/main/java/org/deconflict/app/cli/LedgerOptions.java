package org.deconflict.app.cli;

import java.nio.file.Path;

import org.deconflict.app.config.LedgerSettings;
import org.deconflict.app.http.LedgerAccess;
import org.deconflict.app.pipeline.Pipeline;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a run files its incidents (a picocli mixin shared by {@code demo}, {@code run} and {@code replay}): this node's own ledger,
 * and optionally a ledger kept by another node over HTTP. Flags override the configuration's {@code ledger} section.
 */
public final class LedgerOptions {

    @Option(names = "--ledger", paramLabel = "DIR",
            description = "ledger directory of this node (default: ledger.dir, else ./data/ledger)")
    Path dir;

    @Option(names = "--no-ledger", description = "do not file incidents into the ledger")
    boolean off;

    @Option(names = "--node", description = "this node's name in the ledger (default: ledger.node, else deconflict-node)")
    String node;

    @Option(names = "--nation", description = "ISO 3166 code of the party running this node (default: ledger.nation)")
    String nation;

    @Mixin
    LedgerRemoteOptions remote;

    /** The {@code ledger} section with these flags applied. */
    LedgerSettings apply(LedgerSettings s) {
        return new LedgerSettings(dir != null ? dir.toString() : s.dir(), node != null ? node : s.node(),
                nation != null ? nation : s.nation(), s.minSeverity(), s.enabled() && !off);
    }

    /** {@code b} filing into the ledger {@code s} describes (nothing when it is disabled). */
    static Pipeline.Builder fileInto(Pipeline.Builder b, LedgerSettings s) {
        return b.ledger(s.enabled() ? Path.of(s.dir()) : null, s.node(), s.nation(), s.minSeverity());
    }

    /**
     * Starts filing into the remote ledger of {@code --ledger-url}, if given; on failure closes {@code pipeline} and
     * rethrows (the message is one line for the user).
     */
    void attachRemote(Pipeline pipeline) {
        try {
            remote.attach(pipeline.ledgerSink());
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /** The pipeline's ledger for the web server's ledger endpoints, or null when the run keeps none. */
    static LedgerAccess webAccess(Pipeline pipeline) {
        return pipeline.ledgerSink() == null ? null : new LedgerAccess(pipeline.ledgerSink().ledger());
    }
}
