package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The neighbour-list pair search reports exactly the events of the full grid scan — same events, same order — on
 * busy random scenes built to break its assumptions: turns, speed and climb changes, position noise and jumps,
 * unknown altitudes, take-offs and landings, silences, timestamps slightly out of order, targets faster than the
 * domain's speed cap, and targets expiring and coming back.
 */
class NeighbourScanPropertyTest {

    @Property(tries = 12)
    void neighbourListsReportExactlyTheEventsOfTheFullScan(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        List<Step> steps = scene(new Random(seed));
        List<EngineEvent> full = run(steps, false);
        List<EngineEvent> listed = run(steps, true);

        assertThat(full.stream().filter(e -> e instanceof EncounterOpened)).hasSizeGreaterThan(5);
        assertThat(listed).hasSameSizeAs(full);
        for (int i = 0; i < full.size(); i++) {
            assertThat(listed.get(i).toString()).as("event %d of %d", i, full.size()).isEqualTo(full.get(i).toString());
        }
    }

    /**
     * Updates handed over in batches ({@link Detectors#onUpdates}, which warms each group's tracks and their partners'
     * copies first) give exactly the events of the same updates one by one, on the same busy scenes: batches of random
     * sizes, cut at every expiry.
     */
    @Property(tries = 6)
    void batchesReportExactlyTheEventsOfOneByOne(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        List<Step> steps = scene(new Random(seed));
        List<EngineEvent> oneByOne = run(steps, true);
        List<EngineEvent> batched = new ArrayList<>();
        Detectors d = new Detectors(new DetectorState(DetectionConfig.defaults(), true), CoverageOracle.EVERYWHERE,
                ReceiverSites.NONE, batched::add, null, 0);
        Random sizes = new Random(seed + 1);
        TrackSnapshot[] batch = new TrackSnapshot[64];
        int held = 0;
        int limit = 1 + sizes.nextInt(64);
        long last = 0;
        for (Step s : steps) {
            last = Math.max(last, s.timeNanos());
            if (s.snapshot() != null) {
                batch[held++] = s.snapshot();
                if (held == limit) {
                    d.onUpdates(batch, 0, held);
                    held = 0;
                    limit = 1 + sizes.nextInt(64);
                }
            } else {
                d.onUpdates(batch, 0, held);
                held = 0;
                d.onExpired(s.expired(), s.timeNanos());
            }
        }
        d.onUpdates(batch, 0, held);
        d.finish(last + 60_000_000_000L);

        assertThat(oneByOne.stream().filter(e -> e instanceof EncounterOpened)).hasSizeGreaterThan(5);
        assertThat(batched).hasSameSizeAs(oneByOne);
        for (int i = 0; i < oneByOne.size(); i++) {
            assertThat(batched.get(i).toString()).as("event %d of %d", i, oneByOne.size())
                    .isEqualTo(oneByOne.get(i).toString());
        }
    }

    /**
     * Scenes in which the lists once missed a partner: the rough vertical test on grid copies left the rebuilding
     * track's own climb out of its reference line, and a partner the exact test kept was not listed.
     */
    @Example
    void scenesWhereTheListsOnceMissedAPartnerMatchTheFullScan() {
        for (long seed : new long[] {162, 602}) {
            neighbourListsReportExactlyTheEventsOfTheFullScan(seed);
        }
    }

    /** One input: an update, or (snapshot null) the expiry of a target. */
    record Step(TrackSnapshot snapshot, TargetKey expired, long timeNanos) {
    }

    private static List<EngineEvent> run(List<Step> steps, boolean lists) {
        List<EngineEvent> events = new ArrayList<>();
        Detectors d = new Detectors(new DetectorState(DetectionConfig.defaults(), lists), CoverageOracle.EVERYWHERE,
                ReceiverSites.NONE, events::add, null, 0);
        long last = 0;
        for (Step s : steps) {
            if (s.snapshot() != null) {
                d.onUpdate(s.snapshot());
            } else {
                d.onExpired(s.expired(), s.timeNanos());
            }
            last = Math.max(last, s.timeNanos());
        }
        d.finish(last + 60_000_000_000L);
        return events;
    }

    /** Movers converging on a small area over 10 minutes: ~70 aircraft (some above 600 kt) and ~70 ships. */
    static List<Step> scene(Random rnd) {
        List<Step> out = new ArrayList<>();
        int aircraft = 50 + rnd.nextInt(40);
        int ships = 50 + rnd.nextInt(40);
        for (int i = 0; i < aircraft + ships; i++) {
            boolean air = i < aircraft;
            mover(rnd, air, air ? Scene.air(0x400000 + i) : Scene.ship(219_000_000 + i), out);
        }
        out.sort(Comparator.comparingLong(Step::timeNanos));
        for (int i = 1; i < out.size(); i++) {              // a few timestamps out of order, as merged feeds deliver
            if (rnd.nextInt(50) == 0) {
                Step a = out.get(i - 1);
                out.set(i - 1, out.get(i));
                out.set(i, a);
            }
        }
        return out;
    }

