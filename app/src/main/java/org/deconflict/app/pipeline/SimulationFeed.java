package org.deconflict.app.pipeline;

import java.util.HashMap;
import java.util.Map;

import org.deconflict.ais.AisReader;
import org.deconflict.app.input.ReplayClock;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.ReceiverSite;
import org.deconflict.sim.EmissionSink;
import org.deconflict.sim.Protocol;
import org.deconflict.sim.Simulation;
import org.deconflict.sim.scenario.ReceiverSpec;

/**
 * Runs a {@link Simulation} straight into an {@link EngineCore}, in process: Mode S frames go in as bytes with the
 * receiver's time, AIS sentences through one {@link AisReader} per receiver — the same decoding a network input does.
 * Paced by a {@link ReplayClock}; {@link #stop()} ends the run early (e.g. on Ctrl-C).
 */
public final class SimulationFeed {

    /** Beast timestamps count a 12 MHz clock (Beast binary format, as readsb/dump1090 emit it). */
    private static final long BEAST_TICKS_PER_SECOND = 12_000_000L;
    private static final long BEAST_COUNTER_MASK = (1L << 48) - 1;   // 48-bit counter
    private static final byte[] NEWLINE = {'\n'};

    private final Simulation sim;
    private final ReplayClock clock;
    private volatile boolean stop;
    private long frames;
    private long lastTimeNanos;

    public SimulationFeed(Simulation sim, ReplayClock clock) {
        this.sim = sim;
        this.clock = clock;
    }

    /** The scenario's receivers as the tracker needs them (position, antenna height). */
    public static ReceiverRegistry receivers(Simulation sim) {
        ReceiverRegistry reg = new ReceiverRegistry();
        for (ReceiverSpec r : sim.scenario().receivers()) {
            reg.register(new ReceiverSite(r.id(), r.lat(), r.lon(), r.antennaHeightM(),
                    r.receivesModeS() ? ReceiverSite.Kind.ADSB_1090 : ReceiverSite.Kind.AIS_VHF));
        }
        return reg;
    }

    /** The names the simulator puts in AIS tag blocks ({@code s:}), mapped to receiver ids. */
    public static ReceiverNames receiverNames(Simulation sim) {
        ReceiverNames names = new ReceiverNames();
        for (ReceiverSpec r : sim.scenario().receivers()) {
            names.register(r.name() == null ? "rx" + r.id() : r.name(), r.id());
        }
        return names;
    }

    /** Runs the whole scenario (or until {@link #stop()}); returns the frames delivered. */
    public long run(EngineCore core) throws InterruptedException {
        Map<Integer, AisReader> ais = new HashMap<>();
        long[] now = new long[1];
        EmissionSink sink = (rx, t, protocol, buf, off, len, signal) -> {
            if (stop) {
                throw new Stopped();
            }
            try {
                clock.pace(t);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
            frames++;
            lastTimeNanos = t;
            if (protocol == Protocol.MODE_S) {
                long ticks = (t / 1000L * BEAST_TICKS_PER_SECOND / 1_000_000L) & BEAST_COUNTER_MASK;
                core.modesFrame(buf, off, len, ticks, t, rx);
            } else {
                now[0] = t;
                AisReader r = ais.computeIfAbsent(rx, id -> new AisReader(rep -> core.aisReport(rep, now[0])));
                r.feed(buf, off, len);
                r.feed(NEWLINE, 0, 1);
            }
        };
        core.batching(!clock.isPaced());    // unpaced, frames come in a tight loop: the engine may batch them
        try {
            try {
                sim.run(sink, null);
            } catch (Stopped s) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("simulation interrupted");
                }
            }
            ais.values().forEach(AisReader::finish);
        } finally {
            core.batching(false);
        }
        return frames;
    }

    /** Asks the run to end at the next frame. */
    public void stop() {
        stop = true;
    }

    public long frames() {
        return frames;
    }

    /** Event time of the last frame delivered (ns since the Unix epoch). */
    public long lastTimeNanos() {
        return lastTimeNanos;
    }

    /** Unwinds the simulator from inside its sink. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
