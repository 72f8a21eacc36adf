package org.deconflict.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.deconflict.sim.EmissionSink;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.Simulation;
import org.deconflict.sim.out.FileOutput;
import org.deconflict.sim.out.LiveOutput;
import org.deconflict.sim.out.Pacer;
import org.deconflict.sim.out.TruthJsonWriter;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ScenarioLoader;
import org.deconflict.sim.truth.TruthIncident;
import org.deconflict.sim.truth.TruthSink;

/**
 * {@code deconflict simulate}: runs a scenario and writes what the receivers hear — Beast and AVR files per
 * receiver, one NMEA file with tag blocks, and the truth (JSON lines) — or streams it live (Beast TCP server, AIS
 * UDP), in real time or accelerated.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run a scenario and emit real Mode S (Beast/AVR) and AIS (NMEA) bytes plus the ground truth.",
                "Built-in scenarios: " + "demo, cook-2016, malmo-2014, sk1755-2014, intercept, baltic-day, baltic-traffic"})
public final class SimulateCommand implements Callable<Integer> {

    /** What-if switches for transponders. */
    enum Transponders { AS_SCRIPTED, ALL_ON }

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Built-in scenario name or YAML file path")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Write RECEIVER.beast, RECEIVER.avr, ais.nmea and truth.jsonl here")
    Path out;

    @Option(names = "--beast", paramLabel = "tcp://[HOST]:PORT", description = "Serve Beast frames on this TCP port (like dump1090 port 30005)")
    String beast;

    @Option(names = "--ais", paramLabel = "udp://HOST:PORT", description = "Send AIS sentences (with tag blocks) as UDP datagrams here")
    String ais;

    @Option(names = "--speed", paramLabel = "N", description = "Simulated seconds per wall-clock second (live default 1; files: as fast as possible)")
    Double speed;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: the scenario's)")
    Long seed;

    @Option(names = "--transponders", paramLabel = "MODE", description = "as-scripted (default) or all-on: every aircraft squits ADS-B, every ship sends AIS",
            converter = TranspondersConverter.class)
    Transponders transponders = Transponders.AS_SCRIPTED;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Cut the scenario to this many simulated seconds")
    Double durationS;

    @Option(names = "--truth-period", paramLabel = "SECONDS", description = "Period of the true positions in truth.jsonl (default 10)")
    double truthPeriodS = 10;

    /** Accepts {@code all-on}, {@code ALL_ON}, {@code as-scripted}. */
    static final class TranspondersConverter implements picocli.CommandLine.ITypeConverter<Transponders> {
        @Override
        public Transponders convert(String value) {
            return Transponders.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    @Override
    public Integer call() {
        PrintStream err = System.err;
        if (out == null && beast == null && ais == null) {
            err.println("simulate: give --out DIR and/or --beast tcp://:PORT / --ais udp://HOST:PORT");
            return 2;
        }
        Scenario sc;
        try {
            sc = ScenarioLoader.load(scenario);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("simulate: " + e.getMessage());
            return 2;
        }
        if (durationS != null) {
            sc = sc.withDuration(durationS);
        }
        long s = seed == null ? sc.defaultSeed() : seed;
        boolean allOn = transponders == Transponders.ALL_ON;
        Simulation sim = new Simulation(sc, new SimOptions(s, allOn, truthPeriodS));
        List<AutoCloseable> closing = new ArrayList<>();
        try {
            List<EmissionSink> sinks = new ArrayList<>();
            TruthSink truth = null;
            FileOutput files = null;
            if (out != null) {
                files = new FileOutput(out, sc);
                closing.add(files);
                sinks.add(files);
                OutputStream truthOut = Files.newOutputStream(out.resolve("truth.jsonl"));
                TruthJsonWriter writer = new TruthJsonWriter(truthOut, sc, s, allOn);
                closing.add(writer);
                truth = writer;
            }
            if (beast != null || ais != null) {
                LiveOutput live = new LiveOutput(beast, ais, sc.startNanos());
                closing.add(live);
                sinks.add(live);
                if (beast != null) {
                    err.println("simulate: serving Beast on TCP port " + live.beastPort());
                }
            }
            EmissionSink sink = sinks.size() == 1 ? sinks.get(0) : fanOut(sinks);
            double pace = speed != null ? speed : (beast != null || ais != null ? 1.0 : 0);
            if (pace > 0) {
                sink = new Pacer(sink, pace, sc.startNanos());
            }
            List<TruthIncident> incidents = new ArrayList<>();
            TruthSink truthOut = truth;
            long frames = sim.run(sink, new TruthSink() {
                @Override
                public void position(long t, String key, String name, double lat, double lon, double alt,
                                     double speedKt, double track, String transponder) {
                    if (truthOut != null) {
                        truthOut.position(t, key, name, lat, lon, alt, speedKt, track, transponder);
                    }
                }

                @Override
                public void incident(TruthIncident incident) {
                    incidents.add(incident);
                    if (truthOut != null) {
                        truthOut.incident(incident);
                    }
                }
            });
            err.printf(Locale.ROOT, "simulate: %s seed %d, %.0f s simulated: %d frames%s%n", sc.name(), s, sc.durationS(),
                    frames, files == null ? "" : String.format(Locale.ROOT, " (%d Mode S, %d AIS sentences) in %s",
                            files.modeSFrames(), files.aisSentences(), out));
            for (TruthIncident i : incidents) {
                err.printf(Locale.ROOT, "  %-18s %-40s %-16s min %.0f m / %.0f ft  %s%n", i.kind(),
                        String.join(" ", i.participants()), i.observability(), i.minHorizontalM(), i.minVerticalFt(),
                        i.note() == null ? "" : i.note());
            }
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("simulate: " + e.getMessage());
            return 1;
        } finally {
            for (int i = closing.size() - 1; i >= 0; i--) {
                try {
                    closing.get(i).close();
                } catch (Exception e) {
                    err.println("simulate: closing output: " + e.getMessage());
                }
            }
        }
    }

    private static EmissionSink fanOut(List<EmissionSink> sinks) {
        EmissionSink[] all = sinks.toArray(new EmissionSink[0]);
        return (rid, t, p, b, off, len, sig) -> {
            for (EmissionSink s : all) {
                s.accept(rid, t, p, b, off, len, sig);
            }
        };
    }
}
