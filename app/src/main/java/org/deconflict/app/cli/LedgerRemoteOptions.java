package org.deconflict.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.deconflict.app.pipeline.ledger.LedgerSink;

import picocli.CommandLine.Option;

/**
 * Options of a run that files its incidents into a ledger kept by another node over HTTP as well as into its own
 * (a picocli mixin: {@code @Mixin LedgerRemoteOptions ledgerRemote;} then {@link #attach} once the pipeline exists).
 */
public final class LedgerRemoteOptions {

    @Option(names = "--ledger-url", paramLabel = "URL",
            description = "also file this node's incidents into the ledger kept by the node at URL (http://host:port)")
    String url;

    @Option(names = "--ledger-log-key", paramLabel = "VERIFIER_KEY",
            description = "that ledger's log verifier key (default: pinned on first contact)")
    String logKey;

    /** Starts filing into the remote ledger through {@code sinkOrNull}; nothing without --ledger-url. */
    public void attach(LedgerSink sinkOrNull) {
        if (url == null) {
            return;
        }
        if (sinkOrNull == null) {
            throw new IllegalArgumentException("--ledger-url needs this node's own ledger (it is the outbox): drop --no-ledger");
        }
        try {
            sinkOrNull.forwardTo(url, logKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot file into " + url + ": " + e.getMessage(), e);
        }
    }
}
