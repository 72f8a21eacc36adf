package org.deconflict.modes;

import org.deconflict.modes.adsb.AdsbVersionTable;
import org.deconflict.modes.message.ModeSMessage;

/**
 * Validates Mode S frames (CRC-24, optional bit correction, address recovery from parity with a known-address
 * filter) and decodes them. Two APIs: {@link #decode(byte[], int, int, long, long, ModeSView)} fills a reusable
 * view without allocating; {@link #decode(byte[], long)} returns an immutable {@link Result}. Bad input never throws:
 * it yields a {@link RejectReason}, counted in {@link #rejectCount}. Keeps per-stream state (filter, ADS-B versions):
 * one instance per stream, not thread safe.
 */
public final class ModeSDecoder {
    /** Mask of DF11 parity bits that may hold an II/SI code (ICAO Annex 10 Vol IV §3.1.2.5.2.2.2: SI up to 63). */
    private static final int IID_MASK = ~0x7F;

    private final Options options;
    private final KnownAddressFilter filter;
    private final AdsbVersionTable versions = new AdsbVersionTable();
    private final long[] rejects = new long[RejectReason.values().length];
    private final ModeSView scratch = new ModeSView();
    private long accepted;

    /**
     * Decoder settings. {@code maxCorrectedBits}: 0, 1 (default) or 2 bit errors fixed in DF11/17/18/19.
     * {@code addressFilter}: accept address/parity replies only from confirmed addresses (streams); off decodes every
     * frame as given with the address recovered from parity (pyModeS behaviour). {@code meteo}: include BDS 4,4/4,5
     * in Comm-B inference. {@code filterTtlNanos}: how long a confirmed address stays known.
     */
    public record Options(int maxCorrectedBits, boolean addressFilter, boolean meteo, long filterTtlNanos) {
        /** Stream defaults: 1-bit correction, address filter on (60 s), meteo registers included. */
        public static Options stream() {
            return new Options(1, true, true, KnownAddressFilter.DEFAULT_TTL_NANOS);
        }

        /** Frame-by-frame defaults (hex input): 1-bit correction, no address filter, meteo registers included. */
        public static Options frames() {
            return new Options(1, false, true, KnownAddressFilter.DEFAULT_TTL_NANOS);
        }

        public Options withAddressFilter(boolean on) {
            return new Options(maxCorrectedBits, on, meteo, filterTtlNanos);
        }

        public Options withMaxCorrectedBits(int bits) {
            return new Options(bits, addressFilter, meteo, filterTtlNanos);
        }

        public Options withMeteo(boolean on) {
            return new Options(maxCorrectedBits, addressFilter, on, filterTtlNanos);
        }
    }

    /** Outcome of the record API: exactly one of {@code message} and {@code reason} is non-null. */
    public record Result(ModeSMessage message, RejectReason reason) {
        public boolean accepted() {
            return message != null;
        }
    }

    public ModeSDecoder(Options options) {
        this.options = options;
        this.filter = new KnownAddressFilter(options.filterTtlNanos());
    }

    /**
     * Zero-allocation decode of {@code len} bytes at {@code off}. Returns null and fills {@code view} when accepted,
     * else the rejection reason. {@code timestamp12MHz} is the receiver's tick count (-1 unknown); {@code timeNanos}
     * the event time used for the address filter.
     */
    public RejectReason decode(byte[] b, int off, int len, long timestamp12MHz, long timeNanos, ModeSView view) {
        RejectReason r = check(b, off, len, timeNanos, view);
        if (r != null) {
            rejects[r.ordinal()]++;
            return r;
        }
        accepted++;
        view.timestamp12MHz = timestamp12MHz;
        view.timeNanos = timeNanos;
        return null;
    }

    /** Record API: decodes one frame (7 or 14 bytes). */
    public Result decode(byte[] frame, long timeNanos) {
        return decode(frame, -1, timeNanos);
    }

    /** Record API with a 12 MHz receive timestamp (-1 unknown). */
    public Result decode(byte[] frame, long timestamp12MHz, long timeNanos) {
        return decode(frame, 0, frame.length, timestamp12MHz, timeNanos);
    }

