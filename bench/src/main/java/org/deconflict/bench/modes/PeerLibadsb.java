package org.deconflict.bench.modes;

import org.opensky.libadsb.ModeSDecoder;
import org.opensky.libadsb.Position;
import org.opensky.libadsb.msgs.AirbornePositionV0Msg;
import org.opensky.libadsb.msgs.AirspeedHeadingMsg;
import org.opensky.libadsb.msgs.AllCallReply;
import org.opensky.libadsb.msgs.AltitudeReply;
import org.opensky.libadsb.msgs.CommBAltitudeReply;
import org.opensky.libadsb.msgs.CommBIdentifyReply;
import org.opensky.libadsb.msgs.IdentificationMsg;
import org.opensky.libadsb.msgs.IdentifyReply;
import org.opensky.libadsb.msgs.ModeSReply;
import org.opensky.libadsb.msgs.SurfacePositionV0Msg;
import org.opensky.libadsb.msgs.VelocityOverGroundMsg;

/**
 * The peer: OpenSky libadsb 3.4.0. Its decode checks parity (DF11/17/18) and decodes every field in the message
 * constructors; we read them all back and feed positions to its stateful {@code decodePosition} (global pairing).
 */
public final class PeerLibadsb {
    private final ModeSDecoder decoder = new ModeSDecoder();
    /** Positions resolved and frames decoded so far. */
    public long positions;
    public long frames;

    /** Decodes every frame of {@code corpus} as pass number {@code pass}; returns a checksum. */
    public long decodePass(BenchFrames corpus, int pass) {
        byte[][] fs = corpus.frames;
        frames += fs.length;
        long s = 0;
        for (int i = 0; i < fs.length; i++) {
            s += decode(fs[i], corpus.timeNanos(pass, i) / 1_000_000L);
        }
        return s;
    }

    public long decode(byte[] f, long timeMs) {
        ModeSReply m;
        try {
            m = decoder.decode(f);
        } catch (Exception e) {
            return 1;
        }
        long s = m.getTransponderAddress();
        switch (m.getType()) {
            case ADSB_AIRBORN_POSITION_V0, ADSB_AIRBORN_POSITION_V1, ADSB_AIRBORN_POSITION_V2 -> {
                AirbornePositionV0Msg p = (AirbornePositionV0Msg) m;
                Integer alt = p.getAltitude();
                s += alt == null ? 0 : alt;
                Position pos = decoder.decodePosition(timeMs, p, null);
                if (pos != null && pos.getLatitude() != null) {
                    positions++;
                    s += Double.doubleToRawLongBits(pos.getLatitude());
                }
            }
            case ADSB_SURFACE_POSITION_V0, ADSB_SURFACE_POSITION_V1, ADSB_SURFACE_POSITION_V2 -> {
                SurfacePositionV0Msg p = (SurfacePositionV0Msg) m;
                Double gs = p.getGroundSpeed();
                s += gs == null ? 0 : Double.doubleToRawLongBits(gs);
                Position pos = decoder.decodePosition(timeMs, p, null);
                if (pos != null && pos.getLatitude() != null) {
                    positions++;
                }
            }
            case ADSB_VELOCITY -> {
                VelocityOverGroundMsg v = (VelocityOverGroundMsg) m;
                if (v.hasVelocityInfo()) {
                    s += Double.doubleToRawLongBits(v.getVelocity()) + Double.doubleToRawLongBits(v.getHeading());
                }
                if (v.hasVerticalRateInfo()) {
                    s += v.getVerticalRate();
                }
                Integer d = v.getGeoMinusBaro();
                s += d == null ? 0 : d;
            }
            case ADSB_AIRSPEED -> {
                AirspeedHeadingMsg a = (AirspeedHeadingMsg) m;
                Integer as = a.getAirspeed();
                s += as == null ? 0 : as;
                if (a.hasVerticalRateInfo()) {
                    s += a.getVerticalRate();
                }
            }
            case ADSB_IDENTIFICATION -> s += new String(((IdentificationMsg) m).getIdentity()).hashCode();
            case ALTITUDE_REPLY -> s += nz(((AltitudeReply) m).getAltitude());
            case IDENTIFY_REPLY -> s += ((IdentifyReply) m).getIdentity().hashCode();
            case COMM_B_ALTITUDE_REPLY -> s += nz(((CommBAltitudeReply) m).getAltitude());
            case COMM_B_IDENTIFY_REPLY -> s += ((CommBIdentifyReply) m).getIdentity().hashCode();
            case ALL_CALL_REPLY -> s += ((AllCallReply) m).getCapabilities();
            default -> s += m.getDownlinkFormat();
        }
        return s;
    }

    private static long nz(Integer i) {
        return i == null ? 0 : i;
    }
}
