package org.deconflict.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.deconflict.modes.adsb.Adsb;
import org.deconflict.modes.adsb.AirbornePosition;
import org.deconflict.modes.adsb.AirborneVelocity;
import org.deconflict.modes.adsb.EmergencyStatus;
import org.deconflict.modes.adsb.Identification;
import org.deconflict.modes.adsb.SurfacePosition;
import org.deconflict.modes.adsb.TargetStateStatus;
import org.deconflict.modes.commb.AircraftIdentification;
import org.deconflict.modes.commb.Bds;
import org.deconflict.modes.commb.BdsInference;
import org.deconflict.modes.commb.DataLinkCapability;
import org.deconflict.modes.commb.HeadingAndSpeedReport;
import org.deconflict.modes.commb.MeteoHazardReport;
import org.deconflict.modes.commb.MeteoRoutineReport;
import org.deconflict.modes.commb.SelectedVerticalIntention;
import org.deconflict.modes.commb.TrackAndTurnReport;
import org.deconflict.modes.cpr.Cpr;
import org.deconflict.modes.message.AltitudeReply;
import org.deconflict.modes.message.CommBReply;
import org.deconflict.modes.message.ExtendedSquitter;
import org.deconflict.modes.message.IdentityReply;
import org.deconflict.modes.message.ModeSMessage;
import org.junit.jupiter.api.Test;

/**
 * The reference vectors of /work/shared/data/modes/SOURCES.md (The 1090 MHz Riddle; pyModeS, java-adsb tests) with
 * their stated tolerances (positions 0.001°). Frames with zeroed CRC ("CRC zeroed" in SOURCES.md) cannot pass the
 * decoder's parity check, so their fields are read with the static accessors.
 */
class ReferenceVectorsTest {
    private static final double POS_TOL = 0.001;
    private final ModeSDecoder decoder = new ModeSDecoder(ModeSDecoder.Options.frames());

    private ModeSMessage decode(String hex) {
        ModeSDecoder.Result r = decoder.decode(Bits.parseHex(hex), 0);
        assertThat(r.reason()).as(hex).isNull();
        return r.message();
    }

    private <T> T adsb(String hex, Class<T> type) {
        ExtendedSquitter es = (ExtendedSquitter) decode(hex);
        assertThat(es.adsb()).isInstanceOf(type);
        return type.cast(es.adsb());
    }

    @Test
    void identification() {
        ModeSMessage m = decode("8D406B902015A678D4D220AA4BDA");
        assertThat(m.icao()).isEqualTo(0x406B90);
        assertThat(m.frame().correctedBits()).isZero();
        Identification id = (Identification) ((ExtendedSquitter) m).adsb();
        assertThat(id.callsign()).isEqualTo("EZY85MH");
        assertThat(id.category()).isZero();
    }

    @Test
    void airbornePositionLocalAndGlobal() {
        AirbornePosition even = adsb("8D40058B58C901375147EFD09357", AirbornePosition.class);
        AirbornePosition odd = adsb("8D40058B58C904A87F402D3B8C59", AirbornePosition.class);
        assertThat(even.altitudeFt()).isEqualTo(39000);
        assertThat(even.odd()).isFalse();
        assertThat(even.nic()).isEqualTo(7); // version 0: NUCp 7
        double[] p = new double[2];
        Cpr.local(even.latCpr(), even.lonCpr(), false, false, 49.0, 6.0, p);
        assertPos(p, 49.82410, 6.06785);
        Cpr.local(odd.latCpr(), odd.lonCpr(), true, false, 49.0, 6.0, p);
        assertPos(p, 49.81755, 6.08442);
        assertThat(Cpr.globalAirborne(even.latCpr(), even.lonCpr(), odd.latCpr(), odd.lonCpr(), true, p)).isTrue();
        assertPos(p, 49.81755, 6.08442);
        assertThat(Cpr.globalAirborne(even.latCpr(), even.lonCpr(), odd.latCpr(), odd.lonCpr(), false, p)).isTrue();
        assertPos(p, 49.82410, 6.06785);
    }

