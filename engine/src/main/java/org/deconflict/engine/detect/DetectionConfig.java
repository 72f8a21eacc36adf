package org.deconflict.engine.detect;

import static org.deconflict.engine.geo.Geo.MPS_PER_KT;
import static org.deconflict.engine.geo.Geo.M_PER_FT;
import static org.deconflict.engine.geo.Geo.M_PER_NM;

import java.io.Serializable;
import java.util.Objects;

import org.deconflict.engine.event.Severity;

/**
 * Every threshold of every detector, grouped by detector, with defaults and their source ({@link #defaults()}).
 *
 * <p>Severity mapping (geometry of the closest point → UK Airprox Board category; UKAB grades by judgement, this is
 * Deconflict's documented proxy): air–air A inside the NMAC box, B inside {@code severityB*} (0.5 NM and 500 ft by
 * default), C separation lost otherwise, E minima kept (predicted or TCAS-only encounters that never lost separation),
 * D when a vertical distance is unknown. Air–sea (low pass): A within {@code severityA*}, B within
 * {@code severityB*}, C otherwise. Sea–sea: A closer than {@code severityAM}, B closer than {@code severityBM},
 * C within close quarters, E for a CPA alarm whose ships never came within close quarters.
 *
 * @param incidentSeverity encounters closing at this severity or worse (or with a simulated attack profile) are filed
 *                         as incidents
 * @param closeDelayS      an encounter closes only after its condition has been false this long (hysteresis against
 *                         flapping on noisy positions); the reported end is the last time the condition held
 * @param fileOwnForces    also file encounters whose participants are all military units of one nation
 *                         ({@link org.deconflict.engine.event.EncounterFlag#OWN_FORCES}); by default they stay events
 * @param updateSlantShare an open encounter reports a new closest point ({@code EncounterUpdated}) once its slant
 *                         separation has fallen to this share (0 < share ≤ 1) of the closest point last reported, or
 *                         when its severity, flags, pass number or TCAS level changed since; 1 reports every new
 *                         closest point. The closing event always carries the true closest point
 */
