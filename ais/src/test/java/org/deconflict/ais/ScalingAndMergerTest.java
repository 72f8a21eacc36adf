package org.deconflict.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.ais.AisMessage.PositionReport;
import org.deconflict.ais.AisMessage.StaticDataReport;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/** Scaled accessors (ITU-R M.1371-5 sentinels as absent values) and the per-MMSI type 24 merger on real data. */
class ScalingAndMergerTest {

    private static PositionReport report(int rot, int sog, int lon, int lat, int cog, int heading) {
        return new PositionReport(1, 0, 219_165_000, 0, rot, sog, false, lon, lat, cog, heading, 0, 0, false, 0, 168);
    }

    @Test
    void notAvailableValuesAreAbsent() {
        PositionReport na = report(-128, 1023, 181 * 600_000, 91 * 600_000, 3600, 511);
        assertThat(na.latDeg()).isEmpty();
        assertThat(na.lonDeg()).isEmpty();
        assertThat(na.speedKt()).isEmpty();
        assertThat(na.courseDeg()).isEmpty();
        assertThat(na.headingDeg()).isEmpty();
        assertThat(na.rateOfTurnDegPerMin()).isEmpty();
        assertThat(report(127, 0, 0, 0, 0, 0).rateOfTurnDegPerMin()).isEmpty(); // no turn indicator, turning right
        assertThat(report(-127, 0, 0, 0, 0, 0).rateOfTurnDegPerMin()).isEmpty();
    }

    @Test
    void valuesAreScaledToDegreesKnotsAndDegreesPerMinute() {
        // 55°30'N 12°45'E, 12.3 kn, 224.0°, heading 215, ROT_AIS 10 = (10/4.733)² ≈ 4.46 °/min to starboard
        PositionReport p = report(10, 123, (int) (12.75 * 600_000), (int) (55.5 * 600_000), 2240, 215);
        assertThat(p.latDeg().getAsDouble()).isEqualTo(55.5);
        assertThat(p.lonDeg().getAsDouble()).isEqualTo(12.75);
        assertThat(p.speedKt().getAsDouble()).isEqualTo(12.3);
        assertThat(p.courseDeg().getAsDouble()).isEqualTo(224.0);
        assertThat(p.headingDeg().getAsInt()).isEqualTo(215);
        assertThat(p.rateOfTurnDegPerMin().getAsDouble()).isCloseTo(4.464, within(0.001));
        assertThat(report(-10, 0, 0, 0, 0, 0).rateOfTurnDegPerMin().getAsDouble()).isCloseTo(-4.464, within(0.001));
    }

    @Test
    void mergerJoinsPartsAAndBOfEachVesselFromAReceiverLog() throws Exception {
        List<AisReport> reports = LibaisExamplesTest.decode(SharedData.require("ais/dma-aislib/decode_encode_messages.txt"));
        Type24Merger merger = new Type24Merger(1000);
        List<Type24Merger.ClassBStatic> complete = new ArrayList<>();
        int parts = 0;
        for (AisReport r : reports) {
            if (r.message() instanceof StaticDataReport s) {
                parts++;
                Type24Merger.ClassBStatic v = merger.accept(s, r.timeMillis());
                assertThat(v.mmsi()).isEqualTo(s.mmsi());
                if (s.partA()) {
                    assertThat(v.shipname()).isEqualTo(s.shipname());
                } else {
                    assertThat(v.callsign()).isEqualTo(s.callsign());
                    assertThat(v.shipType()).isEqualTo(s.shipType());
                }
                if (v.complete()) {
                    complete.add(v);
                }
            }
        }
        assertThat(parts).isEqualTo(28);
        assertThat(complete).isNotEmpty();
        assertThat(complete).allSatisfy(v -> {
            assertThat(v.shipname()).isNotNull();
            assertThat(v.dimensions() != null || v.mothershipMmsi() >= 0).isTrue();
        });
        assertThat(merger.size()).isLessThanOrEqualTo(parts);
    }

    @Test
    void mergerForgetsTheLeastRecentlyUpdatedVesselBeyondItsCapacity() {
        Type24Merger merger = new Type24Merger(2);
        for (int mmsi = 1; mmsi <= 3; mmsi++) {
            merger.accept(new StaticDataReport(24, 0, mmsi, 0, "V" + mmsi, -1, null, -1, -1, null, null, -1, 160), 0);
        }
        assertThat(merger.size()).isEqualTo(2);
        assertThat(merger.get(1)).isNull();
        assertThat(merger.get(3).shipname()).isEqualTo("V3");
        assertThat(merger.get(3).hasPartB()).isFalse();
    }
}
