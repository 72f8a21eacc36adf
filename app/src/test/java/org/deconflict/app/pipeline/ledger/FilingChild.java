package org.deconflict.app.pipeline.ledger;

import java.nio.file.Path;
import java.util.HexFormat;

import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.engine.event.Severity;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.track.ReceiverRegistry;

/**
 * A node that files low passes into {@code args[0]} (its default ledger, created on first use) for ever, printing
 * {@code FILED <index> <leaf hash hex> <incident id>} for each receipt; {@link FiledSurvivesCrashTest} kills it.
 */
public final class FilingChild {

    private FilingChild() {
    }

    public static void main(String[] args) throws Exception {
        EngineCore core = EngineCore.withDefaults(new ReceiverRegistry(), new ReceiverNames());
        LedgerSink sink = LedgerSink.open(Path.of(args[0]), "se-node", "SE", core, LedgerSink.Config.defaults()
                .withOnFiled(r -> {
                    synchronized (System.out) {
                        System.out.println("FILED " + r.index() + " " + HexFormat.of().formatHex(r.leafHash()) + " " + r.incidentId());
                        System.out.flush();
                    }
                }));
        System.out.println("READY");
        System.out.flush();
        for (long n = 0; ; n++) {
            sink.onEvent(LedgerSinkTest.lowPass(args[1] + "-" + n, n % 4 == 3 ? Severity.E : Severity.A,
                    LedgerSinkTest.T0 + n * LedgerSinkTest.S));
            Thread.sleep(2);
        }
    }
}