    @Test
    void bookCprExample() {
        AirbornePosition even = adsb("8D40621D58C382D690C8AC2863A7", AirbornePosition.class);
        AirbornePosition odd = adsb("8D40621D58C386435CC412692AD6", AirbornePosition.class);
        assertThat(even.latCpr()).isEqualTo(93000);
        assertThat(even.lonCpr()).isEqualTo(51372);
        assertThat(odd.latCpr()).isEqualTo(74158);
        assertThat(odd.lonCpr()).isEqualTo(50194);
        assertThat(even.altitudeFt()).isEqualTo(38000);
        double[] p = new double[2];
        assertThat(Cpr.globalAirborne(93000, 51372, 74158, 50194, false, p)).isTrue();
        assertPos(p, 52.2572, 3.91937);
    }

    @Test
    void localDecodeNumericalEdgeCase() {
        AirbornePosition m = adsb("8D06A15358BF17FF7D4A84B47B95", AirbornePosition.class);
        double[] p = new double[2];
        Cpr.local(m.latCpr(), m.lonCpr(), m.odd(), false, 30.508474576271183, 36.000000000000003, p);
        assertPos(p, 30.50540, 33.44787);
    }

    @Test
    void surfacePositionsLfbo() {
        SurfacePosition a = adsb("903a23ff426a38565950432ebf95", SurfacePosition.class);
        SurfacePosition b = adsb("903a23ff426a4e65f7487a775d17", SurfacePosition.class);
        SurfacePosition odd = a.odd() ? a : b;
        SurfacePosition even = a.odd() ? b : a;
        assertThat(odd.odd()).isNotEqualTo(even.odd());
        double[] p = new double[2];
        Cpr.local(odd.latCpr(), odd.lonCpr(), true, true, 43.63, 1.37, p);
        assertPos(p, 43.62646, 1.37476);
        assertThat(Cpr.globalSurface(even.latCpr(), even.lonCpr(), odd.latCpr(), odd.lonCpr(), false, 43.63, 1.37, p))
                .isTrue();
        assertPos(p, 43.62648, 1.37462);
    }

    @Test
    void surfacePairSouthernHemisphereWithZeroedCrc() {
        byte[] even = Bits.parseHex("8CC8200A3AC8F009BCDEF2000000");
        byte[] odd = Bits.parseHex("8FC8200A3AB8F5F893096B000000");
        assertThat(Adsb.cprOdd(even, 0)).isFalse();
        assertThat(Adsb.cprOdd(odd, 0)).isTrue();
        double[] p = new double[2];
        assertThat(Cpr.globalSurface(Adsb.cprLat(even, 0), Adsb.cprLon(even, 0), Adsb.cprLat(odd, 0),
                Adsb.cprLon(odd, 0), true, -43.496, 172.558, p)).isTrue();
        assertPos(p, -43.48564, 172.53942);
        Cpr.local(Adsb.cprLat(odd, 0), Adsb.cprLon(odd, 0), true, true, -43.5, 172.5, p);
        assertPos(p, -43.48564, 172.53942);
        SurfacePosition s = (SurfacePosition) Adsb.decode(odd, 0, 0, 0, 0);
        assertThat(s.groundSpeedKt()).isCloseTo(19.0, within(1e-9));
        assertThat(s.groundTrackDeg()).isCloseTo(42.2, within(0.05));
    }

    @Test
    void velocities() {
        AirborneVelocity gs = adsb("8D485020994409940838175B284F", AirborneVelocity.class);
        assertThat(gs.groundSpeedKt()).isEqualTo(159);
        assertThat(gs.trackDeg()).isCloseTo(182.88, within(0.01));
        assertThat(gs.verticalRateFpm()).isEqualTo(-832);
        assertThat(gs.verticalRateBaro()).isFalse();
        assertThat(gs.geoMinusBaroFt()).isEqualTo(550);
        AirborneVelocity as = adsb("8DA05F219B06B6AF189400CBC33F", AirborneVelocity.class);
        assertThat(as.airspeedKt()).isEqualTo(375);
        assertThat(as.trueAirspeed()).isTrue();
        assertThat(as.headingDeg()).isCloseTo(243.98, within(0.01));
        assertThat(as.verticalRateFpm()).isEqualTo(-2304);
        assertThat(adsb("8d3461cf9908388930080f948ea1", AirborneVelocity.class).verticalRateFpm()).isEqualTo(64);
        assertThat(adsb("8d3461cf9908558e100c1071eb67", AirborneVelocity.class).verticalRateFpm()).isEqualTo(128);
        assertThat(adsb("8d3461cf99085a8f10400f80e6ac", AirborneVelocity.class).verticalRateFpm()).isEqualTo(960);
        assertThat(adsb("8d394c0f990c4932780838866883", AirborneVelocity.class).verticalRateFpm()).isEqualTo(-64);
    }

