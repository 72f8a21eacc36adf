package org.deconflict.modes.json;

import java.util.LinkedHashMap;
import java.util.Map;

import org.deconflict.modes.Bits;
import org.deconflict.modes.IdentityCode;
import org.deconflict.modes.adsb.AcasRaBroadcast;
import org.deconflict.modes.adsb.AdsbMessage;
import org.deconflict.modes.adsb.AirbornePosition;
import org.deconflict.modes.adsb.AirborneVelocity;
import org.deconflict.modes.adsb.EmergencyStatus;
import org.deconflict.modes.adsb.Identification;
import org.deconflict.modes.adsb.OperationalStatus;
import org.deconflict.modes.adsb.OtherAdsb;
import org.deconflict.modes.adsb.SurfacePosition;
import org.deconflict.modes.adsb.TargetStateStatus;
import org.deconflict.modes.adsb.TestMessage;
import org.deconflict.modes.commb.AcasActiveResolution;
import org.deconflict.modes.commb.AircraftIdentification;
import org.deconflict.modes.commb.CommBRegister;
import org.deconflict.modes.commb.DataLinkCapability;
import org.deconflict.modes.commb.GicbCapability;
import org.deconflict.modes.commb.HeadingAndSpeedReport;
import org.deconflict.modes.commb.MeteoHazardReport;
import org.deconflict.modes.commb.MeteoRoutineReport;
import org.deconflict.modes.commb.SelectedVerticalIntention;
import org.deconflict.modes.commb.TrackAndTurnReport;
import org.deconflict.modes.message.AllCallReply;
import org.deconflict.modes.message.AltitudeReply;
import org.deconflict.modes.message.CommBReply;
import org.deconflict.modes.message.CommDReply;
import org.deconflict.modes.message.ExtendedSquitter;
import org.deconflict.modes.message.FrameInfo;
import org.deconflict.modes.message.IdentityReply;
import org.deconflict.modes.message.LongAcas;
import org.deconflict.modes.message.MilitarySquitter;
import org.deconflict.modes.message.ModeSMessage;
import org.deconflict.modes.message.ShortAcas;

/**
 * Flattens a decoded message into an ordered field map for JSON output. Field names follow pyModeS v2
 * (golden_v2.json: {@code typecode, bds, altitude, squawk, callsign, groundspeed, track, vertical_rate, roll,
 * true_track, track_rate, true_airspeed, magnetic_heading, indicated_airspeed, mach, baro_vertical_rate,
 * inertial_vertical_rate, selected_altitude_mcp, selected_altitude_fms, baro_pressure_setting, cpr_format}) and
 * snake_case for fields the oracle lacks. Unavailable values are omitted. Units: ft, kt, ft/min, degrees, hPa.
 */
public final class ModeSFields {
    /** Beast/AVR receive timestamps count a 12 MHz clock. */
    private static final double TICKS_PER_S = 12e6;

    private ModeSFields() {
    }

    /** Field map of {@code m}: hex, df, icao, timestamp (when known), then the decoded fields. */
    public static Map<String, Object> of(ModeSMessage m) {
        Map<String, Object> out = new LinkedHashMap<>();
        FrameInfo f = m.frame();
        out.put("hex", f.hex());
        out.put("df", f.df());
        out.put("icao", Bits.icaoHex(f.icao()));
        if (f.timestamp12MHz() >= 0) {
            out.put("timestamp", f.timestamp12MHz());
            out.put("timestamp_s", f.timestamp12MHz() / TICKS_PER_S);
        }
        if (f.correctedBits() > 0) {
            out.put("corrected_bits", f.correctedBits());
        }
        if (m instanceof ShortAcas s) {
            put(out, "altitude", s.altitudeFt());
            out.put("vertical_status", s.verticalStatus());
            out.put("sensitivity_level", s.sensitivityLevel());
            out.put("reply_information", s.replyInformation());
        } else if (m instanceof AltitudeReply a) {
            put(out, "altitude", a.altitudeFt());
            out.put("flight_status", a.flightStatus());
        } else if (m instanceof IdentityReply i) {
            out.put("squawk", IdentityCode.format(i.squawk()));
            out.put("flight_status", i.flightStatus());
        } else if (m instanceof AllCallReply a) {
            out.put("capability", a.capability());
            out.put("interrogator_code", a.interrogatorCode());
        } else if (m instanceof LongAcas l) {
            put(out, "altitude", l.altitudeFt());
            out.put("vertical_status", l.verticalStatus());
            out.put("sensitivity_level", l.sensitivityLevel());
        } else if (m instanceof ExtendedSquitter e) {
            if (e.df() == 18) {
                out.put("cf", e.capability());
                out.put("source", e.source());
            } else {
                out.put("capability", e.capability());
            }
            adsb(e.adsb(), out);
        } else if (m instanceof MilitarySquitter ms) {
            out.put("af", ms.applicationField());
            if (ms.adsb() != null) {
                adsb(ms.adsb(), out);
            }
        } else if (m instanceof CommBReply c) {
            commB(c, out);
        } else if (m instanceof CommDReply d) {
            out.put("elm_control", d.control());
            out.put("elm_segment", d.segment());
        }
        return out;
    }

