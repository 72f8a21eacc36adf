package org.deconflict.app.pipeline.ledger;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;

import org.deconflict.ledger.Incident;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Rejection;
import org.deconflict.ledger.SignedEntry;
import org.deconflict.ledger.Submission;
import org.deconflict.ledger.note.NoteKeys;

/**
 * Files incidents on its own thread so the engine thread never waits for a signature or an fsync: one filer thread
 * signs each incident with the node's key and submits it with {@link Ledger#submitAsync} (the ledger commits in
 * batches, one fsync each). At most {@code capacity} incidents may be outstanding (offered, not yet durable or
 * refused); beyond that a new incident is shed — counted, and said loudly. Every incident offered ends in exactly one
 * of filed, rejected (by reason) or shed.
 */
final class IncidentFiler implements AutoCloseable {

    /** Shed warnings after the first are summed over this interval (wall time: this is operator output). */
    private static final long WARN_INTERVAL_NANOS = 10_000_000_000L;

    private final Function<byte[], CompletableFuture<Submission>> submit;
    private final NoteKeys.Signer key;
    private final BlockingQueue<Incident> queue = new LinkedBlockingQueue<>(); // holds at most capacity: see offer
    private final int capacity;
    private final Consumer<String> warn;
    private final Consumer<LedgerSink.Receipt> onFiled;
    private final Thread thread;
    private final LongAdder filed = new LongAdder();
    private final LongAdder shed = new LongAdder();
    private final Map<Rejection, LongAdder> rejected = new EnumMap<>(Rejection.class);
    private final Object lock = new Object();
    private long pending;              // offered and not yet filed or rejected; guarded by lock
    private long shedUnreported;       // guarded by lock
    private long lastShedWarnNanos;    // guarded by lock
    private boolean shedWarned;        // guarded by lock
    private volatile boolean closing;

    /** {@code submit} is normally {@link Ledger#submitAsync}: it must not block for the fsync. */
    IncidentFiler(Function<byte[], CompletableFuture<Submission>> submit, NoteKeys.Signer key, int capacity,
                  Consumer<String> warn, Consumer<LedgerSink.Receipt> onFiled) {
        this.submit = submit;
        this.key = key;
        this.capacity = capacity;
        this.warn = warn;
        this.onFiled = onFiled;
        for (Rejection r : Rejection.values()) {
            rejected.put(r, new LongAdder());
        }
        this.thread = new Thread(this::run, "ledger-filer-" + key.name());
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code incident} without blocking; false (counted and warned) when {@code capacity} are outstanding or closed. */
    boolean offer(Incident incident) {
        synchronized (lock) {
            if (!closing && pending < capacity) {
                queue.add(incident);
                pending++;
                return true;
            }
            shed.increment();
            shedUnreported++;
            long now = System.nanoTime();
            if (!shedWarned || now - lastShedWarnNanos >= WARN_INTERVAL_NANOS) {
                warn.accept("ledger: " + pending + " incidents already wait for the ledger — shed " + shedUnreported
                        + " incident(s), " + shed.sum() + " in all; they are NOT in the ledger (last: " + incident.id() + ")");
                shedUnreported = 0;
                lastShedWarnNanos = now;
                shedWarned = true;
            }
            return false;
        }
    }

    /** Waits until every incident offered so far is durable in the ledger or rejected. */
    void flush() throws InterruptedException {
        synchronized (lock) {
            while (pending > 0) {
                lock.wait();
            }
        }
    }

    long filed() {
        return filed.sum();
    }

    long shed() {
        return shed.sum();
    }

    long rejected(Rejection reason) {
        return rejected.get(reason).sum();
    }

    private void run() {
        while (true) {
            Incident next;
            try {
                next = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (next == null) {
                if (closing && queue.isEmpty()) {
                    return;
                }
                continue;
            }
            Incident incident = next;
            try {
                submit.apply(SignedEntry.incident(incident, key))
                        .whenComplete((s, err) -> resolved(incident, s, err));
            } catch (RuntimeException e) {
                resolved(incident, null, e);
            }
        }
    }

    private void resolved(Incident incident, Submission s, Throwable err) {
        try {
            if (s instanceof Submission.Accepted a) {
                filed.increment();
                onFiled.accept(new LedgerSink.Receipt(incident.id(), a.index(), a.leafHash()));
            } else {
                Submission.Rejected r = s instanceof Submission.Rejected x ? x
                        : new Submission.Rejected(Rejection.STORAGE_FAILED, String.valueOf(err));
                rejected.get(r.reason()).increment();
                warn.accept("ledger: incident " + incident.id() + " rejected: " + r.reason() + " — " + r.detail());
            }
        } finally {
            synchronized (lock) {
                pending--;
                lock.notifyAll();
            }
        }
    }

    /** Stops taking incidents, waits until everything queued is filed or rejected, and reports any unreported shedding. */
    @Override
    public void close() throws InterruptedException {
        synchronized (lock) {
            closing = true;
        }
        thread.join();
        flush();
        synchronized (lock) {
            if (shedUnreported > 0) {
                warn.accept("ledger: shed " + shedUnreported + " more incident(s), " + shed.sum() + " in all; they are NOT in the ledger");
                shedUnreported = 0;
            }
        }
    }
}
