package org.deconflict.app.http;

import java.io.IOException;
import java.util.ArrayDeque;

/**
 * One client of the live stream: a short backlog of frames shared with every other client, written to its socket
 * without ever blocking the thread that offers them. A client whose backlog is full has further frames skipped and is
 * owed a fresh snapshot (all its skipped target updates folded into one) once it has room again; a client that keeps
 * skipping as many frames again is dropped. Memory per client is therefore bounded by the backlog of references to
 * frames that exist once for all.
 */
final class LiveClient {

    /**
     * The non-blocking output of one response, in the manner of Jakarta Servlet 6.0 {@code ServletOutputStream}
     * (§5.7 "Non Blocking IO"): write and flush only after {@link #ready()} said true; after a false, the container
     * calls {@link LiveClient#onWritable()} once writing is possible again.
     */
    interface Channel {
        boolean ready();

        void write(byte[] bytes) throws IOException;

        void flush() throws IOException;

        /** Ends the response; called once. */
        void close();
    }

    /** What became of an offered frame. */
    enum Offer { QUEUED, SKIPPED, DROPPED, CLOSED }

    private final Channel channel;
    private final boolean gzip;
    private final int backlogFrames;
    private final ArrayDeque<byte[]> backlog = new ArrayDeque<>();
    /** The container said the output may be used (first {@link #onWritable()}). */
    private boolean started;
    /** {@link Channel#ready()} said false: the container will call {@link #onWritable()}. */
    private boolean waiting;
    private boolean unflushed;
    /** Frames skipped since the last one queued. */
    private int skipped;
    private boolean owedSnapshot;
    /** No frame has been queued yet (only the {@code first} bytes). */
    private boolean fresh = true;
    private volatile boolean closed;

    /**
     * @param first         bytes sent before any frame (the gzip header, a first comment), or null
     * @param owedSnapshot  whether the first targets frame it gets should be a full snapshot
     */
    LiveClient(Channel channel, boolean gzip, int backlogFrames, byte[] first, boolean owedSnapshot) {
        this.channel = channel;
        this.gzip = gzip;
        this.backlogFrames = backlogFrames;
        this.owedSnapshot = owedSnapshot;
        if (first != null) {
            backlog.add(first);
        }
    }

    boolean gzip() {
        return gzip;
    }

    boolean closed() {
        return closed;
    }

    /** Whether it should get the shared snapshot (instead of the targets update) of the current tick. */
    synchronized boolean owedSnapshot() {
        return owedSnapshot && backlog.size() < backlogFrames;
    }

    /** Whether it has just connected and been given no frame yet: its snapshot should come before anything else. */
    synchronized boolean fresh() {
        return fresh;
    }

    /** Queues a frame and starts writing it if the socket takes it; never waits. Broadcaster thread. */
    Offer offer(SseFrame frame, boolean isSnapshot) {
        synchronized (this) {
            if (closed) {
                return Offer.CLOSED;
            }
            if (backlog.size() >= backlogFrames) {
                owedSnapshot = true;
                if (++skipped <= backlogFrames) {
                    return Offer.SKIPPED;
                }
                closed = true;
                backlog.clear();
            } else {
                skipped = 0;
                fresh = false;
                if (isSnapshot) {
                    owedSnapshot = false;
                }
                backlog.add(frame.bytes(gzip));
                if (pump()) {
                    return Offer.QUEUED;
                }
            }
        }
        channel.close();                                   // outside the lock: the container may call back
        return skipped > backlogFrames ? Offer.DROPPED : Offer.CLOSED;
    }

    /** The container says the output may be written (first time, or after {@link Channel#ready()} said false). */
    void onWritable() {
        boolean failed;
        synchronized (this) {
            started = true;
            waiting = false;
            failed = !pump();
        }
        if (failed) {
            channel.close();
        }
    }

    /** The client went away (or its response failed): forget it. */
    void gone() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            backlog.clear();
        }
        channel.close();
    }

    /** Writes what the socket takes now; false when writing failed (the client is then closed). */
    private boolean pump() {
        if (!started || waiting || closed) {
            return true;
        }
        try {
            while (true) {
                if (!channel.ready()) {
                    waiting = true;
                    return true;
                }
                byte[] next = backlog.poll();
                if (next != null) {
                    channel.write(next);
                    unflushed = true;
                } else if (unflushed) {
                    unflushed = false;
                    channel.flush();
                } else {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            closed = true;
            backlog.clear();
            return false;
        }
    }
}
