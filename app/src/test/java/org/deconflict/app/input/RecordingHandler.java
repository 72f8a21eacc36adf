package org.deconflict.app.input;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Test handler: records every call per input id and checks the call order the {@link ChunkHandler} contract promises. */
class RecordingHandler implements ChunkHandler {
    private final Map<InputId, ByteArrayOutputStream> bytes = new LinkedHashMap<>();
    private final Map<InputId, Integer> connects = new LinkedHashMap<>();
    private final Map<InputId, List<DisconnectCause>> disconnects = new LinkedHashMap<>();
    private final Map<InputId, Boolean> open = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();

    @Override
    public synchronized void onConnect(InputId id, long receivedNanos) {
        if (Boolean.TRUE.equals(open.get(id))) {
            violations.add("onConnect twice without onDisconnect: " + id);
        }
        open.put(id, true);
        connects.merge(id, 1, Integer::sum);
        bytes.computeIfAbsent(id, k -> new ByteArrayOutputStream());
        notifyAll();
    }

    @Override
    public synchronized void onBytes(InputId id, byte[] buf, int off, int len, long receivedNanos) {
        if (!Boolean.TRUE.equals(open.get(id))) {
            violations.add("onBytes outside a connection: " + id);
        }
        if (receivedNanos <= 0) {
            violations.add("no receive time: " + id);
        }
        bytes.computeIfAbsent(id, k -> new ByteArrayOutputStream()).write(buf, off, len);
        notifyAll();
    }

    @Override
    public synchronized void onDisconnect(InputId id, DisconnectCause cause, long receivedNanos) {
        if (!Boolean.TRUE.equals(open.get(id))) {
            violations.add("onDisconnect without onConnect: " + id);
        }
        open.put(id, false);
        disconnects.computeIfAbsent(id, k -> new ArrayList<>()).add(cause);
        notifyAll();
    }

    synchronized byte[] bytes(InputId id) {
        ByteArrayOutputStream b = bytes.get(id);
        return b == null ? new byte[0] : b.toByteArray();
    }

    synchronized int totalBytes() {
        return bytes.values().stream().mapToInt(ByteArrayOutputStream::size).sum();
    }

    synchronized int connects(InputId id) {
        return connects.getOrDefault(id, 0);
    }

    synchronized List<DisconnectCause> disconnects(InputId id) {
        return List.copyOf(disconnects.getOrDefault(id, List.of()));
    }

    synchronized List<InputId> ids() {
        return List.copyOf(connects.keySet());
    }

    synchronized boolean anyOpen() {
        return open.containsValue(true);
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** Waits until {@code condition} holds (checked on every call and every 20 ms); fails after {@code timeout}. */
    void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out after " + timeout + " waiting for " + what);
                }
                wait(Math.max(1, Math.min(20, left / 1_000_000)));
            }
        }
    }
}
