package org.deconflict.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.deconflict.bench.modes.FrameMutator;
import org.deconflict.bench.modes.FuzzSeeds;
import org.deconflict.bench.modes.FuzzTargets;
import org.deconflict.bench.modes.StreamMutator;
import org.deconflict.bench.modes.Watchdog;
import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.framing.AvrParser;
import org.deconflict.modes.framing.BeastParser;
import org.deconflict.modes.framing.FrameSink;
import org.deconflict.modes.framing.FramingStats;
import org.deconflict.modes.framing.HexLineParser;
import org.deconflict.modes.framing.SbsParser;
import org.deconflict.modes.iq.IqDemodulator;

/**
 * {@code bench/run modes-fuzz [--quick]}: a long fuzz run of the {@code modes} library. Frames mutated from the real
 * ones in {@code ../shared/data/modes} (bit flips, truncation and extension, DF changes, random ME/MB fields with fresh
 * parity, splices, random frames) go through every public frame-level entry point ({@link FuzzTargets}); mutated Beast,
 * AVR, SBS, hex-line and IQ streams go through the framers and the IQ demodulator, whose frames go through the same
 * targets. A watchdog stops the run when one input takes more than 5 s. Any exception escaping our code, or a hang,
 * prints the input in hex and exits non-zero (1 escape, 2 hang).
 * RESULT: ours = mutated frames/s through our record API decode, peer = the same frames through libadsb 3.4.0's
 * decode (frames/s per CPU-second of the thread); the peer's exceptions are counted by class and printed.
 * {@code --quick}: about 40 s; default: about 4 minutes.
 */
public final class ModesFuzzBench {
    private static final long WATCHDOG_MILLIS = 5_000;
    private static final int BATCH = 10_000;

    private ModesFuzzBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = BenchResult.quick(args);
        long framePhaseNanos = (quick ? 26L : 170L) * 1_000_000_000L;
        long streamPhaseNanos = (quick ? 12L : 60L) * 1_000_000_000L;
        long seed = 20_260_1122L;
        FuzzSeeds seeds = FuzzSeeds.load();
        System.out.printf(Locale.ROOT, "modes-fuzz: %d seed frames, %d B Beast, %d B AVR, %d SBS lines, %d B IQ%n",
                seeds.frames.length, seeds.beast.length, seeds.avr.length, seeds.sbsLines.length, seeds.iq.length);
        Watchdog dog = new Watchdog(WATCHDOG_MILLIS).start(Thread.currentThread());
        FuzzTargets ours = new FuzzTargets(seed);
        Fuzz fuzz = new Fuzz(dog, ours);

