package org.deconflict.modes.framing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.deconflict.modes.Bits;
import org.deconflict.modes.IdentityCode;
import org.deconflict.modes.adsb.AdsbMessage;
import org.deconflict.modes.adsb.AirbornePosition;
import org.deconflict.modes.adsb.AirborneVelocity;
import org.deconflict.modes.adsb.EmergencyStatus;
import org.deconflict.modes.adsb.Identification;
import org.deconflict.modes.adsb.SurfacePosition;
import org.deconflict.modes.message.AllCallReply;
import org.deconflict.modes.message.AltitudeReply;
import org.deconflict.modes.message.CommBReply;
import org.deconflict.modes.message.ExtendedSquitter;
import org.deconflict.modes.message.IdentityReply;
import org.deconflict.modes.message.LongAcas;
import org.deconflict.modes.message.ModeSMessage;
import org.deconflict.modes.message.ShortAcas;

/**
 * Writes decoded messages as SBS/BaseStation MSG lines (the port 30003 format), transmission types 1-8 as in
 * {@link SbsMessage}. Positions come from the caller's CPR resolver (NaN = none). Date/time fields are the message
 * event time (epoch nanoseconds, UTC).
 */
public final class SbsWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private SbsWriter() {
    }

    /** The MSG line for {@code m}, or null when the message has no SBS equivalent (e.g. DF24, TC31). */
    public static String line(ModeSMessage m, double latDeg, double lonDeg, long epochNanos) {
        String[] f = new String[22];
        int type;
        if (m instanceof ExtendedSquitter es) {
            AdsbMessage a = es.adsb();
            if (a instanceof Identification id) {
                type = 1;
                f[10] = id.callsign();
            } else if (a instanceof SurfacePosition s) {
                type = 2;
                f[12] = num(s.groundSpeedKt());
                f[13] = num(s.groundTrackDeg());
                position(f, latDeg, lonDeg);
                f[21] = "-1";
            } else if (a instanceof AirbornePosition p) {
                type = 3;
                f[11] = p.altitudeFt() == null ? null : p.altitudeFt().toString();
                position(f, latDeg, lonDeg);
                f[21] = "0";
            } else if (a instanceof AirborneVelocity v) {
                type = 4;
                f[12] = v.groundSpeedKt() == null ? null : v.groundSpeedKt().toString();
                f[13] = num(v.trackDeg());
                f[16] = v.verticalRateFpm() == null ? null : v.verticalRateFpm().toString();
            } else if (a instanceof EmergencyStatus e) {
                type = 6;
                f[17] = IdentityCode.format(e.squawk());
                f[19] = e.emergencyState() != 0 ? "-1" : "0";
            } else {
                return null;
            }
        } else if (m instanceof AltitudeReply r) {
            type = 5;
            f[11] = r.altitudeFt() == null ? null : r.altitudeFt().toString();
            flightStatus(f, r.flightStatus());
        } else if (m instanceof CommBReply c) {
            type = c.df() == 20 ? 5 : 6;
            f[11] = c.altitudeFt() == null ? null : c.altitudeFt().toString();
            f[17] = c.squawk() == null ? null : IdentityCode.format(c.squawk());
            flightStatus(f, c.flightStatus());
        } else if (m instanceof IdentityReply r) {
            type = 6;
            f[17] = IdentityCode.format(r.squawk());
            flightStatus(f, r.flightStatus());
        } else if (m instanceof ShortAcas s) {
            type = 7;
            f[11] = s.altitudeFt() == null ? null : s.altitudeFt().toString();
        } else if (m instanceof LongAcas l) {
            type = 7;
            f[11] = l.altitudeFt() == null ? null : l.altitudeFt().toString();
        } else if (m instanceof AllCallReply) {
            type = 8;
        } else {
            return null;
        }
        Instant t = Instant.ofEpochSecond(0, epochNanos);
        f[0] = "MSG";
        f[1] = Integer.toString(type);
        f[2] = "1";
        f[3] = "1";
        f[4] = Bits.icaoHex(m.icao()).toUpperCase(Locale.ROOT);
        f[5] = "1";
        f[6] = DATE.format(t);
        f[7] = TIME.format(t);
        f[8] = f[6];
        f[9] = f[7];
        StringBuilder sb = new StringBuilder(128);
        for (int i = 0; i < f.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (f[i] != null) {
                sb.append(f[i]);
            }
        }
        return sb.toString();
    }

    private static void position(String[] f, double lat, double lon) {
        if (!Double.isNaN(lat) && !Double.isNaN(lon)) {
            f[14] = String.format(Locale.ROOT, "%.5f", lat);
            f[15] = String.format(Locale.ROOT, "%.5f", lon);
        }
    }

    /** Alert (squawk change), emergency, SPI and on-ground from the flight status (ICAO Annex 10 Vol IV §3.1.2.6.5.1). */
    private static void flightStatus(String[] f, int fs) {
        f[18] = fs >= 2 && fs <= 4 ? "-1" : "0";
        f[20] = fs == 4 || fs == 5 ? "-1" : "0";
        f[21] = fs == 1 || fs == 3 ? "-1" : "0";
    }

    private static String num(Double d) {
        return d == null ? null : String.format(Locale.ROOT, "%.1f", d);
    }
}
