package org.deconflict.app.input;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Several inputs started together, delivering to one handler, with receiver ids from one allocator. */
public final class InputGroup implements AutoCloseable {
    private final List<Input> inputs;

    private InputGroup(List<Input> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /**
     * Starts every spec in order. If one cannot start (a file that cannot be read), those already started are closed
     * and its {@link Sources.InputException} is rethrown.
     */
    public static InputGroup start(List<InputSpec> specs, ChunkHandler handler, InputConfig config, ReceiverIds ids) {
        List<Input> started = new ArrayList<>();
        try {
            for (InputSpec spec : specs) {
                started.add(Inputs.start(spec, handler, config, ids));
            }
        } catch (RuntimeException e) {
            new InputGroup(started).close();
            throw e;
        }
        return new InputGroup(started);
    }

    /** The inputs, in the order of their specs. */
    public List<Input> inputs() {
        return inputs;
    }

    /** A snapshot of every input's counters. */
    public List<InputStats> stats() {
        return inputs.stream().map(Input::stats).toList();
    }

    /** Waits until every finite input (files, stdin) has ended; true if they all did within the timeout. */
    public boolean awaitFinite(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Input in : inputs) {
            if (in.isFinite() && !in.awaitTermination(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                return false;
            }
        }
        return true;
    }

    /** Closes every input (see {@link Input#close()}), last started first. */
    @Override
    public void close() {
        for (int i = inputs.size() - 1; i >= 0; i--) {
            inputs.get(i).close();
        }
    }
}