        // frames: deep pass through every entry point, then the timed side-by-side decode of the same batch
        FrameMutator mutator = new FrameMutator(seeds.frames, seed);
        ModeSDecoder timedOurs = new ModeSDecoder(ModeSDecoder.Options.frames());
        org.opensky.libadsb.ModeSDecoder peer = new org.opensky.libadsb.ModeSDecoder();
        Map<String, Long> peerThrows = new TreeMap<>();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long oursNanos = 0;
        long peerNanos = 0;
        long timedFrames = 0;
        long deepNanos = 0;
        long sink = 0;
        long end = System.nanoTime() + framePhaseNanos;
        byte[][] batch = new byte[BATCH][];
        while (System.nanoTime() < end) {
            for (int i = 0; i < BATCH; i++) {
                batch[i] = mutator.next();
            }
            long t0 = mx.getCurrentThreadCpuTime();
            for (byte[] f : batch) {
                sink += fuzz.frame("frame", f);
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < BATCH; i++) {
                byte[] f = batch[i];
                dog.enter("frame (record API)", f, f.length);
                try {
                    ModeSDecoder.Result r = timedOurs.decode(f, i * 1_000_000L);
                    sink += r.accepted() ? r.message().hashCode() : r.reason().ordinal();
                } catch (Throwable e) {
                    fail(dog, e);
                }
                dog.exit();
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (byte[] f : batch) {
                try {
                    sink += peer.decode(f).hashCode();
                } catch (Exception e) {
                    peerThrows.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                }
            }
            long t3 = mx.getCurrentThreadCpuTime();
            deepNanos += t1 - t0;
            oursNanos += t2 - t1;
            peerNanos += t3 - t2;
            timedFrames += BATCH;
        }

        // streams: framers and the IQ demodulator on mutated byte streams; their frames go through the same targets
        StreamMutator streams = new StreamMutator(seeds, seed + 1);
        long[] perKind = new long[StreamMutator.Kind.values().length];
        long streamBytes = 0;
        end = System.nanoTime() + streamPhaseNanos;
        while (System.nanoTime() < end) {
            StreamMutator.Kind kind = streams.nextKind();
            byte[] s = streams.next(kind);
            fuzz.stream(kind, s, streams);
            perKind[kind.ordinal()]++;
            streamBytes += s.length;
        }

        double oursRate = timedFrames / (oursNanos / 1e9);
        double peerRate = timedFrames / (peerNanos / 1e9);
        long peerThrown = peerThrows.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "frames: %,d mutated frames through every entry point (%,.0f inputs/s), "
                + "%,d accepted by a decoder, 0 escapes, 0 hangs%n", timedFrames, timedFrames / (deepNanos / 1e9),
                ours.accepted);
        System.out.printf(Locale.ROOT, "streams: %,d streams (%s), %,d bytes, %,d frames delivered by the framers%n",
                Arrays.stream(perKind).sum(), kinds(perKind), streamBytes, fuzz.framed);
        System.out.printf(Locale.ROOT, "framer rejects: %s%n", fuzz.framerRejects());
        System.out.printf(Locale.ROOT, "ours (record API decode): %,.0f frames/s/core, 0 exceptions%n", oursRate);
        System.out.printf(Locale.ROOT, "peer (libadsb 3.4.0 decode): %,.0f frames/s/core, threw on %,d of %,d frames"
                + " (%.1f %%): %s%n", peerRate, peerThrown, timedFrames, 100.0 * peerThrown / timedFrames, peerThrows);
        System.out.println(sink == 42 ? "" : "checksum " + Long.toHexString(sink));
        BenchResult.print("modes-fuzz", oursRate, peerRate, "frames/s");
    }

    private static String kinds(long[] perKind) {
        StringBuilder sb = new StringBuilder();
        for (StreamMutator.Kind k : StreamMutator.Kind.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k.name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(perKind[k.ordinal()]);
        }
        return sb.toString();
    }

    /** Prints the escaped exception and the input that caused it, then exits with status 1. */
    static void fail(Watchdog dog, Throwable e) {
        System.out.println("ESCAPE: " + e + " on a " + dog.currentKind() + " input");
        System.out.println("input hex: " + dog.currentHex());
        e.printStackTrace(System.out);
        System.out.flush();
        System.exit(1);
    }

    /** Feeds inputs to our code under the watchdog; any throwable is a failure. */
    private static final class Fuzz {
        private final Watchdog dog;
        private final FuzzTargets targets;
        private final FrameSink toTargets;
        private final BeastParser beast;
        private final AvrParser avr;
        private final SbsParser sbs;
        private final HexLineParser hex;
        private final IqDemodulator iq = new IqDemodulator();
        long framed;
        private long sink;

        Fuzz(Watchdog dog, FuzzTargets targets) {
            this.dog = dog;
            this.targets = targets;
            this.toTargets = (buf, off, len, ts, sig) -> {
                framed++;
                sink += targets.frame(Arrays.copyOfRange(buf, off, off + len)) + ts + sig;
            };
            beast = new BeastParser(toTargets);
            avr = new AvrParser(toTargets);
            sbs = new SbsParser(m -> sink += m.hashCode());
            hex = new HexLineParser(toTargets);
        }

        long frame(String kind, byte[] f) {
            dog.enter(kind, f, f.length);
            long s = 0;
            try {
                s = targets.frame(f);
            } catch (Throwable e) {
                fail(dog, e);
            }
            dog.exit();
            return s;
        }

        void stream(StreamMutator.Kind kind, byte[] s, StreamMutator pieces) {
            dog.enter(kind.name().toLowerCase(Locale.ROOT) + " stream", s, s.length);
            try {
                switch (kind) {
                    case BEAST -> feed(s, pieces, beast::feed);
                    case AVR -> feed(s, pieces, avr::feed);
                    case SBS -> {
                        feed(s, pieces, sbs::feed);
                        for (String line : new String(s, StandardCharsets.ISO_8859_1).split("\n")) {
                            sink += String.valueOf(SbsParser.parse(line)).length();
                        }
                    }
                    case HEX -> {
                        for (String line : new String(s, StandardCharsets.ISO_8859_1).split("\n")) {
                            hex.line(line);
                        }
                    }
                    case IQ -> sink += iq.demodulate(s, toTargets);
                }
            } catch (Throwable e) {
                fail(dog, e);
            }
            dog.exit();
        }

        private interface Feeder {
            void feed(byte[] buf, int off, int len);
        }

        private static void feed(byte[] s, StreamMutator pieces, Feeder f) {
            int off = 0;
            while (off < s.length) {
                int n = pieces.nextChunk(s.length - off);
                f.feed(s, off, n);
                off += n;
            }
        }

        String framerRejects() {
            return "beast " + rejects(beast) + ", avr " + rejects(avr) + ", sbs " + rejects(sbs) + ", hex "
                    + rejects(hex);
        }

        private static String rejects(FramingStats s) {
            long total = 0;
            for (org.deconflict.modes.framing.FramingReject r : org.deconflict.modes.framing.FramingReject.values()) {
                total += s.rejectCount(r);
            }
            return s.frames() + " frames/" + total + " rejected";
        }
    }
}
