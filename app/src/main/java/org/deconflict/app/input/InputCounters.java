package org.deconflict.app.input;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * The live, thread-safe counters behind {@link InputStats}; written by input threads, read by anyone. A feeder's
 * counters also add into their listening input's ({@code parent}).
 */
final class InputCounters {
    private static final InputError[] REASONS = InputError.values();

    private final InputId id;
    private final InputCounters parent;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong chunks = new AtomicLong();
    private final AtomicLong connects = new AtomicLong();
    private final AtomicLong disconnects = new AtomicLong();
    private final AtomicLongArray errors = new AtomicLongArray(REASONS.length);
    private final AtomicLong rejected = new AtomicLong();
    /** Rejects of the current connection already counted (input thread only; a connection starts at 0). */
    private long connectionRejectsSeen;
    private volatile String lastError;
    private volatile long lastDataNanos;
    private volatile InputState state = InputState.STARTING;
    private volatile LongSupplier sourceBytesRead;
    private volatile long sourceBytesTotal = -1;
    private volatile int activeFeeders;

    InputCounters(InputId id, InputCounters parent) {
        this.id = id;
        this.parent = parent;
    }

    InputId id() {
        return id;
    }

    void chunk(int len, long receivedNanos) {
        bytes.addAndGet(len);
        chunks.incrementAndGet();
        lastDataNanos = receivedNanos;
        if (parent != null) {
            parent.chunk(len, receivedNanos);
        }
    }

    long bytes() {
        return bytes.get();
    }

    void connected() {
        connectionRejectsSeen = 0;
        connects.incrementAndGet();
        if (parent != null) {
            parent.connected();
        }
    }

    void disconnected() {
        disconnects.incrementAndGet();
        if (parent != null) {
            parent.disconnected();
        }
    }

    /** The framer of the current connection has refused {@code total} frames or lines so far; adds what is new. */
    void connectionRejects(long total) {
        long more = total - connectionRejectsSeen;
        if (more > 0) {
            connectionRejectsSeen = total;
            addRejected(more);
        }
    }

    private void addRejected(long n) {
        rejected.addAndGet(n);
        if (parent != null) {
            parent.addRejected(n);
        }
    }

    void error(InputError reason, String text) {
        errors.incrementAndGet(reason.ordinal());
        lastError = reason + ": " + text;
        if (parent != null) {
            parent.error(reason, id.name() + ": " + text);
        }
    }

    void state(InputState s) {
        state = s;
    }

    InputState state() {
        return state;
    }

    void source(LongSupplier bytesRead, long totalBytes) {
        sourceBytesRead = bytesRead;
        sourceBytesTotal = totalBytes;
    }

    void activeFeeders(int n) {
        activeFeeders = n;
    }

    InputStats snapshot() {
        Map<InputError, Long> byReason = new EnumMap<>(InputError.class);
        for (InputError r : REASONS) {
            byReason.put(r, errors.get(r.ordinal()));
        }
        long delivered = bytes.get();
        LongSupplier src = sourceBytesRead;
        return new InputStats(id, state, delivered, chunks.get(), connects.get(), disconnects.get(), byReason,
                lastError, lastDataNanos, src == null ? delivered : src.getAsLong(), sourceBytesTotal, activeFeeders,
                rejected.get());
    }
}
