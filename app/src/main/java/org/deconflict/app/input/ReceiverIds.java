package org.deconflict.app.input;

import java.util.concurrent.atomic.AtomicInteger;

/** Hands out receiver ids 1, 2, 3... (thread-safe); one allocator per process so that ids never collide. */
public final class ReceiverIds {
    private final AtomicInteger next = new AtomicInteger(1);

    /** The next unused id. */
    public int next() {
        return next.getAndIncrement();
    }
}
