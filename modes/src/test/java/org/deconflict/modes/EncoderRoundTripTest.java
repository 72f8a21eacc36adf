package org.deconflict.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.deconflict.modes.adsb.AirbornePosition;
import org.deconflict.modes.adsb.AirborneVelocity;
import org.deconflict.modes.adsb.Identification;
import org.deconflict.modes.adsb.OperationalStatus;
import org.deconflict.modes.adsb.SurfacePosition;
import org.deconflict.modes.commb.AircraftIdentification;
import org.deconflict.modes.cpr.Cpr;
import org.deconflict.modes.encode.ModeSEncoder;
import org.deconflict.modes.message.AllCallReply;
import org.deconflict.modes.message.AltitudeReply;
import org.deconflict.modes.message.CommBReply;
import org.deconflict.modes.message.ExtendedSquitter;
import org.deconflict.modes.message.IdentityReply;
import org.deconflict.modes.message.ModeSMessage;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Encoder → decoder is the identity on random valid field values (positions within CPR resolution). */
class EncoderRoundTripTest {

    private static ModeSMessage decode(byte[] frame) {
        ModeSDecoder d = new ModeSDecoder(ModeSDecoder.Options.frames().withMaxCorrectedBits(0));
        ModeSDecoder.Result r = d.decode(frame, 0);
        assertThat(r.reason()).isNull();
        return r.message();
    }

