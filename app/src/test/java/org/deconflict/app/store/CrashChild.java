package org.deconflict.app.store;

import java.util.List;

/**
 * The child JVM of {@link CrashCheck}: resumes from the stored replay progress of input {@value #INPUT} and writes
 * numbered batches for ever (200 positions of target {@code crash:B} and event {@code batch-B}, then progress
 * {@code B * 1000} bytes), printing {@code COMMITTED B} once {@link StoreWriter#flush()} returned. Killed by the parent.
 */
public final class CrashChild {

    static final String INPUT = "crash-input";
    static final int POSITIONS_PER_BATCH = 200;
    /** Smaller than a batch, so each numbered batch spans two transactions and the kill may fall between them. */
    static final int WRITER_BATCH_ROWS = 150;
    static final long BYTES_PER_BATCH = 1_000;

    private CrashChild() {
    }

    public static void main(String[] args) {
        String location = args[0];
        try (Store store = Store.open(location);
             StoreWriter w = new StoreWriter(store, new StoreWriter.Config(WRITER_BATCH_ROWS, 60_000, 0, 2))) {
            long first = store.progress(INPUT).map(p -> p.byteOffset() / BYTES_PER_BATCH + 1).orElse(1L);
            System.out.println("RESUMED " + first);
            System.out.flush();
            for (long b = first; ; b++) {
                for (int i = 0; i < POSITIONS_PER_BATCH; i++) {
                    w.add(new PositionRow("crash:" + b, StoreContractTests.T0 + i, 50 + i * 1e-4, 10, 1000.0, 200.0,
                            90.0, "sim"));
                }
                w.add(new EventRow("batch-" + b, "crash-test", StoreContractTests.T0 + b, List.of("crash:" + b), null,
                        "{\"batch\": " + b + "}"));
                w.progress(new ReplayProgress(INPUT, b * BYTES_PER_BATCH, StoreContractTests.T0 + b));
                w.flush();
                System.out.println("COMMITTED " + b);
                System.out.flush();
            }
        }
    }
}
