package org.deconflict.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.deconflict.sim.SimOptions;
import org.deconflict.sim.Simulation;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ScenarioLoader;
import org.deconflict.sim.world.World;

/**
 * Simulator throughput: frames generated per CPU second on one thread for the baltic-day scenario at its daytime
 * peak (07:00 UTC, several hundred aircraft and ~2,500 ships), every frame encoded with the project's encoders and
 * received per receiver, delivered to a sink that only counts. No peer exists, so the reference is the project's
 * target of 5 M frames/s ({@code peer} in the result line; ratio = ours / target).
 */
public final class SimulateBench {

    private static final double TARGET_FRAMES_PER_S = 5e6;

    private SimulateBench() {
    }

    public static void main(String[] args) {
        boolean quick = BenchResult.quick(args);
        Scenario day = ScenarioLoader.load("baltic-day");
        Scenario peak = new Scenario(day.name(), day.description(), "2016-04-12T07:00:00Z", quick ? 120 : 900,
                day.seed(), day.area(), day.receivers(), day.radars(), day.aircraft(), day.ships(), day.traffic(),
                day.incidents(), null);
        Simulation sim = new Simulation(peak, SimOptions.of(1));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long b0 = cpu.getCurrentThreadCpuTime();
        World w = sim.newWorld();
        long buildNanos = cpu.getCurrentThreadCpuTime() - b0;
        System.out.printf(Locale.ROOT, "world: %d aircraft, %d ships over the window; build %.1f s CPU%n",
                w.aircraft().size(), w.ships().size(), buildNanos / 1e9);
        long[] bytes = new long[1];
        long c0 = cpu.getCurrentThreadCpuTime();
        long frames = sim.run((rid, t, p, b, off, len, sig) -> bytes[0] += len, null);
        long runNanos = cpu.getCurrentThreadCpuTime() - c0 - buildNanos;   // run() builds its own world again
        double perSecond = frames / (runNanos / 1e9);
        System.out.printf(Locale.ROOT, "%d frames (%d bytes) for %.0f simulated s in %.1f s CPU: %.3g frames/s%n",
                frames, bytes[0], peak.durationS(), runNanos / 1e9, perSecond);
        BenchResult.print("simulate", perSecond, TARGET_FRAMES_PER_S, "frames/s");
    }
}
