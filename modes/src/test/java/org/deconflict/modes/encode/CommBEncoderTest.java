package org.deconflict.modes.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;

import org.deconflict.modes.AltitudeCode;
import org.deconflict.modes.commb.AcasActiveResolution;
import org.deconflict.modes.commb.AircraftIdentification;
import org.deconflict.modes.commb.Bds;
import org.deconflict.modes.commb.BdsInference;
import org.deconflict.modes.commb.DataLinkCapability;
import org.deconflict.modes.commb.GicbCapability;
import org.deconflict.modes.commb.HeadingAndSpeedReport;
import org.deconflict.modes.commb.SelectedVerticalIntention;
import org.deconflict.modes.commb.TrackAndTurnReport;

/**
 * Comm-B MB fields built by {@link ModeSEncoder}, sent in DF20 replies, come back through the project's decoder: the
 * register inference lists the true register among its candidates and the decoded values match the inputs within
 * each field's resolution (ICAO Doc 9871 Appendix A).
 */
class CommBEncoderTest {

    private static final int ICAO = 0x4840D6;

    /** The MB as it arrives: inside a DF20 altitude reply at {@code altitudeFt}, read back from the frame bytes. */
    private static int candidatesInReply(long mb, int altitudeFt) {
        byte[] f = ModeSEncoder.commBAltitudeReply(0, 0, 0, altitudeFt, mb, ICAO);
        return BdsInference.candidates(f, 0, altitudeFt, false);
    }

    @Test
    void dataLinkCapabilityRoundTrips() {
        long mb = ModeSEncoder.mbDataLinkCapability(true, 5, false, true, 0, 0, true, true, true, true, 0);
        assertThat(candidatesInReply(mb, 35_000) & Bds.BDS10.mask()).isNotZero();
        DataLinkCapability d = DataLinkCapability.decode(mb);
        assertThat(d).isEqualTo(new DataLinkCapability(true, 5, false, true, 0, 0, true, true, true, true, 0));
    }