public record DetectionConfig(AirAir airAir, AirSea airSea, SeaSea seaSea, Dark dark, Integrity integrity,
                              Severity incidentSeverity, double closeDelayS, boolean fileOwnForces,
                              double updateSlantShare)
        implements Serializable {

    public DetectionConfig {
        Objects.requireNonNull(airAir);
        Objects.requireNonNull(airSea);
        Objects.requireNonNull(seaSea);
        Objects.requireNonNull(dark);
        Objects.requireNonNull(integrity);
        Objects.requireNonNull(incidentSeverity);
        if (!(updateSlantShare > 0 && updateSlantShare <= 1)) {
            throw new IllegalArgumentException("updateSlantShare must be in (0, 1], got " + updateSlantShare);
        }
    }

    /** All defaults below. */
    public static DetectionConfig defaults() {
        return new DetectionConfig(AirAir.defaults(), AirSea.defaults(), SeaSea.defaults(), Dark.defaults(),
                Integrity.defaults(),
                Severity.C,   // Deconflict policy: every encounter in which the minima were actually lost (Airprox A–C);
                              // D (geometry not determined) and E (minima kept: predicted/TCAS-only) stay events
                10,           // Deconflict policy: 10 s hysteresis, several ADS-B position intervals (DO-260B: 0.5 s)
                false,        // ICAO Annex 2 §3.1.8: within a formation separation is the leader's; one nation's own
                              // military units together are reported as events, not filed between parties
                0.8);         // Deconflict policy: an approach from 5 NM to an NMAC reports ~18 closest points, not
                              // one per position report (~90 head-on at 400 kt, 2 Hz each); severity changes report
    }

    public DetectionConfig withAirAir(AirAir v) {
        return new DetectionConfig(v, airSea, seaSea, dark, integrity, incidentSeverity, closeDelayS, fileOwnForces,
                updateSlantShare);
    }

    public DetectionConfig withAirSea(AirSea v) {
        return new DetectionConfig(airAir, v, seaSea, dark, integrity, incidentSeverity, closeDelayS, fileOwnForces,
                updateSlantShare);
    }

    public DetectionConfig withSeaSea(SeaSea v) {
        return new DetectionConfig(airAir, airSea, v, dark, integrity, incidentSeverity, closeDelayS, fileOwnForces,
                updateSlantShare);
    }

    public DetectionConfig withDark(Dark v) {
        return new DetectionConfig(airAir, airSea, seaSea, v, integrity, incidentSeverity, closeDelayS, fileOwnForces,
                updateSlantShare);
    }

    public DetectionConfig withUpdateSlantShare(double v) {
        return new DetectionConfig(airAir, airSea, seaSea, dark, integrity, incidentSeverity, closeDelayS,
                fileOwnForces, v);
    }

    public DetectionConfig withIntegrity(Integrity v) {
        return new DetectionConfig(airAir, airSea, seaSea, dark, v, incidentSeverity, closeDelayS, fileOwnForces,
                updateSlantShare);
    }

    /** Radius in metres within which two aircraft can raise any air–air encounter within the look-ahead. */
    public double airPairRadiusM() {
        return airAir.horizontalSeparationM + airAir.maxClosingSpeedKt * MPS_PER_KT * airAir.lookAheadS;
    }

    /** Radius in metres within which two ships can raise a CPA alarm within the TCPA limit. */
    public double seaPairRadiusM() {
        return Math.max(seaSea.closeQuartersM,
                seaSea.cpaLimitM + seaSea.maxClosingSpeedKt * MPS_PER_KT * seaSea.tcpaLimitS);
    }

    /** Smallest partition cell (metres) for which copying a track to its 3×3 neighbouring cells suffices. */
    public double interactionRadiusM() {
        return Math.max(Math.max(airPairRadiusM(), seaPairRadiusM()),
                Math.max(airSea.approachRangeM, integrity.gnssCellM));
    }

    /**
     * Air–air thresholds.
     *
     * @param horizontalSeparationM radar separation minimum, metres
     * @param verticalSeparationFt  vertical separation minimum, feet
     * @param altitudeToleranceFt   vertical separation counts as lost only below minimum − tolerance (altimetry and
     *                              25 ft reporting quantisation)
     * @param lookAheadS            STCA look-ahead for linear extrapolation, seconds
     * @param maxClosingSpeedKt     fastest closure considered when sizing the pair search radius, knots
     * @param nmacHorizontalM       near mid-air collision box, horizontal, metres
     * @param nmacVerticalFt        near mid-air collision box, vertical, feet
     * @param tcas                  TCAS sensitivity levels; the pair uses the higher level of its two aircraft
     * @param severityBHorizontalM  severity B box, horizontal, metres
     * @param severityBVerticalFt   severity B box, vertical, feet
     * @param maxExtrapolationS     a partner not updated for longer than this is not dead-reckoned into a pair, seconds
     */
    public record AirAir(double horizontalSeparationM, double verticalSeparationFt, double altitudeToleranceFt,
                         double lookAheadS, double maxClosingSpeedKt, double nmacHorizontalM, double nmacVerticalFt,
                         TcasTable tcas, double severityBHorizontalM, double severityBVerticalFt,
                         double maxExtrapolationS) implements Serializable {

        public static AirAir defaults() {
            return new AirAir(
                    5 * M_PER_NM,      // ICAO Doc 4444 §8.7.3.1: 5 NM radar separation minimum
                    1_000,             // ICAO Doc 4444 §5.3.2 / Annex 2 App. 3: 1000 ft (below FL290 and in RVSM)
                    200,               // ICAO Doc 4444 §8.5.2: ±200 ft level verification tolerance (RVSM)
                    120,               // EUROCONTROL STCA Specification (2007): ~2 min look-ahead, linear
                    1_200,             // Deconflict: two aircraft at 600 kt head-on
                    500 * M_PER_FT,    // NMAC: < 500 ft horizontal (FAA AIM 7-6-3; ICAO Doc 9863 ACAS Manual)
                    100,               // NMAC: < 100 ft vertical (ICAO Doc 9863 ACAS Manual; RTCA DO-185B)
                    TcasTable.V7_1,    // FAA "Introduction to TCAS II Version 7.1" Table 3
                    0.5 * M_PER_NM,    // Deconflict severity mapping (see class doc)
                    500,               // Deconflict severity mapping (see class doc)
                    15);               // Deconflict: > radar rotation (4–12 s) and many ADS-B intervals (0.5 s)
        }
    }

    /**
     * Air–sea low-pass thresholds. INCSEA 1972 Art. IV forbids simulated attacks and aerobatics over ships but fixes
     * no distances, so every number here is configuration.
     *
     * @param lowPassDistanceM     horizontal distance from the ship within which a pass counts, metres
     * @param lowPassHeightFt      height above the ship below which a pass counts, feet
     * @param approachRangeM       range within which the approach is watched for aim and descent, metres
     * @param aimToleranceDeg      an approach is aimed when |track − bearing to ship| ≤ this, degrees
     * @param attackDescentFpm     an approach is descending when the vertical rate ≤ −this, feet per minute
     * @param attackMinPasses      aimed, descending passes (this one included) that make a simulated attack profile
     * @param passMemoryS          pass counts per aircraft and ship are forgotten after this long without contact
     * @param severityAHorizontalM severity A box, horizontal, metres
     * @param severityAHeightFt    severity A box, height above the ship, feet
     * @param severityBHorizontalM severity B box, horizontal, metres
     * @param severityBHeightFt    severity B box, height above the ship, feet
     * @param incidentSeverity     a low pass is filed as an incident from this severity (or with an attack profile)
     * @param fileMilitaryOverWarship a military aircraft's low pass over a warship is always filed
     */
    public record AirSea(double lowPassDistanceM, double lowPassHeightFt, double approachRangeM,
                         double aimToleranceDeg, double attackDescentFpm, int attackMinPasses, double passMemoryS,
                         double severityAHorizontalM, double severityAHeightFt, double severityBHorizontalM,
                         double severityBHeightFt, Severity incidentSeverity, boolean fileMilitaryOverWarship)
            implements Serializable {

        public static AirSea defaults() {
            return new AirSea(
                    1 * M_PER_NM,      // DESIGN.md default (INCSEA 1972 Art. IV fixes no distance)
                    1_000,             // DESIGN.md default (INCSEA 1972 Art. IV fixes no height)
                    5 * M_PER_NM,      // Deconflict: ~40 s before the pass at 450 kt
                    15,                // Deconflict: track within 15° of the bearing to the ship
                    500,               // Deconflict: descending faster than 500 ft/min
                    2,                 // "repeated": at least two aimed passes
                    3 * 3600,          // Deconflict: one sortie
                    500 * M_PER_FT,    // NMAC-like box over the ship (FAA AIM 7-6-3: 500 ft)
                    100,               // NMAC-like box (ICAO Doc 9863: 100 ft)
                    0.25 * M_PER_NM,   // Deconflict severity mapping (see class doc)
                    500,               // Deconflict severity mapping (see class doc)
                    Severity.B,        // Deconflict policy: a low pass is an incident from B (SAR, ports: C is routine)
                    true);             // INCSEA 1972 Art. IV: military aircraft manoeuvring over warships always filed
        }
    }

    /**
     * Sea–sea ARPA-style thresholds.
     *
     * @param cpaLimitM         alarm when predicted CPA ≤ this, metres
     * @param tcpaLimitS        … and 0 ≤ TCPA ≤ this, seconds
     * @param closeQuartersM    ships actually closer than this are in close quarters, metres
     * @param minSpeedKt        pairs where both ships are slower than this (moored, at anchor) are not assessed
     * @param maxClosingSpeedKt fastest closure considered when sizing the pair search radius, knots
     * @param severityAM        severity A distance, metres
     * @param severityBM        severity B distance, metres
     * @param maxExtrapolationS a partner not updated for longer than this is not dead-reckoned into a pair, seconds
     */
    public record SeaSea(double cpaLimitM, double tcpaLimitS, double closeQuartersM, double minSpeedKt,
                         double maxClosingSpeedKt, double severityAM, double severityBM, double maxExtrapolationS)
            implements Serializable {

        public static SeaSea defaults() {
            return new SeaSea(
                    0.5 * M_PER_NM,    // ARPA practice (IMO A.823(19) operator-set limits; DESIGN.md: 0.5–2 NM)
                    12 * 60,           // ARPA practice (DESIGN.md: 12–30 min)
                    0.25 * M_PER_NM,   // COLREGs Rule 19 fixes no distance: configuration, half the CPA limit
                    1,                 // Deconflict: slower than 1 kt is moored or at anchor
                    60,                // Deconflict: two ships at 30 kt head-on
                    50,                // Deconflict severity mapping: about one hull breadth
                    0.1 * M_PER_NM,    // Deconflict severity mapping: one cable
                    360);              // ITU-R M.1371-5 Annex 1 Table 1: class A at anchor 3 min; twice that
        }
    }

    /**
     * Dark-flight thresholds.
     *
     * @param aircraftMinGapS an aircraft silent inside coverage for at least this long, then heard again, is a dark gap
     * @param shipMinGapS     same for ships (AIS reports every 2 s–3 min, ITU-R M.1371-5 Annex 1 Table 1)
     * @param maxGapS         a reappearance after longer than this is a new voyage, not a gap
     * @param silenceS        for compliance, an interval between updates longer than this counts as silent
     * @param modeSOnlyMinS   an aircraft heard only in Mode S for this long without a position is reported
     * @param lowLevelFt      an aircraft below this altitude at either end of a silence may have flown under every
     *                        receiver's radio horizon in between, so the silence is judged at sea level, feet
     */
    public record Dark(double aircraftMinGapS, double shipMinGapS, double maxGapS, double silenceS,
                       double modeSOnlyMinS, double lowLevelFt) implements Serializable {

        public static Dark defaults() {
            return new Dark(
                    60,                // readsb drops a position after 60 s; ADS-B sends 2/s (DO-260B §2.2.3.3.1.4)
                    30 * 60,           // 10× the slowest class A interval (3 min at anchor, ITU-R M.1371-5)
                    6 * 3600,          // Deconflict: longer than a sortie is a new flight
                    30,                // Deconflict: 60 missed ADS-B positions
                    30,                // Deconflict: long enough for a CPR pair had one been broadcast
                    3_000);            // Deconflict: 4/3-earth horizon of 3,000 ft from a 40 m mast ≈ 150 km, about the
                                       // spacing of coastal receivers over the Baltic, so lower flight can hide between them
        }
    }

    /**
     * Integrity (spoofing, GNSS interference) thresholds.
     *
     * @param kinematicWindowMinS    positions are compared with the reported velocity over windows this long at least
     * @param kinematicWindowMaxS    … and at most, seconds
     * @param kinematicToleranceM    discrepancy between moved and reported displacement that raises suspicion, metres
     * @param kinematicMaxStepS      longest interval between two positions across which the reported velocity is
     *                               integrated; across a longer reception gap the comparison window restarts, seconds
     * @param maxAircraftSpeedKt     faster implied aircraft motion is impossible (duplicate address or jump), knots
     * @param maxShipSpeedKt         same for ships, knots
     * @param receptionMarginFactor  1090 MHz reception beyond this × radio horizon is impossible (ducting allowance)
     * @param shipAntennaHeightM     height assumed for a ship's AIS antenna in the horizon check, metres
     * @param vhfReceptionMarginFactor AIS (VHF) reception beyond this × radio horizon is impossible; VHF ducting over the
     *                               Baltic routinely carries AIS far past the horizon, so only gross ranges are suspect
     * @param degradedNacpMax        a position with NACp ≤ this is degraded (EPU ≥ 0.5 NM, DO-260B Table 2-70)
     * @param degradedNicMax         or with NIC ≤ this (Rc ≥ 2 NM, DO-260B Table 2-69)
     * @param goodNacpMin            a collapse is a drop to degraded after reporting NACp ≥ this
     * @param gnssCellM              interference areas are grid cells of this size, metres
     * @param gnssWindowS            collapses are counted over this window, seconds
     * @param gnssMinAircraft        at least this many distinct degraded aircraft in an area
     * @param gnssMinShare           … making at least this share of the aircraft reporting integrity there
     */
    public record Integrity(double kinematicWindowMinS, double kinematicWindowMaxS, double kinematicToleranceM,
                            double kinematicMaxStepS, double maxAircraftSpeedKt, double maxShipSpeedKt, double receptionMarginFactor,
                            double shipAntennaHeightM, double vhfReceptionMarginFactor, int degradedNacpMax, int degradedNicMax, int goodNacpMin, double gnssCellM,
                            double gnssWindowS, int gnssMinAircraft, double gnssMinShare) implements Serializable {

        public static Integrity defaults() {
            return new Integrity(
                    10,                // Deconflict: 20 ADS-B positions
                    60,                // Deconflict: keep turns small against the tolerance
                    2_000,             // Deconflict: >> CPR airborne resolution (~5 m) and a 60 s turn error
                    8,                 // Deconflict: over 8 s a 7 g turn strays ≈ 0.2·n·g·Δt² ≈ 0.9 km from the trapezoid
                                       // estimate, under half the tolerance; ADS-B sends 2 positions/s (DO-260B §2.2.3.3.1.4)
                    1_500,             // Deconflict: faster than any aircraft over the Baltic (Mach 2.3 at altitude)
                    60,                // Deconflict: faster than any ship
                    1.2,               // Deconflict: 20 % over the 4/3-earth horizon for anomalous propagation
                    20,                // Deconflict: a merchant ship's VHF antenna sits roughly 15–40 m above the sea
                    3.0,               // Deconflict: AIS heard at 2–3 × the horizon under ducting; beyond 3 × is suspect
                    4,                 // DO-260B Table 2-70: NACp 4 ↔ EPU < 1.0 NM (≥ 0.5 NM)
                    4,                 // DO-260B Table 2-69: NIC 4 ↔ Rc < 2 NM
                    8,                 // 14 CFR 91.227(c)(1)(i) / EASA: NACp ≥ 8 required for ADS-B Out
                    100_000,           // Deconflict: Baltic jamming areas span hundreds of km
                    300,               // Deconflict: 5 min
                    3,                 // Deconflict: a cluster, not one faulty receiver
                    0.5);             // Deconflict: half the aircraft heard there
        }
    }
}
