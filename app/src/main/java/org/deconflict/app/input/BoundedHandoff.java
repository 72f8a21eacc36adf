package org.deconflict.app.input;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.slf4j.LoggerFactory;

/**
 * A bounded queue between threads (decoding input threads → the one engine thread) that never holds a producer
 * longer than its offer timeout: when full past the timeout it sheds, either the new item or the oldest one queued,
 * counts it, and says so in a warning line at most once per interval. Memory is the fixed capacity.
 * {@link #close()} refuses further offers (counted as shed) while consumers still drain what is queued.
 */
public final class BoundedHandoff<T> implements AutoCloseable {

    /** Which item is lost when the queue stays full. */
    public enum Overflow {
        /** Refuse the item being offered (keeps the oldest; good for replays). */
        DROP_NEWEST,
        /** Evict the oldest queued item to make room (keeps the freshest; good for live feeds). */
        DROP_OLDEST
    }

    /**
     * A snapshot of the counters. Every offered item is taken, queued or shed: {@code offered = taken + size + shed}
     * (under {@link Overflow#DROP_OLDEST} an accepted item may later be shed by eviction).
     */
    public record Stats(String name, int capacity, int size, int highWater, long offered, long accepted, long taken,
                        long shed) {
    }

    /** Default interval between two shed warnings. */
    public static final Duration DEFAULT_WARN_INTERVAL = Duration.ofSeconds(10);

    private final String name;
    private final Object[] ring;
    private final long offerTimeoutNanos;
    private final Overflow overflow;
    private final RateLimitedWarning warning;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private int head;
    private int size;
    private int highWater;
    private long offered;
    private long accepted;
    private long taken;
    private long shed;
    private boolean closed;

    /** A handoff whose shed warnings go to the log (SLF4J, WARN) every {@link #DEFAULT_WARN_INTERVAL} at most. */
    public BoundedHandoff(String name, int capacity, Duration offerTimeout, Overflow overflow) {
        this(name, capacity, offerTimeout, overflow, DEFAULT_WARN_INTERVAL,
                LoggerFactory.getLogger(BoundedHandoff.class)::warn, System::nanoTime);
    }

    /**
     * @param offerTimeout how long {@link #offer} may wait for room (zero: never wait)
     * @param warn         receives the rate-limited shed warning lines
     * @param nanoTime     monotonic clock for the warning interval
     */
    public BoundedHandoff(String name, int capacity, Duration offerTimeout, Overflow overflow, Duration warnInterval,
                          Consumer<String> warn, LongSupplier nanoTime) {
        if (capacity < 1 || offerTimeout.isNegative() || warnInterval.isNegative()) {
            throw new IllegalArgumentException("handoff " + name + ": capacity must be >= 1 and durations >= 0");
        }
        this.name = Objects.requireNonNull(name, "name");
        this.ring = new Object[capacity];
        this.offerTimeoutNanos = offerTimeout.toNanos();
        this.overflow = Objects.requireNonNull(overflow, "overflow");
        this.warning = new RateLimitedWarning("handoff '" + name + "' full (capacity " + capacity
                + ", consumer too slow)", warnInterval.toNanos(), warn, nanoTime);
    }

    /**
     * Queues {@code item}, waiting at most the offer timeout for room. Returns true if it was queued (under
     * {@link Overflow#DROP_OLDEST} possibly by evicting the oldest), false if it was shed or the handoff is closed.
     * Never throws on a full queue; an interrupt ends the wait early (the flag is kept).
     */
    public boolean offer(T item) {
        Objects.requireNonNull(item, "item");
        boolean queued;
        boolean lost;
        lock.lock();
        try {
            offered++;
            long nanos = offerTimeoutNanos;
            while (size == ring.length && !closed && nanos > 0) {
                try {
                    nanos = notFull.awaitNanos(nanos);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (closed) {
                queued = false;
                lost = true;
            } else if (size < ring.length) {
                queued = true;
                lost = false;
            } else if (overflow == Overflow.DROP_OLDEST) {
                ring[head] = null;
                head = (head + 1) % ring.length;
                size--;
                queued = true;
                lost = true;
            } else {
                queued = false;
                lost = true;
            }
            if (queued) {
                ring[(head + size) % ring.length] = item;
                size++;
                accepted++;
                highWater = Math.max(highWater, size);
                notEmpty.signal();
            }
            if (lost) {
                shed++;
            }
        } finally {
            lock.unlock();
        }
        if (lost) {
            warning.add(1);
        }
        return queued;
    }

    /** The oldest item, waiting up to {@code timeout}; null on timeout, or when closed and empty. */
    public T poll(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lockInterruptibly();
        try {
            while (size == 0) {
                if (closed || nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    /** The oldest item, waiting as long as needed; null once closed and empty. */
    public T take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (size == 0) {
                if (closed) {
                    return null;
                }
                notEmpty.await();
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    /** Moves up to {@code max} queued items, oldest first, into {@code sink} without waiting; returns how many. */
    public int drainTo(Collection<? super T> sink, int max) {
        lock.lock();
        try {
            int n = 0;
            while (n < max && size > 0) {
                sink.add(dequeue());
                n++;
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    private T dequeue() {
        T item = (T) ring[head];
        ring[head] = null;
        head = (head + 1) % ring.length;
        size--;
        taken++;
        notFull.signal();
        return item;
    }

    /** True once closed and every queued item has been taken. */
    public boolean isDrained() {
        lock.lock();
        try {
            return closed && size == 0;
        } finally {
            lock.unlock();
        }
    }

    /** A snapshot of the counters. */
    public Stats stats() {
        lock.lock();
        try {
            return new Stats(name, ring.length, size, highWater, offered, accepted, taken, shed);
        } finally {
            lock.unlock();
        }
    }

    /** Refuses further offers and wakes all waiters; queued items stay for consumers. Reports unreported sheds. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
        warning.flush();
    }
}