    @Test
    void altitudes() {
        assertThat(adsb("8d484fde5803b647ecec4fcdd74f", AirbornePosition.class).altitudeFt()).isEqualTo(-325);
        assertThat(adsb("8d4845575803c647bcec2a980abc", AirbornePosition.class).altitudeFt()).isEqualTo(-300);
        assertThat(adsb("8d343386581f06318ad4fecab734", AirbornePosition.class).altitudeFt()).isEqualTo(5000);
        assertThat(((AltitudeReply) decode("20001718029FCD")).altitudeFt()).isEqualTo(36000);
    }

    @Test
    void squawksAndStatus() {
        IdentityReply id = (IdentityReply) decode("2A00516D492B80");
        assertThat(IdentityCode.format(id.squawk())).isEqualTo("0356");
        assertThat(id.flightStatus()).isEqualTo(2);
        EmergencyStatus e = adsb("8DA2C1B6E112B600000000760759", EmergencyStatus.class);
        assertThat(e.emergencyState()).isZero();
        assertThat(IdentityCode.format(e.squawk())).isEqualTo("6513");
    }

    @Test
    void targetStateAndStatus() {
        TargetStateStatus t = adsb("8DA05629EA21485CBF3F8CADAEEB", TargetStateStatus.class);
        assertThat(t.selectedAltitudeFt()).isEqualTo(16992);
        assertThat(t.selectedAltitudeFms()).isFalse();
        assertThat(t.baroPressureSettingHpa()).isCloseTo(1012.8, within(0.01));
        assertThat(t.selectedHeadingDeg()).isCloseTo(66.8, within(0.05));
        assertThat(t.autopilot()).isTrue();
        assertThat(t.vnav()).isTrue();
        assertThat(t.lnav()).isTrue();
        assertThat(t.tcasOperational()).isTrue();
    }

    /**
     * TCAS/ACAS operational (v2: ME 53) is read whatever the mode status bit (ME 47) says; v1 (DO-260A) carries it
     * inverted in ME 52 and the RA-active flag in ME 53 (pyModeS bds62 reads the same bits).
     */
    @Test
    void targetStateTcasBitsOutsideTheModeBits() {
        long v2 = 29L << 51 | 1L << 49; // TC 29, subtype 1 (ME 6-7 = 01), mode status ME 47 clear
        TargetStateStatus on = adsb(tc29Frame(v2 | meBit(53)), TargetStateStatus.class);
        assertThat(on.autopilot()).isNull();
        assertThat(on.tcasOperational()).isTrue();
        assertThat(on.tcasRaActive()).isNull();
        assertThat(adsb(tc29Frame(v2), TargetStateStatus.class).tcasOperational()).isFalse();

        long v1 = 29L << 51; // subtype 0
        TargetStateStatus ra = adsb(tc29Frame(v1 | meBit(53)), TargetStateStatus.class);
        assertThat(ra.tcasOperational()).isTrue();
        assertThat(ra.tcasRaActive()).isTrue();
        TargetStateStatus off = adsb(tc29Frame(v1 | meBit(52)), TargetStateStatus.class);
        assertThat(off.tcasOperational()).isFalse();
        assertThat(off.tcasRaActive()).isFalse();
    }

    private static long meBit(int pos) {
        return 1L << (56 - pos);
    }

    /** A DF17 frame from address 0xA05629 carrying {@code me}, with its parity. */
    private static String tc29Frame(long me) {
        byte[] f = new byte[14];
        f[0] = (byte) 0x8D;
        f[1] = (byte) 0xA0;
        f[2] = 0x56;
        f[3] = 0x29;
        for (int i = 0; i < 7; i++) {
            f[4 + i] = (byte) (me >>> (48 - 8 * i));
        }
        Crc24.writeParity(f, 0, 14, Crc24.compute(f, 0, 11));
        return Bits.hex(f, 0, 14);
    }

    @Test
    void allCallWithZeroedParity() {
        byte[] f = Bits.parseHex("5D4CA2D4000000");
        assertThat(ModeS.df(f, 0)).isEqualTo(11);
        assertThat(ModeS.addressAnnounced(f, 0)).isEqualTo(0x4CA2D4);
        assertThat(ModeS.bits6to8(f, 0)).isEqualTo(5);
    }

