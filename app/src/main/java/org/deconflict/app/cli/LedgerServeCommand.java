package org.deconflict.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.deconflict.app.http.LedgerServer;
import org.deconflict.ledger.Ledger;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deconflict ledger serve}: keeps a ledger for several parties and serves it over HTTP until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a ledger over HTTP: tlog-tiles checkpoint and tiles, proofs, parties, and filing of",
            "signed entries by other nodes (POST /ledger/entries) and of statements."})
public final class LedgerServeCommand implements Callable<Integer> {

    @Mixin
    LedgerDirOption dir;

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host = "0.0.0.0";

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE})")
    int port = 8081;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        try (Ledger ledger = Ledger.open(dir.dir); LedgerServer server = LedgerServer.start(ledger, host, port)) {
            Thread main = Thread.currentThread();
            Thread hook = new Thread(() -> {
                stop.countDown();
                try {
                    main.join(10_000); // let the server stop and the log close
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ledger-serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            spec.commandLine().getErr().println("ledger serve: " + ledger.parties().origin() + " (" + ledger.size()
                    + " entries) at http://" + host + ":" + server.port() + "/ledger/ — Ctrl-C to stop");
            stop.await();
        }
        return 0;
    }
}
