package org.deconflict.modes;

import org.deconflict.modes.adsb.Adsb;
import org.deconflict.modes.adsb.AdsbMessage;
import org.deconflict.modes.adsb.AdsbVersionTable;
import org.deconflict.modes.adsb.OtherAdsb;
import org.deconflict.modes.commb.Bds;
import org.deconflict.modes.commb.BdsInference;
import org.deconflict.modes.commb.CommBRegister;
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
 * Reusable mutable view of the last frame accepted by {@link ModeSDecoder#decode(byte[], int, int, long, long,
 * ModeSView)}: the zero-allocation path. Holds its own copy of the (corrected) frame; field getters read it on
 * demand. Use {@link #toMessage()} for an immutable record.
 */
public final class ModeSView {
    final byte[] frame = new byte[14];
    int length;
    int df;
    int icao;
    int correctedBits;
    boolean addressFromParity;
    int overlayBds = -1;
    long timestamp12MHz = -1;
    long timeNanos;
    boolean meteo;
    private int bdsMask = -1;

    void reset() {
        bdsMask = -1;
        overlayBds = -1;
        correctedBits = 0;
        addressFromParity = false;
    }

    /** The frame bytes (valid: the first {@link #length()}); do not modify. */
    public byte[] frame() {
        return frame;
    }

    /** Frame length in bytes, 7 or 14. */
    public int length() {
        return length;
    }

    public int df() {
        return df;
    }

    /** 24-bit aircraft address. */
    public int icao() {
        return icao;
    }

    public int correctedBits() {
        return correctedBits;
    }

    public boolean addressFromParity() {
        return addressFromParity;
    }

    /** Register code named by BDS-overlaid data parity (DF20/21), or -1. */
    public int overlayBds() {
        return overlayBds;
    }

    /** Receive time in 12 MHz ticks, -1 unknown. */
    public long timestamp12MHz() {
        return timestamp12MHz;
    }

    /** Event time in nanoseconds as given to the decoder. */
    public long timeNanos() {
        return timeNanos;
    }

    /** True for DF17, DF18 with an ADS-B control field (0, 1, 2, 5, 6) and DF19 with AF=0. */
    public boolean hasAdsb() {
        int f = frame[0] & 7;
        return df == 17 || (df == 18 && (f <= 2 || f == 5 || f == 6)) || (df == 19 && f == 0);
    }

    /** ADS-B type code, or -1 when the frame carries no ADS-B ME field. */
    public int typecode() {
        return hasAdsb() ? Adsb.typecode(frame, 0) : -1;
    }

    /** Altitude in ft of DF0/4/16/20 (AC field) and ADS-B airborne positions, else {@link AltitudeCode#UNAVAILABLE}. */
    public int altitudeFt() {
        switch (df) {
            case 0, 4, 16, 20:
                return AltitudeCode.decodeAc13(ModeS.code13(frame, 0));
            default:
                int tc = typecode();
                if ((tc >= 9 && tc <= 18) || (tc >= 20 && tc <= 22)) {
                    int a = Adsb.airborneAltitudeFt(frame, 0);
                    return a == Adsb.NA ? AltitudeCode.UNAVAILABLE : a;
                }
                return AltitudeCode.UNAVAILABLE;
        }
    }

    /** Squawk (digits ABCD as decimal int) of DF5/21, or -1. */
    public int squawk() {
        return df == 5 || df == 21 ? IdentityCode.decode(ModeS.code13(frame, 0)) : -1;
    }

    /** Candidate Comm-B registers (mask of {@link Bds}) of DF20/21; the overlay register alone when parity named it. */
    public int bdsCandidates() {
        if (df != 20 && df != 21) {
            return 0;
        }
        if (bdsMask < 0) {
            Bds named = overlayBds >= 0 ? Bds.ofCode(overlayBds) : null;
            bdsMask = named != null ? named.mask()
                    : BdsInference.candidates(frame, 0, df == 20 ? altitudeFt() : AltitudeCode.UNAVAILABLE, meteo);
        }
        return bdsMask;
    }

    /** The 56-bit MB (DF20/21) or ME (DF17/18/19) field, message bits 33-88; 0 for short frames. */
    public long mb() {
        if (length != 14) {
            return 0;
        }
        long v = 0;
        for (int i = 4; i < 11; i++) {
            v = (v << 8) | (frame[i] & 0xFF);
        }
        return v;
    }

    /** Lower-case hex of the frame (allocates). */
    public String hex() {
        return Bits.hex(frame, 0, length);
    }

    /** Builds the immutable record for this frame; {@code versions} supplies ADS-B version/NIC supplements (may be null). */
    public ModeSMessage toMessage(AdsbVersionTable versions) {
        FrameInfo info = new FrameInfo(FrameInfo.pack7(frame, 0), length == 14 ? FrameInfo.pack7(frame, 7) : 0, length,
                df, icao, correctedBits, addressFromParity, timestamp12MHz, timeNanos);
        int f = frame[0] & 7;
        return switch (df) {
            case 0 -> new ShortAcas(info, Bits.bit(frame, 0, 6), Bits.bit(frame, 0, 7), Bits.get(frame, 0, 9, 3),
                    Bits.get(frame, 0, 14, 4), boxAlt(altitudeFt()));
            case 4 -> new AltitudeReply(info, f, ModeS.downlinkRequest(frame, 0), ModeS.utilityMessage(frame, 0),
                    boxAlt(altitudeFt()));
            case 5 -> new IdentityReply(info, f, ModeS.downlinkRequest(frame, 0), ModeS.utilityMessage(frame, 0),
                    squawk());
            case 11 -> new AllCallReply(info, f, Crc24.residual(frame, 0, 7));
            case 16 -> new LongAcas(info, Bits.bit(frame, 0, 6), Bits.get(frame, 0, 9, 3), Bits.get(frame, 0, 14, 4),
                    boxAlt(altitudeFt()), Bits.field(frame, 0, 33, 56));
            case 17, 18 -> new ExtendedSquitter(info, f, df == 17 || f == 0 || f == 2 || f == 6, adsb(versions));
            case 19 -> new MilitarySquitter(info, f, f == 0 ? adsb(versions) : null, Bits.field(frame, 0, 33, 56));
            case 20, 21 -> commB(info);
            default -> new CommDReply(info, Bits.bit(frame, 0, 4), Bits.get(frame, 0, 5, 4),
                    Bits.get(frame, 0, 9, 16), Bits.field(frame, 0, 25, 32) << 32 | Bits.field(frame, 0, 57, 32));
        };
    }

    private AdsbMessage adsb(AdsbVersionTable versions) {
        if (!hasAdsb()) {
            return new OtherAdsb(Adsb.typecode(frame, 0), Bits.field(frame, 0, 33, 56));
        }
        int v = versions == null ? 0 : versions.version(icao);
        int a = versions == null ? 0 : versions.nicSupplementA(icao);
        int c = versions == null ? 0 : versions.nicSupplementC(icao);
        return Adsb.decode(frame, 0, v, a, c);
    }

    private CommBReply commB(FrameInfo info) {
        int mask = bdsCandidates();
        Bds single = Bds.single(mask);
        CommBRegister reg = single == null ? null : BdsInference.decode(single, frame, 0);
        Integer alt = df == 20 ? boxAlt(altitudeFt()) : null;
        Integer sq = df == 21 ? squawk() : null;
        return new CommBReply(info, frame[0] & 7, ModeS.downlinkRequest(frame, 0), ModeS.utilityMessage(frame, 0),
                alt, sq, mask, reg, overlayBds >= 0 ? overlayBds : null, Bits.field(frame, 0, 33, 56));
    }

    private static Integer boxAlt(int alt) {
        return alt == AltitudeCode.UNAVAILABLE ? null : alt;
    }
}
