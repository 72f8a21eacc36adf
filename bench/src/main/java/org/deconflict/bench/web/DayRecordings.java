package org.deconflict.bench.web;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.deconflict.app.input.StreamFormat;
import org.deconflict.app.pipeline.SimulationFeed;
import org.deconflict.app.pipeline.feed.FileFeed;
import org.deconflict.app.pipeline.feed.TickClock;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.sim.Protocol;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.Simulation;
import org.deconflict.sim.out.BeastFrames;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ScenarioLoader;

/**
 * A window of the built-in baltic-day scenario at its morning peak, generated once into memory as the recordings
 * its receivers would have made (one Beast stream per receiver, one NMEA stream for AIS). Every receiver hears many
 * of the same aircraft, so most Mode S frames are cross-receiver duplicates, as on a real network. {@link #feeds()}
 * gives fresh cursors over the same bytes for each replay.
 */
public final class DayRecordings {

    private final Simulation sim;
    private final long startNanos;
    private final List<Recording> recordings = new ArrayList<>();
    private final long frames;

    private record Recording(String name, byte[] content, StreamFormat format, int receiverId) {
    }

    /** Generates {@code windowS} seconds of baltic-day from 07:00 UTC. */
    public DayRecordings(double windowS) {
        Scenario day = ScenarioLoader.load("baltic-day");
        Scenario peak = new Scenario(day.name(), day.description(), "2016-04-12T07:00:00Z", windowS, day.seed(),
                day.area(), day.receivers(), day.radars(), day.aircraft(), day.ships(), day.traffic(),
                day.incidents(), null);
        sim = new Simulation(peak, SimOptions.of(1));
        startNanos = peak.startNanos();
        Map<Integer, ByteArrayOutputStream> beast = new TreeMap<>();
        ByteArrayOutputStream nmea = new ByteArrayOutputStream(1 << 20);
        byte[] buf = new byte[64];
        long[] n = new long[1];
        sim.run((rx, t, protocol, frame, off, len, signal) -> {
            n[0]++;
            if (protocol == Protocol.MODE_S) {
                beast.computeIfAbsent(rx, k -> new ByteArrayOutputStream(1 << 20)).write(buf, 0,
                        BeastFrames.write(buf, 0, BeastFrames.ticks(t, startNanos), signal, frame, off, len));
            } else {
                nmea.write(frame, off, len);
                nmea.write('\n');
            }
        }, null);
        frames = n[0];
        beast.forEach((rx, out) -> recordings.add(new Recording("rx" + rx + ".beast", out.toByteArray(),
                StreamFormat.BEAST, rx)));
        recordings.add(new Recording("ais.nmea", nmea.toByteArray(), StreamFormat.NMEA, 0));
    }

    /** Frames (Mode S and AIS sentences) in the window. */
    public long frames() {
        return frames;
    }

    public long bytes() {
        return recordings.stream().mapToLong(r -> r.content().length).sum();
    }

    public ReceiverRegistry receivers() {
        return SimulationFeed.receivers(sim);
    }

    public ReceiverNames receiverNames() {
        return SimulationFeed.receiverNames(sim);
    }

    /** Fresh readers over every recording, for one replay. */
    public List<FileFeed> feeds() {
        List<FileFeed> feeds = new ArrayList<>();
        for (Recording r : recordings) {
            feeds.add(new FileFeed(r.name(), r.content(), r.format(), r.receiverId(),
                    TickClock.countingFrom(startNanos), startNanos));
        }
        return feeds;
    }
}