    @Test
    void commBRegisters() {
        CommBReply klm = (CommBReply) decode("A000083E202CC371C31DE0AA1CCF");
        assertThat(klm.register()).isEqualTo(new AircraftIdentification("KLM1017"));
        CommBReply dl = (CommBReply) decode("A800178D10010080F50000D5893C");
        assertThat(dl.bdsCandidates()).isEqualTo(Bds.BDS10.mask());
        assertThat(dl.register()).isInstanceOf(DataLinkCapability.class);

        CommBReply sel = (CommBReply) decode("A000029C85E42F313000007047D3");
        SelectedVerticalIntention s = (SelectedVerticalIntention) sel.register();
        assertThat(s.selectedAltitudeMcpFt()).isEqualTo(3008);
        assertThat(s.selectedAltitudeFmsFt()).isEqualTo(3008);
        assertThat(s.baroPressureSettingHpa()).isCloseTo(1020.0, within(0.01));

        byte[] meteo = Bits.parseHex("A0001692185BD5CF400000DFC696");
        assertThat(BdsInference.candidates(meteo, 0, AltitudeCode.UNAVAILABLE, true) & Bds.BDS44.mask()).isNotZero();
        assertThat(BdsInference.candidates(meteo, 0, AltitudeCode.UNAVAILABLE, false) & Bds.BDS44.mask()).isZero();
        MeteoRoutineReport w = MeteoRoutineReport.decode(meteo, 0);
        assertThat(w.windSpeedKt()).isEqualTo(22);
        assertThat(w.windDirectionDeg()).isCloseTo(344.5, within(0.05));
        assertThat(w.staticAirTemperatureC()).isCloseTo(-48.75, within(1e-9));
        assertThat(w.figureOfMerit()).isEqualTo(1);

        CommBReply tt = (CommBReply) decode("A000139381951536E024D4CCF6B5");
        TrackAndTurnReport t = (TrackAndTurnReport) tt.register();
        assertThat(t.rollDeg()).isCloseTo(2.1, within(0.05));
        assertThat(t.trueTrackDeg()).isCloseTo(114.258, within(0.001));
        assertThat(t.groundSpeedKt()).isEqualTo(438);
        assertThat(t.trackRateDegPerS()).isCloseTo(0.125, within(1e-9));
        assertThat(t.trueAirspeedKt()).isEqualTo(424);

        CommBReply hs = (CommBReply) decode("A00004128F39F91A7E27C46ADC21");
        HeadingAndSpeedReport h = (HeadingAndSpeedReport) hs.register();
        assertThat(h.magneticHeadingDeg()).isCloseTo(42.715, within(0.001));
        assertThat(h.indicatedAirspeedKt()).isEqualTo(252);
        assertThat(h.mach()).isCloseTo(0.42, within(0.001));
        assertThat(h.baroVerticalRateFpm()).isEqualTo(-1920);
        assertThat(h.inertialVerticalRateFpm()).isEqualTo(-1920);

        byte[] hazard = Bits.parseHex("A00004190001FB80000000000000");
        assertThat(MeteoHazardReport.isValid(hazard, 0)).isTrue();
        assertThat(MeteoHazardReport.decode(hazard, 0).staticAirTemperatureC()).isCloseTo(-4.5, within(1e-9));
    }

    @Test
    void javaAdsbReadmePairWithZeroedCrc() {
        byte[] even = Bits.parseHex("8dc0ffee58b986d0b3bd25000000");
        byte[] odd = Bits.parseHex("8dc0ffee58b9835693c897000000");
        boolean evenIsOdd = Adsb.cprOdd(even, 0);
        byte[] e = evenIsOdd ? odd : even;
        byte[] o = evenIsOdd ? even : odd;
        double[] p = new double[2];
        assertThat(Cpr.globalAirborne(Adsb.cprLat(e, 0), Adsb.cprLon(e, 0), Adsb.cprLat(o, 0), Adsb.cprLon(o, 0),
                true, p)).isTrue();
        assertThat(p[0]).isCloseTo(47.0063, within(0.001));
        assertThat(p[1]).isCloseTo(8.0254, within(0.001));
    }

    private static void assertPos(double[] p, double lat, double lon) {
        assertThat(p[0]).as("lat").isCloseTo(lat, within(POS_TOL));
        assertThat(p[1]).as("lon").isCloseTo(lon, within(POS_TOL));
    }
}