    /** Record API on {@code len} bytes at {@code off} (e.g. a parser's reused buffer). */
    public Result decode(byte[] b, int off, int len, long timestamp12MHz, long timeNanos) {
        RejectReason r = decode(b, off, len, timestamp12MHz, timeNanos, scratch);
        return r != null ? new Result(null, r) : new Result(scratch.toMessage(versions), null);
    }

    private RejectReason check(byte[] b, int off, int len, long t, ModeSView v) {
        if ((len != 7 && len != 14) || off < 0 || off > b.length - len) {
            return RejectReason.BAD_LENGTH;
        }
        int df = ModeS.df(b, off);
        if (!ModeS.isSupportedDf(df)) {
            return RejectReason.UNSUPPORTED_DF;
        }
        if (ModeS.lengthBytes(df) != len) {
            return RejectReason.BAD_LENGTH;
        }
        v.load(b, off, len);
        v.df = df;
        v.meteo = options.meteo();
        int residual = v.residual();
        // one small method per parity kind keeps this one small enough to be inlined into decode
        if (df == 11) {
            return allCall(v, residual, t);
        }
        if (df == 17 || df == 18 || df == 19) {
            return extendedSquitter(v, residual, t);
        }
        return addressParity(v, residual, t);
    }

    /** DF11: PI = CRC xor II/SI code; clean parity confirms the address. */
    private RejectReason allCall(ModeSView v, int residual, long t) {
        v.icao = v.header() & 0xFFFFFF;
        if (residual == 0) {
            if (options.addressFilter()) {
                filter.confirm(v.icao, t);
            }
            return null;
        }
        if ((residual & IID_MASK) == 0) {
            // II/SI code in the parity: a corrupt frame can look the same, so (like dump1090) only trust
            // it for an address already confirmed
            return !options.addressFilter() || filter.isKnown(v.icao, t) ? null : RejectReason.UNKNOWN_ADDRESS;
        }
        return corrected(v, residual, t);
    }

    /** DF17/18/19: parity must be zero (after correction); clean DF17 and DF18 CF=0 confirm the address. */
    private RejectReason extendedSquitter(ModeSView v, int residual, long t) {
        int df = v.df;
        v.icao = v.header() & 0xFFFFFF;
        if (residual == 0) {
            if (options.addressFilter() && (df == 17 || (df == 18 && v.bits6to8() == 0))) {
                filter.confirm(v.icao, t);
            }
            if (v.typecode() == AdsbVersionTable.OPERATIONAL_STATUS_TC) {
                versions.observe(v.icao, v.mb());
            }
            return null;
        }
        return corrected(v, residual, t);
    }

    /** DF0/4/5/16/20/21/24: the residual is the address (DF20/21 possibly with a BDS overlay). */
    private RejectReason addressParity(ModeSView v, int residual, long t) {
        v.addressFromParity = true;
        v.icao = residual;
        if (!options.addressFilter() || filter.isKnown(residual, t)) {
            return null;
        }
        if (v.df == 20 || v.df == 21) {
            int match = filter.matchLow16(residual, t);
            if (match >= 0) {
                v.icao = match;
                v.overlayBds = (residual ^ match) >>> 16;
                return null;
            }
        }
        return RejectReason.UNKNOWN_ADDRESS;
    }

    private RejectReason corrected(ModeSView v, int residual, long t) {
        if (v.correct(residual, options.maxCorrectedBits()) <= 0) {
            return RejectReason.BAD_CRC;
        }
        v.icao = v.header() & 0xFFFFFF;
        if (options.addressFilter() && !filter.isKnown(v.icao, t)) {
            return RejectReason.CORRECTED_UNKNOWN_ADDRESS;
        }
        return null;
    }

    /** Number of frames rejected for {@code reason}. */
    public long rejectCount(RejectReason reason) {
        return rejects[reason.ordinal()];
    }

    /** Number of frames accepted. */
    public long acceptedCount() {
        return accepted;
    }

    /** The known-address filter this decoder maintains (fed only when {@link Options#addressFilter()} is on). */
    public KnownAddressFilter knownAddresses() {
        return filter;
    }

    /** ADS-B versions learnt from TC31 of accepted frames. */
    public AdsbVersionTable adsbVersions() {
        return versions;
    }

    public Options options() {
        return options;
    }
}
