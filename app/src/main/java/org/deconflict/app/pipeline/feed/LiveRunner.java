package org.deconflict.app.pipeline.feed;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.deconflict.app.input.BoundedHandoff;
import org.deconflict.app.input.ChunkHandlers;
import org.deconflict.app.input.InputConfig;
import org.deconflict.app.input.InputGroup;
import org.deconflict.app.input.InputSpec;
import org.deconflict.app.input.InputStats;
import org.deconflict.app.input.ReceiverIds;
import org.deconflict.app.pipeline.EngineCore;

/**
 * Live monitoring: network inputs decode on their own threads (one {@link FrameDecoder} per connection) and hand
 * immutable {@link FeedItem}s through one {@link BoundedHandoff} to a single engine thread, so the engine stays
 * deterministic and single-threaded. When the engine falls behind, the oldest queued items are shed, counted and
 * reported on the console at most every {@link #WARN_INTERVAL}; a reader never waits ({@link #OFFER_TIMEOUT}).
 * Memory is bounded by the queue capacity. {@link #close()} stops the inputs, delivers everything already queued and
 * ends the engine thread; the caller then closes its pipeline.
 */
public final class LiveRunner implements AutoCloseable {

    /**
     * An input thread never waits for room: when the engine is behind and the queue full, the oldest item is shed at
     * once. Waiting would throttle the socket reader to one frame per wait and push the backlog onto the feeder.
     */
    static final Duration OFFER_TIMEOUT = Duration.ZERO;
    static final Duration WARN_INTERVAL = Duration.ofSeconds(10);
    /** With arrival-time stamps, engine time follows the wall clock through silences, this far behind it. */
    static final long IDLE_LAG_NANOS = 1_000_000_000L;
    private static final Duration IDLE_POLL = Duration.ofMillis(200);
    /**
     * An SBS record's own time further than this from its arrival is not believed (a feeder writing local time, as
     * dump1090 does, is off by whole time-zone hours); a few minutes cover feeder clocks without NTP.
     */
    static final long SBS_MAX_SKEW_NANOS = Duration.ofMinutes(5).toNanos();

    private final EngineCore core;
    private final BoundedHandoff<FeedItem> queue;
    private final InputGroup inputs;
    private final Thread engine;
    private final InputConfig config;
    private final boolean arrivalTime;
    private volatile Throwable engineFailure;
    private volatile long delivered;

    /**
     * Starts the inputs and the engine thread.
     *
     * @param tickZeroNanos null: Mode S event time is arrival time; else the instant the receivers' 12 MHz counters
     *                      read zero (frames without a counter still take arrival time)
     * @param warnings      where shed warnings go (the console)
     */
    public LiveRunner(EngineCore core, List<InputSpec> specs, InputConfig config, int queueCapacity,
                      Long tickZeroNanos, PrintStream warnings) {
        this.core = core;
        this.config = config;
        this.arrivalTime = tickZeroNanos == null;
        this.queue = new BoundedHandoff<>("engine", queueCapacity, OFFER_TIMEOUT,
                BoundedHandoff.Overflow.DROP_OLDEST, WARN_INTERVAL, line -> warnings.println("WARNING: " + line
                        + " — the engine is falling behind, oldest input shed"), System::nanoTime);
        this.engine = new Thread(this::engineLoop, "dc-engine");
        engine.start();
        try {
            this.inputs = InputGroup.start(specs, ChunkHandlers.perConnection(id -> new FrameDecoder(id.format(),
                    id.receiverId(), tickZeroNanos == null ? null : TickClock.countingFrom(tickZeroNanos),
                    queue::offer, SBS_MAX_SKEW_NANOS)), config, new ReceiverIds());
        } catch (RuntimeException e) {
            queue.close();
            joinEngine();
            throw e;
        }
        core.addCounters(this::rejectCounters);
    }

    /** {@code input.<name>.rejected}: frames or lines each input's framers refused, over all its connections. */
    private List<EngineCore.Counter> rejectCounters() {
        List<EngineCore.Counter> out = new ArrayList<>();
        for (InputStats s : inputs.stats()) {
            out.add(new EngineCore.Counter("input." + s.id().name() + ".rejected", s.rejected()));
        }
        return out;
    }

    private void engineLoop() {
        try {
            // Observations are held only while a backlog waits in the queue: whenever it runs dry they are applied,
            // so a listener never waits on input that has not arrived, and a backlog is worked off in batches
            core.batching(true);
            while (true) {
                FeedItem item = queue.poll(Duration.ZERO);
                if (item == null) {
                    core.flush();
                    item = queue.poll(IDLE_POLL);
                }
                if (item != null) {
                    item.deliverTo(core);
                    delivered++;
                } else if (queue.isDrained()) {
                    core.batching(false);
                    return;
                } else if (arrivalTime) {
                    core.advanceTo(config.clock().epochNanos() - IDLE_LAG_NANOS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            engineFailure = e;
            queue.close();
        }
    }

    /** The inputs' counters, in the order of their specs. */
    public List<InputStats> inputStats() {
        return inputs.stats();
    }

    public InputGroup inputs() {
        return inputs;
    }

    /** The queue's counters (offered, taken, shed, high water). */
    public BoundedHandoff.Stats queueStats() {
        return queue.stats();
    }

    /** Items handed to the engine so far. */
    public long delivered() {
        return delivered;
    }

    /** Why the engine thread stopped early, or null. */
    public Throwable engineFailure() {
        return engineFailure;
    }

    /** Waits until the engine thread ends (only after {@link #close()} or a failure); true if it did. */
    public boolean awaitEngine(Duration timeout) throws InterruptedException {
        engine.join(Math.max(1, timeout.toMillis()));
        return !engine.isAlive();
    }

    /** One line on the queue: items delivered, shed, high water. */
    public String describeQueue() {
        BoundedHandoff.Stats s = queue.stats();
        return String.format(Locale.ROOT, "queue: %,d items to the engine, %,d shed, high water %,d of %,d",
                s.taken(), s.shed(), s.highWater(), s.capacity());
    }

    /** Stops the inputs (their last bytes are framed and queued), then lets the engine drain the queue and end. */
    @Override
    public void close() {
        inputs.close();
        queue.close();
        joinEngine();
    }

    private void joinEngine() {
        try {
            engine.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
