package org.deconflict.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.util.List;

import org.deconflict.modes.adsb.Adsb;
import org.deconflict.modes.cpr.PositionResolver;
import org.deconflict.modes.cpr.PositionResolver.Outcome;
import org.deconflict.modes.encode.ModeSEncoder;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/** Per-aircraft CPR pairing, local fallback and the plausibility checks, each outcome counted. */
class PositionResolverTest {
    private static final long S = 1_000_000_000L;
    private static final int ICAO = 0x40058B;
    private final double[] out = new double[2];

    private Outcome feed(PositionResolver r, String hex, long t) {
        byte[] f = Bits.parseHex(hex);
        int tc = Adsb.typecode(f, 0);
        return r.resolve(ModeS.addressAnnounced(f, 0), tc >= 5 && tc <= 8, Adsb.cprOdd(f, 0), Adsb.cprLat(f, 0),
                Adsb.cprLon(f, 0), t, out);
    }

    @Test
    void globalPairThenLocalFromPreviousFix() {
        PositionResolver r = new PositionResolver();
        assertThat(feed(r, "8D40058B58C901375147EFD09357", 0)).isEqualTo(Outcome.AWAITING_PAIR);
        assertThat(feed(r, "8D40058B58C904A87F402D3B8C59", S)).isEqualTo(Outcome.GLOBAL);
        assertThat(out[0]).isCloseTo(49.81755, within(0.001));
        assertThat(out[1]).isCloseTo(6.08442, within(0.001));
        // 30 s later the pair is stale: the even message is decoded locally against the fix
        assertThat(feed(r, "8D40058B58C901375147EFD09357", 31 * S)).isEqualTo(Outcome.LOCAL);
        assertThat(out[0]).isCloseTo(49.82410, within(0.001));
        assertThat(r.count(Outcome.GLOBAL)).isEqualTo(1);
        assertThat(r.count(Outcome.LOCAL)).isEqualTo(1);
        assertThat(r.count(Outcome.AWAITING_PAIR)).isEqualTo(1);
    }

    @Test
    void stalePairWaitsWithoutReference() {
        PositionResolver r = new PositionResolver();
        feed(r, "8D40058B58C901375147EFD09357", 0);
        assertThat(feed(r, "8D40058B58C904A87F402D3B8C59", 11 * S)).isEqualTo(Outcome.AWAITING_PAIR);
    }

    @Test
    void receiverAllowsLocalDecodingAndLimitsRange() {
        PositionResolver near = new PositionResolver(PositionResolver.Config.defaults().withReceiver(49.0, 6.0, 300e3));
        assertThat(feed(near, "8D40058B58C904A87F402D3B8C59", 0)).isEqualTo(Outcome.LOCAL);
        assertThat(out[0]).isCloseTo(49.81755, within(0.001));
        PositionResolver far = new PositionResolver(PositionResolver.Config.defaults().withReceiver(40.0, 6.0, 300e3));
        feed(far, "8D40058B58C901375147EFD09357", 0);
        assertThat(feed(far, "8D40058B58C904A87F402D3B8C59", S)).isEqualTo(Outcome.REJECT_RANGE);
        assertThat(far.count(Outcome.REJECT_RANGE)).isEqualTo(1);
    }

    @Test
    void impliedSpeedAboveLimitIsRejected() {
        PositionResolver r = new PositionResolver();
        long t = 0;
        for (boolean odd : new boolean[] {false, true}) {
            r.resolve(ICAO, false, odd, cpr(50.0, 6.0, odd, true), cpr(50.0, 6.0, odd, false), t += S, out);
        }
        assertThat(out[0]).isCloseTo(50.0, within(1e-3));
        // 2 degrees of latitude (~120 NM) in 10 s is ~43,000 kt
        Outcome o = null;
        for (boolean odd : new boolean[] {false, true}) {
            o = r.resolve(ICAO, false, odd, cpr(52.0, 6.0, odd, true), cpr(52.0, 6.0, odd, false), t += 5 * S, out);
        }
        assertThat(o).isEqualTo(Outcome.REJECT_SPEED);
        assertThat(r.count(Outcome.REJECT_SPEED)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void surfacePairNeedsAReference() {
        PositionResolver none = new PositionResolver();
        feed(none, "903a23ff426a4e65f7487a775d17", 0);
        assertThat(feed(none, "903a23ff426a38565950432ebf95", S)).isEqualTo(Outcome.AWAITING_PAIR);
        PositionResolver lfbo = new PositionResolver(PositionResolver.Config.defaults().withReceiver(43.63, 1.37, 100e3));
        byte[] a = Bits.parseHex("903a23ff426a38565950432ebf95");
        String evenHex = Adsb.cprOdd(a, 0) ? "903a23ff426a4e65f7487a775d17" : "903a23ff426a38565950432ebf95";
        String oddHex = Adsb.cprOdd(a, 0) ? "903a23ff426a38565950432ebf95" : "903a23ff426a4e65f7487a775d17";
        feed(lfbo, oddHex, 0);
        assertThat(feed(lfbo, evenHex, S)).isEqualTo(Outcome.GLOBAL);
        assertThat(out[0]).isCloseTo(43.62648, within(0.001));
        assertThat(out[1]).isCloseTo(1.37462, within(0.001));
    }

    @Test
    void realTrafficNearDelftResolvesWithoutImplausibleFixes() throws Exception {
        List<String> rows = Files.readAllLines(SharedData.require("modes/pyModeS/sample_data_adsb.csv"));
        PositionResolver r = new PositionResolver();
        int positions = 0;
        for (String row : rows) {
            String[] f = row.split(",");
            byte[] frame = Bits.parseHex(f[1].replace("\"", ""));
            int tc = Adsb.typecode(frame, 0);
            if (tc < 9 || tc > 18) {
                continue;
            }
            positions++;
            long t = Long.parseLong(f[0].trim()) * S;
            Outcome o = r.resolve(ModeS.addressAnnounced(frame, 0), false, Adsb.cprOdd(frame, 0),
                    Adsb.cprLat(frame, 0), Adsb.cprLon(frame, 0), t, out);
            if (o == Outcome.GLOBAL || o == Outcome.LOCAL) {
                // TU Delft receiver (52.0 N, 4.36 E): every fix within 450 km
                assertThat(PositionResolver.distanceM(52.0, 4.36, out[0], out[1])).isLessThan(450e3);
            }
        }
        long resolved = r.count(Outcome.GLOBAL) + r.count(Outcome.LOCAL);
        assertThat(positions).isEqualTo(937);
        assertThat(resolved).isGreaterThan(positions * 9L / 10);
        assertThat(r.count(Outcome.REJECT_SPEED) + r.count(Outcome.REJECT_LOCAL_RANGE)).isZero();
    }

    private static int cpr(double lat, double lon, boolean odd, boolean latPart) {
        byte[] f = ModeSEncoder.airbornePosition(17, 5, ICAO, 11, 0, 0, 30000, odd, lat, lon);
        return latPart ? Adsb.cprLat(f, 0) : Adsb.cprLon(f, 0);
    }
}
