package org.deconflict.engine.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The registry and the coverage model remember the receiver they saw last; any sequence of lookups and of positions
 * from several receivers, interleaved with (re)registrations, must give what a fresh lookup per call gives.
 */
class ReceiverLookupCacheTest {

    private static ReceiverSite site(int id, int version) {
        return new ReceiverSite(id, 55 + id * 0.1 + version * 0.01, 14 + id * 0.1, 20 + version, ReceiverSite.Kind.ADSB_1090);
    }

    @Property(tries = 300)
    void lookupsMatchAFreshRegistry(@ForAll @Size(max = 80) List<@IntRange(min = -2, max = 5) Integer> ids) {
        ReceiverRegistry cached = new ReceiverRegistry();
        java.util.Map<Integer, ReceiverSite> truth = new java.util.HashMap<>();
        int step = 0;
        for (int id : ids) {
            step++;
            if (step % 7 == 0 && id >= 0) {
                ReceiverSite s = site(id, step);
                cached.register(s);
                truth.put(id, s);
            }
            assertThat(cached.find(id)).isEqualTo(truth.get(id));
        }
    }

    @Property(tries = 200)
    void coverageLearnedFromInterleavedReceiversMatchesOneModelPerReceiver(
            @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 3) Integer> ids,
            @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 359) Integer> bearings) {
        ReceiverRegistry registry = new ReceiverRegistry();
        for (int id = 0; id < 3; id++) {              // receiver 3 stays unregistered
            registry.register(site(id, 0));
        }
        CoverageModel interleaved = new CoverageModel(registry, 1);
        CoverageModel[] alone = new CoverageModel[4];
        for (int id = 0; id < 4; id++) {
            alone[id] = new CoverageModel(registry, 1);
        }
        for (int n = 0; n < ids.size(); n++) {
            int id = ids.get(n);
            double bearing = bearings.isEmpty() ? 0 : bearings.get(n % bearings.size());
            double d = 10_000 + 1_000 * n;
            double lat = org.deconflict.engine.geo.Geo.destinationLatDeg(55, 14, bearing, d);
            double lon = org.deconflict.engine.geo.Geo.destinationLonDeg(55, 14, bearing, d);
            double alt = n % 5 == 0 ? Double.NaN : 3_000 * (n % 13);
            interleaved.learn(id, lat, lon, alt);
            alone[id].learn(id, lat, lon, alt);
        }
        for (int id = 0; id < 4; id++) {
            for (int sector = 0; sector < CoverageModel.SECTORS; sector++) {
                for (int band = 0; band < CoverageModel.BANDS; band++) {
                    assertThat(interleaved.rangeM(id, sector, band)).isEqualTo(alone[id].rangeM(id, sector, band));
                }
            }
        }
    }
}