    /** One JSON object (no trailing newline). */
    public static String toJson(ModeSMessage m) {
        return JsonWriter.toJson(of(m));
    }

    private static void adsb(AdsbMessage a, Map<String, Object> out) {
        out.put("typecode", a.typecode());
        if (a instanceof Identification i) {
            out.put("callsign", i.callsign());
            out.put("category", i.category());
        } else if (a instanceof AirbornePosition p) {
            put(out, "altitude", p.altitudeFt());
            if (p.gnssAltitude()) {
                out.put("altitude_source", "gnss");
            }
            cpr(p.odd(), p.latCpr(), p.lonCpr(), out);
            out.put("nic", p.nic());
        } else if (a instanceof SurfacePosition s) {
            cpr(s.odd(), s.latCpr(), s.lonCpr(), out);
            put(out, "groundspeed", s.groundSpeedKt());
            put(out, "track", s.groundTrackDeg());
            out.put("nic", s.nic());
        } else if (a instanceof AirborneVelocity v) {
            out.put("velocity_subtype", v.subtype());
            put(out, "groundspeed", v.groundSpeedKt());
            put(out, "track", v.trackDeg());
            put(out, "airspeed", v.airspeedKt());
            if (v.airspeedKt() != null) {
                out.put("airspeed_type", Boolean.TRUE.equals(v.trueAirspeed()) ? "TAS" : "IAS");
            }
            put(out, "heading", v.headingDeg());
            put(out, "vertical_rate", v.verticalRateFpm());
            out.put("vertical_rate_source", v.verticalRateBaro() ? "BARO" : "GNSS");
            put(out, "geo_minus_baro", v.geoMinusBaroFt());
            out.put("nac_v", v.nacV());
        } else if (a instanceof TestMessage t) {
            if (t.squawk() != null) {
                out.put("squawk", IdentityCode.format(t.squawk()));
            }
        } else if (a instanceof EmergencyStatus e) {
            out.put("emergency_state", e.emergencyState());
            out.put("squawk", IdentityCode.format(e.squawk()));
        } else if (a instanceof AcasRaBroadcast r) {
            out.put("acas_ara", r.activeRa());
            out.put("acas_rac", r.racRecord());
            out.put("acas_ra_terminated", r.raTerminated());
            out.put("acas_multiple_threat", r.multipleThreat());
            out.put("acas_threat_type", r.threatType());
            out.put("acas_threat_identity", r.threatIdentity());
        } else if (a instanceof TargetStateStatus t) {
            out.put("tss_subtype", t.subtype());
            put(out, "selected_altitude", t.selectedAltitudeFt());
            if (t.selectedAltitudeFms() != null) {
                out.put("selected_altitude_source", t.selectedAltitudeFms() ? "FMS" : "MCP/FCU");
            }
            put(out, "baro_pressure_setting", t.baroPressureSettingHpa());
            put(out, "selected_heading", t.selectedHeadingDeg());
            out.put("nac_p", t.nacP());
            put(out, "nic_baro", t.nicBaro());
            put(out, "sil", t.sil());
            put(out, "autopilot", t.autopilot());
            put(out, "vnav", t.vnav());
            put(out, "altitude_hold", t.altitudeHold());
            put(out, "approach", t.approach());
            put(out, "lnav", t.lnav());
            put(out, "tcas_operational", t.tcasOperational());
            put(out, "tcas_ra_active", t.tcasRaActive());
            put(out, "emergency_state", t.emergencyState());
        } else if (a instanceof OperationalStatus o) {
            out.put("opstatus_subtype", o.subtype());
            out.put("version", o.version());
            out.put("capability_class", o.capabilityClass());
            out.put("operational_mode", o.operationalMode());
            out.put("nic_a", o.nicSupplementA());
            put(out, "nic_c", o.nicSupplementC());
            out.put("nac_p", o.nacP());
            put(out, "gva", o.gva());
            out.put("sil", o.sil());
            put(out, "sil_supplement", o.silSupplement());
            put(out, "nic_baro", o.nicBaro());
            put(out, "track_angle_heading", o.trackAngleHeading());
            out.put("hrd_magnetic", o.headingMagnetic());
            put(out, "length_width_code", o.lengthWidthCode());
        } else if (a instanceof OtherAdsb o) {
            out.put("me", Long.toHexString(o.me()));
        }
    }

