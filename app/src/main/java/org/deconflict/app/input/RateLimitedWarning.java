package org.deconflict.app.input;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Says loudly, but at most once per interval, that items are being shed: the first loss is reported at once, later
 * ones are summed and reported when the interval has passed (or on {@link #flush()}), so nothing lost goes unsaid.
 */
final class RateLimitedWarning {
    private final String what;
    private final long intervalNanos;
    private final Consumer<String> sink;
    private final LongSupplier nanoTime;
    private long pending;
    private long total;
    private long lastEmitNanos;
    private boolean emittedOnce;

    RateLimitedWarning(String what, long intervalNanos, Consumer<String> sink, LongSupplier nanoTime) {
        this.what = what;
        this.intervalNanos = intervalNanos;
        this.sink = sink;
        this.nanoTime = nanoTime;
    }

    /** Records {@code n} more items lost; emits a line if the interval allows. */
    synchronized void add(long n) {
        pending += n;
        total += n;
        long now = nanoTime.getAsLong();
        if (!emittedOnce || now - lastEmitNanos >= intervalNanos) {
            emit(now);
        }
    }

    /** Emits the pending count, if any, regardless of the interval. */
    synchronized void flush() {
        if (pending > 0) {
            emit(nanoTime.getAsLong());
        }
    }

    private void emit(long now) {
        String since = emittedOnce
                ? String.format(Locale.ROOT, " in the last %.1f s", (now - lastEmitNanos) / 1e9) : "";
        sink.accept(what + ": shed " + pending + " items" + since + ", " + total + " in all");
        pending = 0;
        lastEmitNanos = now;
        emittedOnce = true;
    }
}
