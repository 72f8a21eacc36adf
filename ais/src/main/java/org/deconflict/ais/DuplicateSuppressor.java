package org.deconflict.ais;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Collapses copies of one transmission heard by several receivers (or relayed by several networks) into one
 * {@link Heard} with the list of sources. Copies are recognised by identical payload bits within a window of event
 * time after the first copy; a message is released when event time has moved past its window (or when more than
 * {@code maxOpen} messages are open, or on {@link #flush()}), in order of first arrival. Reports without event time
 * are windowed by arrival count instead ({@code maxOpen}). Not thread-safe.
 */
public final class DuplicateSuppressor {

    /** Default window: relays of one slot reach a national feed within seconds (DMA feed practice). */
    public static final long DEFAULT_WINDOW_MILLIS = 10_000;
    public static final int DEFAULT_MAX_OPEN = 10_000;

    /**
     * One transmission and every source that reported it.
     *
     * @param report   the first copy received
     * @param sources  distinct sources in arrival order (an unknown source is listed as "")
     * @param copies   number of copies received, including the first
     */
    public record Heard(AisReport report, List<String> sources, int copies) {
    }

    private static final class Open {
        final AisReport first;
        final List<String> sources = new ArrayList<>(3);
        int copies = 1;

        Open(AisReport first) {
            this.first = first;
            sources.add(first.source());
        }
    }

    private final long windowMillis;
    private final int maxOpen;
    private final Consumer<Heard> sink;
    private final Map<Long, Open> byKey = new HashMap<>();
    private final ArrayDeque<Open> order = new ArrayDeque<>();
    private long latestMillis = TagBlock.NO_TIME;
    private long duplicates;

    public DuplicateSuppressor(Consumer<Heard> sink) {
        this(sink, DEFAULT_WINDOW_MILLIS, DEFAULT_MAX_OPEN);
    }

    public DuplicateSuppressor(Consumer<Heard> sink, long windowMillis, int maxOpen) {
        this.sink = sink;
        this.windowMillis = windowMillis;
        this.maxOpen = maxOpen;
    }

    /** Offers one decoded report; may release earlier messages whose window has closed. */
    public void offer(AisReport r) {
        if (r.hasTime() && (latestMillis == TagBlock.NO_TIME || r.timeMillis() > latestMillis)) {
            latestMillis = r.timeMillis();
        }
        releaseExpired();
        long key = r.payloadHash();
        Open o = byKey.get(key);
        if (o != null && o.first.bitLength() == r.bitLength() && !expired(o)) {
            o.copies++;
            duplicates++;
            if (!o.sources.contains(r.source())) {
                o.sources.add(r.source());
            }
            return;
        }
        if (o != null) {
            release(o);
        }
        Open n = new Open(r);
        byKey.put(key, n);
        order.addLast(n);
        while (order.size() > maxOpen) {
            release(order.peekFirst());
        }
    }

    /** Releases every open message (end of input). */
    public void flush() {
        while (!order.isEmpty()) {
            release(order.peekFirst());
        }
    }

    /** Copies suppressed so far. */
    public long duplicates() {
        return duplicates;
    }

    private boolean expired(Open o) {
        return o.first.hasTime() && latestMillis != TagBlock.NO_TIME && latestMillis - o.first.timeMillis() > windowMillis;
    }

    private void releaseExpired() {
        while (!order.isEmpty()) {
            Open o = order.peekFirst();
            if (!expired(o)) {
                return;
            }
            release(o);
        }
    }

    private void release(Open o) {
        order.remove(o); // usually the head: O(1)
        byKey.remove(o.first.payloadHash(), o);
        sink.accept(new Heard(o.first, List.copyOf(nullSafe(o.sources)), o.copies));
    }

    private static List<String> nullSafe(List<String> sources) {
        if (!sources.contains(null)) {
            return sources;
        }
        List<String> out = new ArrayList<>(sources.size());
        for (String s : sources) {
            out.add(s == null ? "" : s);
        }
        return out;
    }
}