    private static void cpr(boolean odd, int lat, int lon, Map<String, Object> out) {
        out.put("cpr_format", odd ? 1 : 0);
        out.put("cpr_lat", lat);
        out.put("cpr_lon", lon);
    }

    private static void commB(CommBReply c, Map<String, Object> out) {
        put(out, "altitude", c.altitudeFt());
        if (c.squawk() != null) {
            out.put("squawk", IdentityCode.format(c.squawk()));
        }
        out.put("flight_status", c.flightStatus());
        if (c.bdsCandidates() != 0) {
            out.put("bds", c.bdsNames());
        }
        if (c.overlayBds() != null) {
            out.put("overlay_bds", Integer.toHexString(c.overlayBds()));
        }
        CommBRegister r = c.register();
        if (r == null) {
            return;
        }
        if (r instanceof DataLinkCapability d) {
            out.put("overlay_capable", d.overlayCapable());
            out.put("subnetwork_version", d.subnetworkVersion());
        } else if (r instanceof GicbCapability g) {
            out.put("gicb_capabilities", g.registers());
        } else if (r instanceof AircraftIdentification a) {
            out.put("callsign", a.callsign());
        } else if (r instanceof AcasActiveResolution a) {
            out.put("acas_ara", a.activeRa());
            out.put("acas_rac", a.racRecord());
            out.put("acas_ra_terminated", a.raTerminated());
            out.put("acas_multiple_threat", a.multipleThreat());
            out.put("acas_threat_type", a.threatType());
            out.put("acas_threat_identity", a.threatIdentity());
        } else if (r instanceof SelectedVerticalIntention s) {
            put(out, "selected_altitude_mcp", s.selectedAltitudeMcpFt());
            put(out, "selected_altitude_fms", s.selectedAltitudeFmsFt());
            put(out, "baro_pressure_setting", s.baroPressureSettingHpa());
        } else if (r instanceof MeteoRoutineReport w) {
            put(out, "wind_speed", w.windSpeedKt());
            put(out, "wind_direction", w.windDirectionDeg());
            out.put("temperature", w.staticAirTemperatureC());
            put(out, "static_pressure", w.staticPressureHpa());
            put(out, "turbulence", w.turbulence());
            put(out, "humidity", w.humidityPercent());
        } else if (r instanceof MeteoHazardReport h) {
            put(out, "turbulence", h.turbulence());
            put(out, "wind_shear", h.windShear());
            put(out, "microburst", h.microburst());
            put(out, "icing", h.icing());
            put(out, "wake_vortex", h.wakeVortex());
            put(out, "temperature", h.staticAirTemperatureC());
            put(out, "static_pressure", h.staticPressureHpa());
            put(out, "radio_height", h.radioHeightFt());
        } else if (r instanceof TrackAndTurnReport t) {
            put(out, "roll", t.rollDeg());
            put(out, "true_track", t.trueTrackDeg());
            put(out, "track_rate", t.trackRateDegPerS());
            put(out, "groundspeed", t.groundSpeedKt());
            put(out, "true_airspeed", t.trueAirspeedKt());
        } else if (r instanceof HeadingAndSpeedReport h) {
            put(out, "magnetic_heading", h.magneticHeadingDeg());
            put(out, "indicated_airspeed", h.indicatedAirspeedKt());
            put(out, "mach", h.mach());
            put(out, "baro_vertical_rate", h.baroVerticalRateFpm());
            put(out, "inertial_vertical_rate", h.inertialVerticalRateFpm());
        }
    }

    private static void put(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
