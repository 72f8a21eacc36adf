package org.deconflict.bench.modes;

import java.util.concurrent.TimeUnit;

import org.deconflict.modes.Bits;

/**
 * Per-input hang detector for the fuzz runner: the fuzzing thread marks the input it starts ({@link #enter}) and
 * finishes ({@link #exit}); a daemon thread checks every few milliseconds and, when one input has run longer than the
 * limit, prints it in hex with the stuck thread's stack and halts the JVM with exit code 2.
 */
public final class Watchdog {
    private final long limitNanos;
    private volatile byte[] input;
    private volatile int inputLen;
    private volatile String what;
    private volatile long startNanos;
    private volatile Thread worker;

    public Watchdog(long limitMillis) {
        this.limitNanos = TimeUnit.MILLISECONDS.toNanos(limitMillis);
    }

    /** Starts watching {@code fuzzer} (the thread that calls {@link #enter}/{@link #exit}). */
    public Watchdog start(Thread fuzzer) {
        worker = fuzzer;
        Thread t = new Thread(this::watch, "fuzz-watchdog");
        t.setDaemon(true);
        t.start();
        return this;
    }

    /** The fuzzing thread starts on {@code len} bytes of {@code in} (kept by reference: do not modify until exit). */
    public void enter(String kind, byte[] in, int len) {
        input = in;
        inputLen = len;
        what = kind;
        startNanos = System.nanoTime();
    }

    /** The input given to {@link #enter} is done. */
    public void exit() {
        startNanos = 0;
    }

    /** Hex of the current input (for failure reports). */
    public String currentHex() {
        byte[] in = input;
        return in == null ? "" : Bits.hex(in, 0, Math.min(inputLen, in.length));
    }

    /** Kind of the current input. */
    public String currentKind() {
        return what;
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
            long s = startNanos;
            if (s != 0 && System.nanoTime() - s > limitNanos && startNanos == s) {
                System.out.println("HANG: one " + what + " input ran longer than "
                        + TimeUnit.NANOSECONDS.toMillis(limitNanos) + " ms");
                System.out.println("input hex: " + currentHex());
                Thread w = worker;
                if (w != null) {
                    for (StackTraceElement e : w.getStackTrace()) {
                        System.out.println("    at " + e);
                    }
                }
                System.out.flush();
                Runtime.getRuntime().halt(2);
            }
        }
    }
}
