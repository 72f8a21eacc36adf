package org.deconflict.bench.modes;

import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.adsb.AdsbMessage;
import org.deconflict.modes.adsb.AirbornePosition;
import org.deconflict.modes.adsb.SurfacePosition;
import org.deconflict.modes.cpr.PositionResolver;
import org.deconflict.modes.message.ExtendedSquitter;
import org.deconflict.modes.message.ModeSMessage;

/** Our friendly API: one immutable record per frame (all fields decoded eagerly), positions via the resolver. */
public final class OursRecords {
    private final ModeSDecoder decoder = new ModeSDecoder(ModeSDecoder.Options.frames());
    private final PositionResolver resolver = new PositionResolver();
    private final double[] pos = new double[2];
    /** Positions resolved and frames decoded so far. */
    public long positions;
    public long frames;

    /** Decodes every frame of {@code corpus} as pass number {@code pass}; returns a checksum. */
    public long decodePass(BenchFrames corpus, int pass) {
        byte[][] fs = corpus.frames;
        frames += fs.length;
        long s = 0;
        for (int i = 0; i < fs.length; i++) {
            s += decode(fs[i], corpus.timeNanos(pass, i));
        }
        return s;
    }

    public long decode(byte[] f, long timeNanos) {
        ModeSDecoder.Result r = decoder.decode(f, timeNanos);
        if (!r.accepted()) {
            return 1;
        }
        ModeSMessage m = r.message();
        long s = m.hashCode();
        if (m instanceof ExtendedSquitter es) {
            AdsbMessage a = es.adsb();
            PositionResolver.Outcome o = null;
            if (a instanceof AirbornePosition p) {
                o = resolver.resolve(m.icao(), false, p.odd(), p.latCpr(), p.lonCpr(), timeNanos, pos);
            } else if (a instanceof SurfacePosition p) {
                o = resolver.resolve(m.icao(), true, p.odd(), p.latCpr(), p.lonCpr(), timeNanos, pos);
            }
            if (o == PositionResolver.Outcome.GLOBAL || o == PositionResolver.Outcome.LOCAL) {
                positions++;
                s += (long) (pos[0] * 1e5);
            }
        }
        return s;
    }
}
