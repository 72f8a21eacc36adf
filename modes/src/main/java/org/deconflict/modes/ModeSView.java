package org.deconflict.modes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

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
 * ModeSView)}: the zero-allocation path. Holds the (corrected) frame as three words — {@link #header()} (bits 1-32),
 * {@link #mb()} (bits 33-88 of long frames) and {@link #parity()} (the last 24 bits) — so field getters are shifts
 * and masks; {@link #frame()} writes the bytes on first use. Use {@link #toMessage} for an immutable record.
 */
public final class ModeSView {
    /** Byte views for loading a frame as big-endian words (one bounds check per word). */
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] frame = new byte[14];
    private boolean frameWritten;
    private int header;
    private long mb;
    private int parity;
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

    /**
     * Loads the {@code len} (7 or 14) bytes at {@code off} (the caller has checked the bounds) and clears the
     * per-frame state.
     */
    void load(byte[] b, int off, int len) {
        if (len == 14) {
            long w0 = (long) LONG_BE.get(b, off); // bytes 0-7
            long w1 = (long) LONG_BE.get(b, off + 6); // bytes 6-13
            header = (int) (w0 >>> 32);
            mb = ((w0 & 0xFFFFFFFFL) << 24) | ((w1 >>> 24) & 0xFFFFFF);
            parity = (int) w1 & 0xFFFFFF;
        } else {
            header = (int) INT_BE.get(b, off);
            mb = 0;
            parity = ((b[off + 4] & 0xFF) << 16) | ((b[off + 5] & 0xFF) << 8) | (b[off + 6] & 0xFF);
        }
        length = len;
        frameWritten = false;
        bdsMask = -1;
        overlayBds = -1;
        correctedBits = 0;
        addressFromParity = false;
    }

    /** Syndrome of the loaded frame: CRC-24 of its data bits xor its parity field. */
    int residual() {
        return length == 14 ? Crc24.longResidual(header, mb, parity) : Crc24.shortResidual(header, parity);
    }

    /**
     * Tries to fix up to {@code maxBits} bit errors in the loaded frame (see {@link ErrorCorrection}); returns the
     * number fixed, or -1 when no fix exists (the frame is then unchanged).
     */
    int correct(int residual, int maxBits) {
        byte[] f = frame();
        int fixed = ErrorCorrection.correct(f, 0, length, residual, maxBits);
        if (fixed > 0) {
            load(f, 0, length);
            correctedBits = fixed;
        }
        return fixed;
    }

    /** The frame bytes (valid: the first {@link #length()}); do not modify. */
    public byte[] frame() {
        if (!frameWritten) {
            if (length == 14) {
                LONG_BE.set(frame, 0, ((long) header << 32) | (mb >>> 24));
                LONG_BE.set(frame, 6, (mb << 24) | parity);
            } else {
                INT_BE.set(frame, 0, header);
                frame[4] = (byte) (parity >>> 16);
                frame[5] = (byte) (parity >>> 8);
                frame[6] = (byte) parity;
            }
            frameWritten = true;
        }
        return frame;
    }

    /** Message bits 1-32: DF, the 3-bit CA/CF/AF/FS field and the AA/AC/ID field. */
    public int header() {
        return header;
    }

    /** The last 24 bits as received (AP, PI or P field). */
    public int parity() {
        return parity;
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
        int f = bits6to8();
        return df == 17 || (df == 18 && (f <= 2 || f == 5 || f == 6)) || (df == 19 && f == 0);
    }

    /** ADS-B type code, or -1 when the frame carries no ADS-B ME field. */
    public int typecode() {
        return hasAdsb() ? Adsb.typecode(mb) : -1;
    }

    /** Altitude in ft of DF0/4/16/20 (AC field) and ADS-B airborne positions, else {@link AltitudeCode#UNAVAILABLE}. */
    public int altitudeFt() {
        switch (df) {
            case 0, 4, 16, 20:
                return AltitudeCode.decodeAc13(header & 0x1FFF);
            default:
                int tc = typecode();
                if ((tc >= 9 && tc <= 18) || (tc >= 20 && tc <= 22)) {
                    int a = Adsb.airborneAltitudeFt(mb);
                    return a == Adsb.NA ? AltitudeCode.UNAVAILABLE : a;
                }
                return AltitudeCode.UNAVAILABLE;
        }
    }

    /** Squawk (digits ABCD as decimal int) of DF5/21, or -1. */
    public int squawk() {
        return df == 5 || df == 21 ? IdentityCode.decode(header & 0x1FFF) : -1;
    }

    /** Candidate Comm-B registers (mask of {@link Bds}) of DF20/21; the overlay register alone when parity named it. */
    public int bdsCandidates() {
        if (df != 20 && df != 21) {
            return 0;
        }
        if (bdsMask < 0) {
            Bds named = overlayBds >= 0 ? Bds.ofCode(overlayBds) : null;
            bdsMask = named != null ? named.mask()
                    : BdsInference.candidates(mb, df == 20 ? altitudeFt() : AltitudeCode.UNAVAILABLE, meteo);
        }
        return bdsMask;
    }

    /** The 56-bit MB (DF20/21) or ME (DF17/18/19) field, message bits 33-88; 0 for short frames. */
    public long mb() {
        return mb;
    }

    /** Bits 6-8: CA (DF11/17), CF (DF18), AF (DF19) or FS (DF4/5/20/21). */
    public int bits6to8() {
        return (header >>> 24) & 7;
    }

    /** DR downlink request, bits 9-13 (DF4/5/20/21). */
    public int downlinkRequest() {
        return (header >>> 19) & 0x1F;
    }

    /** UM utility message, bits 14-19 (DF4/5/20/21). */
    public int utilityMessage() {
        return (header >>> 13) & 0x3F;
    }

    /** Lower-case hex of the frame (allocates). */
    public String hex() {
        return Bits.hex(frame(), 0, length);
    }

    /** Builds the immutable record for this frame; {@code versions} supplies ADS-B version/NIC supplements (may be null). */
    public ModeSMessage toMessage(AdsbVersionTable versions) {
        long first7 = length == 14 ? ((header & 0xFFFFFFFFL) << 24) | (mb >>> 32)
                : ((header & 0xFFFFFFFFL) << 24) | parity;
        long last7 = length == 14 ? ((mb & 0xFFFFFFFFL) << 24) | parity : 0;
        FrameInfo info = new FrameInfo(first7, last7, length, df, icao, correctedBits, addressFromParity,
                timestamp12MHz, timeNanos);
        byte[] frame = frame();
        int f = bits6to8();
        return switch (df) {
            case 0 -> new ShortAcas(info, Bits.bit(frame, 0, 6), Bits.bit(frame, 0, 7), Bits.get(frame, 0, 9, 3),
                    Bits.get(frame, 0, 14, 4), boxAlt(altitudeFt()));
            case 4 -> new AltitudeReply(info, f, downlinkRequest(), utilityMessage(), boxAlt(altitudeFt()));
            case 5 -> new IdentityReply(info, f, downlinkRequest(), utilityMessage(), squawk());
            case 11 -> new AllCallReply(info, f, residual());
            case 16 -> new LongAcas(info, Bits.bit(frame, 0, 6), Bits.get(frame, 0, 9, 3), Bits.get(frame, 0, 14, 4),
                    boxAlt(altitudeFt()), mb);
            case 17, 18 -> new ExtendedSquitter(info, f, df == 17 || f == 0 || f == 2 || f == 6, adsb(versions));
            case 19 -> new MilitarySquitter(info, f, f == 0 ? adsb(versions) : null, mb);
            case 20, 21 -> commB(info, f);
            default -> new CommDReply(info, Bits.bit(frame, 0, 4), Bits.get(frame, 0, 5, 4),
                    Bits.get(frame, 0, 9, 16), Bits.field(frame, 0, 25, 32) << 32 | Bits.field(frame, 0, 57, 32));
        };
    }

    private AdsbMessage adsb(AdsbVersionTable versions) {
        if (!hasAdsb()) {
            return new OtherAdsb(Adsb.typecode(mb), mb);
        }
        int v = versions == null ? 0 : versions.version(icao);
        int a = versions == null ? 0 : versions.nicSupplementA(icao);
        int c = versions == null ? 0 : versions.nicSupplementC(icao);
        return Adsb.decode(mb, v, a, c);
    }

    private CommBReply commB(FrameInfo info, int fs) {
        int mask = bdsCandidates();
        Bds single = Bds.single(mask);
        CommBRegister reg = single == null ? null : BdsInference.decode(single, mb);
        Integer alt = df == 20 ? boxAlt(altitudeFt()) : null;
        Integer sq = df == 21 ? squawk() : null;
        return new CommBReply(info, fs, downlinkRequest(), utilityMessage(), alt, sq, mask, reg,
                overlayBds >= 0 ? overlayBds : null, mb);
    }

    private static Integer boxAlt(int alt) {
        return alt == AltitudeCode.UNAVAILABLE ? null : alt;
    }
}