    @Provide
    Arbitrary<String> callsigns() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofMinLength(1).ofMaxLength(8);
    }

    @Property(tries = 300)
    void identification(@ForAll @IntRange(max = 0xFFFFFF) int icao, @ForAll @IntRange(min = 1, max = 4) int tc,
            @ForAll @IntRange(max = 7) int category, @ForAll("callsigns") String callsign) {
        ExtendedSquitter es = (ExtendedSquitter) decode(ModeSEncoder.identification(17, 5, icao, tc, category, callsign));
        assertThat(es.icao()).isEqualTo(icao);
        assertThat(es.adsb()).isEqualTo(new Identification(tc, category, callsign));
    }

    @Property(tries = 500)
    void airbornePositionPair(@ForAll @IntRange(max = 0xFFFFFF) int icao,
            @ForAll @DoubleRange(min = -89.9, max = 89.9) double lat,
            @ForAll @DoubleRange(min = -180, max = 179.99) double lon,
            @ForAll @IntRange(min = -40, max = 2000) int alt25) {
        int altFt = alt25 * 25;
        AirbornePosition even = (AirbornePosition) ((ExtendedSquitter) decode(
                ModeSEncoder.airbornePosition(17, 5, icao, 11, 0, 0, altFt, false, lat, lon))).adsb();
        AirbornePosition odd = (AirbornePosition) ((ExtendedSquitter) decode(
                ModeSEncoder.airbornePosition(17, 5, icao, 11, 0, 0, altFt, true, lat, lon))).adsb();
        assertThat(even.altitudeFt()).isEqualTo(altFt);
        assertThat(even.odd()).isFalse();
        assertThat(odd.odd()).isTrue();
        double[] p = new double[2];
        boolean ok = Cpr.globalAirborne(even.latCpr(), even.lonCpr(), odd.latCpr(), odd.lonCpr(), true, p);
        if (!ok) { // only legitimate within quantisation distance of an NL zone boundary
            assertThat(Cpr.nl(lat - 1e-4)).isNotEqualTo(Cpr.nl(lat + 1e-4));
            return;
        }
        assertThat(p[0]).isCloseTo(lat, within(1e-4));
        double lonTol = 360.0 / Math.max(Cpr.nl(lat) - 1, 1) / Cpr.SCALE * 1.01;
        assertThat(angleDiff(p[1], lon)).isLessThanOrEqualTo(lonTol);
        // local decoding against a nearby reference gives the same answer
        double[] q = new double[2];
        Cpr.local(odd.latCpr(), odd.lonCpr(), true, false, lat + 0.5, lon - 0.5, q);
        assertThat(q[0]).isCloseTo(p[0], within(1e-9));
        assertThat(angleDiff(q[1], p[1])).isLessThan(1e-9);
    }

    @Property(tries = 300)
    void surfacePosition(@ForAll @IntRange(max = 0xFFFFFF) int icao,
            @ForAll @DoubleRange(min = -80, max = 80) double lat, @ForAll @DoubleRange(min = -180, max = 179.9) double lon,
            @ForAll @IntRange(min = 2, max = 124) int movement, @ForAll @IntRange(max = 127) int track) {
        double speed = org.deconflict.modes.adsb.Adsb.movementKt(movement);
        double trackDeg = track * 360.0 / 128;
        SurfacePosition s = (SurfacePosition) ((ExtendedSquitter) decode(
                ModeSEncoder.surfacePosition(17, 5, icao, 7, speed, trackDeg, true, lat, lon))).adsb();
        assertThat(s.movement()).isEqualTo(movement);
        assertThat(s.groundSpeedKt()).isEqualTo(speed);
        assertThat(s.groundTrackDeg()).isEqualTo(trackDeg);
        double[] p = new double[2];
        Cpr.local(s.latCpr(), s.lonCpr(), true, true, lat + 0.1, lon + 0.1, p);
        assertThat(p[0]).isCloseTo(lat, within(1e-4));
        assertThat(angleDiff(p[1], lon)).isLessThan(1e-3);
    }

    @Property(tries = 300)
    void groundVelocity(@ForAll @IntRange(max = 0xFFFFFF) int icao, @ForAll @IntRange(min = -1022, max = 1022) int ve,
            @ForAll @IntRange(min = -1022, max = 1022) int vn, @ForAll @IntRange(min = -500, max = 500) int vr64,
            @ForAll boolean baro, @ForAll @IntRange(min = -125, max = 125) int dh25) {
        AirborneVelocity v = (AirborneVelocity) ((ExtendedSquitter) decode(ModeSEncoder.groundVelocity(17, 5, icao, ve,
                vn, vr64 * 64, baro, dh25 * 25, 2))).adsb();
        assertThat(v.velocityEastKt()).isEqualTo(ve);
        assertThat(v.velocityNorthKt()).isEqualTo(vn);
        assertThat(v.verticalRateFpm()).isEqualTo(vr64 * 64);
        assertThat(v.verticalRateBaro()).isEqualTo(baro);
        assertThat(v.geoMinusBaroFt()).isEqualTo(dh25 * 25);
        assertThat(v.nacV()).isEqualTo(2);
    }

    @Property(tries = 200)
    void airspeedVelocity(@ForAll @IntRange(max = 0xFFFFFF) int icao, @ForAll @IntRange(max = 1022) int as,
            @ForAll boolean tas, @ForAll @IntRange(max = 1023) int hdg) {
        double headingDeg = hdg * 360.0 / 1024;
        AirborneVelocity v = (AirborneVelocity) ((ExtendedSquitter) decode(ModeSEncoder.airspeedVelocity(17, 5, icao,
                as, tas, headingDeg, Integer.MIN_VALUE, true, Integer.MIN_VALUE, 1))).adsb();
        assertThat(v.airspeedKt()).isEqualTo(as);
        assertThat(v.trueAirspeed()).isEqualTo(tas);
        assertThat(v.headingDeg()).isEqualTo(headingDeg);
        assertThat(v.verticalRateFpm()).isNull();
    }

    @Property(tries = 200)
    void operationalStatus(@ForAll @IntRange(max = 0xFFFFFF) int icao, @ForAll @IntRange(max = 2) int version,
            @ForAll @IntRange(max = 1) int nicA, @ForAll @IntRange(max = 15) int nacP,
            @ForAll @IntRange(max = 3) int gva, @ForAll @IntRange(max = 3) int sil, @ForAll boolean nicBaro) {
        ModeSDecoder d = new ModeSDecoder(ModeSDecoder.Options.frames());
        ModeSDecoder.Result r = d.decode(
                ModeSEncoder.operationalStatus(17, 5, icao, 0, 0x2000, 0, version, nicA, nacP, gva, sil, nicBaro,
                        false, true, 0), 0);
        OperationalStatus o = (OperationalStatus) ((ExtendedSquitter) r.message()).adsb();
        assertThat(o.version()).isEqualTo(version);
        assertThat(o.nicSupplementA()).isEqualTo(nicA);
        assertThat(o.nacP()).isEqualTo(nacP);
        assertThat(o.gva()).isEqualTo(version == 2 ? gva : null);
        assertThat(o.sil()).isEqualTo(sil);
        assertThat(o.nicBaro()).isEqualTo(nicBaro);
        assertThat(d.adsbVersions().version(icao)).isEqualTo(version);
    }

    @Property(tries = 300)
    void addressParityReplies(@ForAll @IntRange(max = 0xFFFFFF) int icao, @ForAll @IntRange(min = -40, max = 2000) int alt25,
            @ForAll @IntRange(max = 07777) int squawkOctal, @ForAll @IntRange(max = 7) int fs,
            @ForAll("callsigns") String callsign) {
        int squawk = Integer.parseInt(Integer.toOctalString(squawkOctal));
        AltitudeReply a = (AltitudeReply) decode(ModeSEncoder.altitudeReply(fs, 0, 0, alt25 * 25, icao));
        assertThat(a.icao()).isEqualTo(icao);
        assertThat(a.altitudeFt()).isEqualTo(alt25 * 25);
        assertThat(a.flightStatus()).isEqualTo(fs);
        IdentityReply i = (IdentityReply) decode(ModeSEncoder.identityReply(fs, 0, 0, squawk, icao));
        assertThat(i.icao()).isEqualTo(icao);
        assertThat(i.squawk()).isEqualTo(squawk);
        long mb = ModeSEncoder.mbIdentification(callsign);
        CommBReply c = (CommBReply) decode(ModeSEncoder.commBIdentityReply(fs, 0, 0, squawk, mb, icao));
        assertThat(c.icao()).isEqualTo(icao);
        assertThat(c.squawk()).isEqualTo(squawk);
        assertThat(c.mb()).isEqualTo(mb);
        assertThat(c.register()).isEqualTo(new AircraftIdentification(callsign));
        CommBReply c20 = (CommBReply) decode(ModeSEncoder.commBAltitudeReply(fs, 0, 0, alt25 * 25, mb, icao));
        assertThat(c20.altitudeFt()).isEqualTo(alt25 * 25);
        AllCallReply ac = (AllCallReply) decode(ModeSEncoder.allCall(5, icao, 0));
        assertThat(ac.icao()).isEqualTo(icao);
        assertThat(ac.capability()).isEqualTo(5);
    }

    private static double angleDiff(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }
}