    private static void mover(Random rnd, boolean air, TargetKey key, List<Step> out) {
        double spanM = air ? 120_000 : 30_000;
        double east = (rnd.nextDouble() - 0.5) * spanM;
        double north = (rnd.nextDouble() - 0.5) * spanM;
        double speedKt = air ? (rnd.nextInt(8) == 0 ? 650 + rnd.nextDouble() * 400 : 150 + rnd.nextDouble() * 350)
                : (rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(8) == 0 ? 32 + rnd.nextDouble() * 10 : 2 + rnd.nextDouble() * 20);
        // head roughly for the middle, so that pairs meet
        double trackDeg = Geo.normalize360(Math.toDegrees(Math.atan2(-east, -north)) + (rnd.nextDouble() - 0.5) * 120);
        double altFt = 1_000 * (20 + rnd.nextInt(6)) + (rnd.nextInt(3) == 0 ? rnd.nextDouble() * 900 : 0);
        if (air && rnd.nextInt(10) == 0) {
            altFt = 300 + rnd.nextDouble() * 2_000;       // low flyers, for low passes over the ships
        }
        double vrFpm = air && rnd.nextInt(3) == 0 ? (rnd.nextDouble() - 0.5) * 4_000 : 0;
        double turnDegPerS = 0;
        boolean onGround = false;
        boolean unknownAlt = false;
        double periodS = air ? 1 : 10;
        double tS = rnd.nextDouble() * periodS;
        while (tS < 600) {
            double stepS = periodS * (0.5 + rnd.nextDouble());
            if (rnd.nextInt(air ? 150 : 40) == 0) {
                stepS += 20 + rnd.nextDouble() * (air ? 40 : 400);       // a silence
            }
            if (rnd.nextInt(30) == 0) {
                turnDegPerS = rnd.nextInt(2) == 0 ? 0 : (rnd.nextDouble() - 0.5) * (air ? 6 : 1);
            }
            if (rnd.nextInt(40) == 0) {
                speedKt = Math.max(0, speedKt * (0.8 + rnd.nextDouble() * 0.4));
            }
            if (air && rnd.nextInt(40) == 0) {
                vrFpm = rnd.nextInt(2) == 0 ? 0 : (rnd.nextDouble() - 0.5) * 4_000;
            }
            if (air && rnd.nextInt(25) == 0) {
                vrFpm += rnd.nextInt(3) * 64 - 64;                        // ADS-B vertical-rate jitter
            }
            trackDeg = Geo.normalize360(trackDeg + turnDegPerS * stepS);
            double v = speedKt * Geo.MPS_PER_KT;
            east += v * Math.sin(Math.toRadians(trackDeg)) * stepS;
            north += v * Math.cos(Math.toRadians(trackDeg)) * stepS;
            altFt = Math.max(0, altFt + vrFpm / 60 * stepS);
            tS += stepS;
            if (air && rnd.nextInt(200) == 0) {
                onGround = !onGround;
            }
            if (air && rnd.nextInt(150) == 0) {
                unknownAlt = !unknownAlt;
            }
            double noise = rnd.nextInt(100) == 0 ? 2_000 : air ? 30 : 8;
            double e = east + rnd.nextGaussian() * noise;
            double n = north + rnd.nextGaussian() * noise;
            long t = Scene.time(tS);
            if (rnd.nextInt(air ? 400 : 150) == 0) {
                out.add(new Step(null, key, t));                          // tracker expired it; it may come back
                continue;
            }
            double reportedAlt = air ? (unknownAlt ? Double.NaN : Math.round(altFt / 25) * 25.0) : 0;
            out.add(new Step(new TrackSnapshot(key, t, Scene.FRAME.latDeg(e, n), Scene.FRAME.lonDeg(e, n),
                    reportedAlt, Math.round(speedKt), Math.round(trackDeg * 10) / 10.0 % 360, air ? vrFpm : 0,
                    onGround, null, air ? "DE" : "SE", rnd.nextInt(20) == 0, air ? 0xA3 : 70,
                    air ? TransponderMode.ADSB : TransponderMode.AIS, air ? 9 : 10, air ? 8 : -1, 1), null, t));
        }
    }
}
