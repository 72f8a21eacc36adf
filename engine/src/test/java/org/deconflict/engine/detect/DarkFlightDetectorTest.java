package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.engine.event.DarkGap;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.ModeSOnly;
import org.deconflict.engine.event.TransponderCompliance;
import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;
import org.junit.jupiter.api.Test;

/** Dark gaps inside coverage, Mode-S-only aircraft and per-flight transponder compliance. */
class DarkFlightDetectorTest {

    private static final double V = 400 * Geo.MPS_PER_KT;
    private static final TargetKey KEY = Scene.air(0x150001);

    private static TrackSnapshot adsb(double t) {
        return Scene.snapshot(KEY, t, -30_000 + V * t, 0, 30_000, 400, 90, 0, true, 0xA6, TransponderMode.ADSB, 9);
    }

    private static TrackSnapshot modeS(double t, boolean everHadPosition) {
        TrackSnapshot p = adsb(t);
        return new TrackSnapshot(KEY, p.timeNanos(), everHadPosition ? p.latDeg() : Double.NaN,
                everHadPosition ? p.lonDeg() : Double.NaN, 30_000, Double.NaN, Double.NaN, Double.NaN, false, null,
                "DE", true, 0, TransponderMode.MODE_S_ONLY, -1, -1, 1);
    }

    /** ADS-B 1/s, silent from {@code silentFromS} to {@code backAtS}, then 1/s again until 500 s. */
    private static List<EngineEvent> gap(double silentFromS, double backAtS, CoverageOracle coverage) {
        List<EngineEvent> events = new ArrayList<>();
        Detectors d = new Detectors(DetectionConfig.defaults(), coverage, ReceiverSites.NONE, events::add);
        for (double t = 0; t <= 500; t++) {
            if (t <= silentFromS || t >= backAtS) {
                d.onUpdate(adsb(t));
            }
        }
        return events;
    }

    @Test
    void silentFiveMinutesInsideCoverageIsADarkGap() {
        List<DarkGap> gaps = of(gap(100, 400, CoverageOracle.EVERYWHERE), DarkGap.class);
        assertThat(gaps).hasSize(1);
        DarkGap g = gaps.get(0);
        assertThat(g.gapSeconds()).isCloseTo(300, within(1e-9));
        assertThat(Scene.seconds(g.before().timeNanos())).isCloseTo(100, within(1e-9));
        assertThat(Scene.seconds(g.after().timeNanos())).isCloseTo(400, within(1e-9));
        assertThat(g.distanceM()).isCloseTo(300 * V, within(300 * V * 1e-3));
        assertThat(g.military()).isTrue();
        assertThat(g.key()).isEqualTo(KEY);
    }

    @Test
    void noDarkGapWhenTheSilenceIsShortOrOutsideCoverage() {
        assertThat(of(gap(100, 130, CoverageOracle.EVERYWHERE), DarkGap.class)).isEmpty();
        // a coverage hole around the middle of the gap: the silence is explained
        double midLat = Scene.FRAME.latDeg(-30_000 + V * 250, 0);
        double midLon = Scene.FRAME.lonDeg(-30_000 + V * 250, 0);
        CoverageOracle hole = (lat, lon, alt) -> Geo.distanceM(lat, lon, midLat, midLon) > 20_000;
        assertThat(of(gap(100, 400, hole), DarkGap.class)).isEmpty();
    }

    @Test
    void heardOnlyInModeSForHalfAMinute() {
        List<EngineEvent> events = new ArrayList<>();
        Detectors d = new Detectors(DetectionConfig.defaults(), events::add);
        for (double t = 0; t <= 60; t += 5) {
            d.onUpdate(modeS(t, false));
        }
        List<ModeSOnly> m = of(events, ModeSOnly.class);
        assertThat(m).hasSize(1);
        assertThat(Scene.seconds(m.get(0).timeNanos())).isCloseTo(30, within(1e-9));
        assertThat(m.get(0).altitudeFt()).isEqualTo(30_000);
        assertThat(m.get(0).nation()).isEqualTo("DE");

        List<EngineEvent> located = new ArrayList<>();
        Detectors d2 = new Detectors(DetectionConfig.defaults(), located::add);
        for (double t = 0; t <= 60; t += 5) {
            d2.onUpdate(t == 0 ? adsb(t) : modeS(t, true));
        }
        assertThat(of(located, ModeSOnly.class)).isEmpty();
    }

    @Test
    void complianceSharesOfOneFlight() {
        List<EngineEvent> events = new ArrayList<>();
        Detectors d = new Detectors(DetectionConfig.defaults(), events::add);
        for (double t = 0; t <= 100; t++) {
            d.onUpdate(adsb(t));                          // 100 s with ADS-B positions
        }
        for (double t = 105; t <= 200; t += 5) {
            d.onUpdate(modeS(t, true));                   // 100 s heard in Mode S only
        }
        for (double t = 320; t <= 380; t++) {
            d.onUpdate(adsb(t));                          // 120 s silent, then 60 s ADS-B
        }
        d.onExpired(KEY, Scene.time(400));
        List<TransponderCompliance> c = of(events, TransponderCompliance.class);
        assertThat(c).hasSize(1);
        assertThat(c.get(0).adsbSeconds()).isCloseTo(160, within(1e-6));
        assertThat(c.get(0).modeSOnlySeconds()).isCloseTo(100, within(1e-6));
        assertThat(c.get(0).silentSeconds()).isCloseTo(120, within(1e-6));
        assertThat(c.get(0).adsbShare()).isCloseTo(160.0 / 380, within(1e-9));
        NationCompliance de = d.complianceByNation().get("DE");
        assertThat(de.flights()).isEqualTo(1);
        assertThat(de.silentShare()).isCloseTo(120.0 / 380, within(1e-9));
        assertThat(d.state().targetCount()).isZero();
    }

    @Test
    void gapAcrossTrackExpiryIsStillOneDarkGap() {
        List<EngineEvent> events = new ArrayList<>();
        Detectors d = new Detectors(DetectionConfig.defaults(), events::add);
        for (double t = 0; t <= 100; t++) {
            d.onUpdate(adsb(t));
        }
        d.onExpired(KEY, Scene.time(400));                // the tracker gave up on it
        for (double t = 900; t <= 910; t++) {
            d.onUpdate(adsb(t));
        }
        List<DarkGap> gaps = of(events, DarkGap.class);
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).gapSeconds()).isCloseTo(800, within(1e-9));
    }

    static <T> List<T> of(List<EngineEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