    @Test
    void gicbCapabilityRoundTripsAndRefusesUnknownRegisters() {
        long mb = ModeSEncoder.mbGicbCapability(0x05, 0x08, 0x09, 0x20, 0x40, 0x50, 0x60);
        assertThat(candidatesInReply(mb, 35_000) & Bds.BDS17.mask()).isNotZero();
        assertThat(GicbCapability.decode(mb).registers()).containsExactly("0,5", "0,8", "0,9", "2,0", "4,0", "5,0", "6,0");
        assertThatThrownBy(() -> ModeSEncoder.mbGicbCapability(0x30)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void identificationIsFoundInAReply() {
        long mb = ModeSEncoder.mbIdentification("SAS1755");
        assertThat(candidatesInReply(mb, 22_000) & Bds.BDS20.mask()).isNotZero();
        assertThat(AircraftIdentification.decode(mb).callsign()).isEqualTo("SAS1755");
    }

    @Property(tries = 300)
    void acasResolutionAdvisoryRoundTrips(@ForAll @IntRange(max = 0x3FFF) int ara, @ForAll @IntRange(max = 15) int rac,
            @ForAll boolean terminated, @ForAll boolean multiple, @ForAll @IntRange(max = 0xFFFFFF) int threat) {
        long mb = ModeSEncoder.mbAcasActiveResolution(ara, rac, terminated, multiple, 1, threat << 2);
        AcasActiveResolution r = AcasActiveResolution.decode(mb);
        assertThat(r).isEqualTo(new AcasActiveResolution(ara, rac, terminated, multiple, 1, threat << 2));
        if (AcasActiveResolution.isValid(mb)) {
            assertThat(candidatesInReply(mb, 20_000) & Bds.BDS30.mask()).isNotZero();
        }
    }

    @Test
    void aTypicalClimbRaIsRecognised() {
        // ARA bit 41 (MB 9) set: one RA generated; "climb" sense (MB 10 = 0); threat by ICAO address (TTI = 1)
        long mb = ModeSEncoder.mbAcasActiveResolution(0b10_0000_0000_0000, 0, false, false, 1, 0x4B1234 << 2);
        assertThat(candidatesInReply(mb, 7_000) & Bds.BDS30.mask()).isNotZero();
        assertThat(AcasActiveResolution.threatIdentity(mb) >>> 2).isEqualTo(0x4B1234);
    }

    @Property(tries = 500)
    void selectedVerticalIntentionRoundTrips(@ForAll @IntRange(min = 0, max = 45_000) int selectedFt,
            @ForAll @DoubleRange(min = 950, max = 1050) double baroHpa, @ForAll @IntRange(max = 7) int modes,
            @ForAll @IntRange(max = 3) int source) {
        long mb = ModeSEncoder.mbSelectedVerticalIntention(selectedFt, selectedFt, baroHpa, modes, source);
        assertThat(candidatesInReply(mb, 30_000) & Bds.BDS40.mask()).isNotZero();
        SelectedVerticalIntention d = SelectedVerticalIntention.decode(mb);
        assertThat((double) d.selectedAltitudeMcpFt()).isCloseTo(selectedFt, within(8.0));
        assertThat((double) d.selectedAltitudeFmsFt()).isCloseTo(selectedFt, within(8.0));
        assertThat(d.baroPressureSettingHpa()).isCloseTo(baroHpa, within(0.05 + 1e-9));
        assertThat(SelectedVerticalIntention.modeBits(mb)).isEqualTo(modes);
        assertThat(d.targetAltitudeSource()).isEqualTo(source);
    }

    @Test
    void selectedVerticalIntentionWithoutDataLeavesStatusBitsClear() {
        long mb = ModeSEncoder.mbSelectedVerticalIntention(Integer.MIN_VALUE, 36_000, Double.NaN, -1, -1);
        SelectedVerticalIntention d = SelectedVerticalIntention.decode(mb);
        assertThat(d.selectedAltitudeMcpFt()).isNull();
        assertThat(d.selectedAltitudeFmsFt()).isEqualTo(36_000);
        assertThat(d.baroPressureSettingHpa()).isNull();
        assertThat(d.vnavMode()).isNull();
    }

    @Property(tries = 500)
    void trackAndTurnRoundTrips(@ForAll @DoubleRange(min = -40, max = 40) double rollDeg,
            @ForAll @DoubleRange(min = 0, max = 359.9) double trackDeg, @ForAll @IntRange(min = 100, max = 500) int gsKt,
            @ForAll @DoubleRange(min = -3, max = 3) double rateDegS) {
        int tasKt = gsKt;                       // no wind
        long mb = ModeSEncoder.mbTrackAndTurn(rollDeg, trackDeg, gsKt, rateDegS, tasKt);
        assertThat(candidatesInReply(mb, 33_000) & Bds.BDS50.mask()).isNotZero();
        TrackAndTurnReport d = TrackAndTurnReport.decode(mb);
        assertThat(d.rollDeg()).isCloseTo(rollDeg, within(45.0 / 512 + 1e-9));
        assertThat(angleDiff(d.trueTrackDeg(), trackDeg)).isLessThanOrEqualTo(90.0 / 1024 + 1e-9);
        assertThat((double) d.groundSpeedKt()).isCloseTo(gsKt, within(1.0));
        assertThat(d.trackRateDegPerS()).isCloseTo(rateDegS, within(4.0 / 256 + 1e-9));
        assertThat((double) d.trueAirspeedKt()).isCloseTo(tasKt, within(1.0));
    }

    @Property(tries = 500)
    void headingAndSpeedRoundTrips(@ForAll @DoubleRange(min = 0, max = 359.9) double headingDeg,
            @ForAll @IntRange(min = 0, max = 41_000) int altitudeFt, @ForAll @DoubleRange(min = 0.3, max = 0.85) double mach,
            @ForAll @IntRange(min = -4000, max = 4000) int vrFpm) {
        double iasKt = AirData.calibratedAirspeedKt(mach, altitudeFt);
        long mb = ModeSEncoder.mbHeadingAndSpeed(headingDeg, iasKt, mach, vrFpm, vrFpm);
        int altitudeInReply = AltitudeCode.decodeAc13(AltitudeCode.encodeAc13Q(altitudeFt));
        if (iasKt <= 500) {                    // the decoder's plausibility limit (pyModeS figure)
            assertThat(candidatesInReply(mb, altitudeInReply) & Bds.BDS60.mask()).isNotZero();
        }
        HeadingAndSpeedReport d = HeadingAndSpeedReport.decode(mb);
        assertThat(angleDiff(d.magneticHeadingDeg(), headingDeg)).isLessThanOrEqualTo(90.0 / 1024 + 1e-9);
        assertThat((double) d.indicatedAirspeedKt()).isCloseTo(Math.min(1023, iasKt), within(0.5 + 1e-9));
        assertThat(d.mach()).isCloseTo(mach, within(1.024 / 512 + 1e-9));
        assertThat((double) d.baroVerticalRateFpm()).isCloseTo(vrFpm, within(16.0));
        assertThat((double) d.inertialVerticalRateFpm()).isCloseTo(vrFpm, within(16.0));
    }

    @Test
    void airDataMatchesTheStandardAtmosphere() {
        assertThat(AirData.pressurePa(0)).isCloseTo(101_325, within(1.0));
        assertThat(AirData.pressurePa(36_089)).isCloseTo(22_632, within(20.0));     // tropopause, Doc 7488
        assertThat(AirData.calibratedAirspeedKt(0.5, 0)).isCloseTo(0.5 * 661.47, within(0.5));   // CAS = TAS at sea level
        assertThat(AirData.mach(661.47, 0)).isCloseTo(1.0, within(1e-3));
        assertThat(AirData.mach(573.6, 36_089)).isCloseTo(1.0, within(2e-3));       // a = 295.07 m/s above 11 km
    }

    private static double angleDiff(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }
}
