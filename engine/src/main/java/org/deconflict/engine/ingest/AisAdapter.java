package org.deconflict.engine.ingest;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.deconflict.ais.AisMessage;
import org.deconflict.ais.AisMessage.ClassBPositionReport;
import org.deconflict.ais.AisMessage.Dimensions;
import org.deconflict.ais.AisMessage.ExtendedClassBReport;
import org.deconflict.ais.AisMessage.LongRangeReport;
import org.deconflict.ais.AisMessage.PositionReport;
import org.deconflict.ais.AisMessage.SarAircraftReport;
import org.deconflict.ais.AisMessage.StaticDataReport;
import org.deconflict.ais.AisMessage.StaticVoyageData;
import org.deconflict.ais.AisReport;
import org.deconflict.ais.DuplicateSuppressor;
import org.deconflict.ais.Type24Merger;

/**
 * Turns AIS messages into {@link Observation}s: position reports (types 1-3, 9, 18, 19, 27) give a position and a
 * velocity, static data (types 5, 19, 24) an identity; class B type 24 parts A and B are merged per MMSI so every
 * identity carries what is known of both. Deduplicated input ({@link DuplicateSuppressor.Heard}) keeps every source
 * as a receiver. Base stations, aids to navigation and binary/safety messages carry no ship track and are counted as
 * ignored. One instance per stream; not thread-safe.
 */
public final class AisAdapter {

    /** NACp for AIS position accuracy flag 1, "≤ 10 m" (ITU-R M.1371-5 Table 50) → NACp 10 (EPU < 10 m, DO-260B Table 2-71). */
    static final int NACP_HIGH = 10;
    /** NACp for accuracy flag 0, "> 10 m" (a GNSS fix without DGNSS), taken as NACp 7 (EPU < 0.1 NM). */
    static final int NACP_LOW = 7;
    /** NACp for type 27 long-range positions, quantised to 1/10 minute (≈ 185 m): NACp 6 (EPU < 0.3 NM). */
    static final int NACP_LONG_RANGE = 6;
    private static final double FT_PER_M = 1 / 0.3048;

    private final ReceiverNames receiverNames;
    private final Consumer<Observation> sink;
    private final Type24Merger classB = new Type24Merger(100_000);
    private long messages;
    private long observations;
    private long ignored;
    private long withoutTime;

    public AisAdapter(ReceiverNames receiverNames, Consumer<Observation> sink) {
        this.receiverNames = receiverNames;
        this.sink = sink;
    }

    /**
     * One report heard once. Event time is the report's own (tag block, $PGHP, trailing time) when present, else
     * {@code receivedNanos} (the caller's arrival time; event time of the feed).
     */
    public void accept(AisReport r, long receivedNanos) {
        accept(r.message(), timeOf(r, receivedNanos), ReceiverList.of(receiverNames.idOf(r.source())));
    }

    /** One transmission with every source that reported it (from the ais module's duplicate suppressor). */
    public void accept(DuplicateSuppressor.Heard heard, long receivedNanos) {
        accept(heard.report().message(), timeOf(heard.report(), receivedNanos), receiverNames.listOf(heard.sources()));
    }

    /** Emits the observations of one decoded message. */
    public void accept(AisMessage m, long timeNanos, ReceiverList rl) {
        messages++;
        if (m.mmsi() <= 0 || m.mmsi() > 999_999_999) {
            ignored++;
            return;
        }
        TargetKey key = TargetKey.mmsi(m.mmsi());
        if (m instanceof PositionReport p) {
            position(key, timeNanos, rl, p.latDeg(), p.lonDeg(), Double.NaN, p.accuracy() ? NACP_HIGH : NACP_LOW);
            velocity(key, timeNanos, rl, p.speedKt(), p.courseDeg(), p.headingDeg(), p.rateOfTurnDegPerMin());
        } else if (m instanceof ClassBPositionReport p) {
            position(key, timeNanos, rl, p.latDeg(), p.lonDeg(), Double.NaN, p.accuracy() ? NACP_HIGH : NACP_LOW);
            velocity(key, timeNanos, rl, p.speedKt(), p.courseDeg(), p.headingDeg(), OptionalDouble.empty());
        } else if (m instanceof ExtendedClassBReport p) {
            position(key, timeNanos, rl, p.latDeg(), p.lonDeg(), Double.NaN, p.accuracy() ? NACP_HIGH : NACP_LOW);
            velocity(key, timeNanos, rl, p.speedKt(), p.courseDeg(), p.headingDeg(), OptionalDouble.empty());
            identity(key, timeNanos, rl, null, p.shipname(), p.shipType(), -1, p.dimensions());
        } else if (m instanceof SarAircraftReport p) {
            OptionalInt alt = p.altitude();
            position(key, timeNanos, rl, p.latDeg(), p.lonDeg(), alt.isPresent() ? alt.getAsInt() * FT_PER_M : Double.NaN,
                    p.accuracy() ? NACP_HIGH : NACP_LOW);
            // SAR aircraft SOG in whole knots, 1023 not available (ITU-R M.1371-5 Table 48)
            OptionalDouble sog = p.sogKt() == 1023 ? OptionalDouble.empty() : OptionalDouble.of(p.sogKt());
            OptionalDouble cog = p.cogRaw() >= 3600 ? OptionalDouble.empty() : OptionalDouble.of(p.cogRaw() / 10.0);
            velocity(key, timeNanos, rl, sog, cog, OptionalInt.empty(), OptionalDouble.empty());
        } else if (m instanceof LongRangeReport p) {
            position(key, timeNanos, rl, p.latDeg(), p.lonDeg(), Double.NaN, NACP_LONG_RANGE);
            OptionalInt sog = p.speed();
            OptionalInt cog = p.course();
            velocity(key, timeNanos, rl, sog.isPresent() ? OptionalDouble.of(sog.getAsInt()) : OptionalDouble.empty(),
                    cog.isPresent() ? OptionalDouble.of(cog.getAsInt()) : OptionalDouble.empty(), OptionalInt.empty(),
                    OptionalDouble.empty());
        } else if (m instanceof StaticVoyageData s) {
            identity(key, timeNanos, rl, s.callsign(), s.shipname(), s.shipType(), s.imo(), s.dimensions());
        } else if (m instanceof StaticDataReport part) {
            Type24Merger.ClassBStatic v = classB.accept(part, timeNanos / 1_000_000);
            identity(key, timeNanos, rl, v.callsign(), v.shipname(), v.shipType(), -1, v.dimensions());
        } else {
            ignored++;
        }
    }

    private void position(TargetKey key, long t, ReceiverList rl, OptionalDouble lat, OptionalDouble lon, double altFt,
                          int nacp) {
        if (lat.isEmpty() || lon.isEmpty()) {
            return;                      // "not available" (91°/181°): no position in this report
        }
        emit(new PositionObservation(key, t, rl, Channel.AIS, PositionSource.AIS, lat.getAsDouble(), lon.getAsDouble(),
                altFt, false, Double.isNaN(altFt), -1, nacp));
    }

    private void velocity(TargetKey key, long t, ReceiverList rl, OptionalDouble sog, OptionalDouble cog,
                          OptionalInt heading, OptionalDouble rot) {
        if (sog.isEmpty() && cog.isEmpty() && heading.isEmpty()) {
            return;
        }
        emit(new VelocityObservation(key, t, rl, Channel.AIS, sog.orElse(Double.NaN), cog.orElse(Double.NaN), Double.NaN,
                false, heading.isPresent() ? heading.getAsInt() : Double.NaN, Double.NaN, rot.orElse(Double.NaN)));
    }

    private void identity(TargetKey key, long t, ReceiverList rl, String callsign, String name, int shipType, int imo,
                          Dimensions d) {
        emit(new IdentityObservation(key, t, rl, Channel.AIS, clean(callsign), clean(name), Math.max(0, shipType),
                imo > 0 ? imo : -1, d == null ? -1 : d.toBowM(), d == null ? -1 : d.toSternM(),
                d == null ? -1 : d.toPortM(), d == null ? -1 : d.toStarboardM()));
    }

    /** Trims AIS text and drops the '@' padding (ITU-R M.1371-5 Table 47); empty becomes null. */
    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        int end = s.indexOf('@');
        String v = (end >= 0 ? s.substring(0, end) : s).strip();
        return v.isEmpty() ? null : v;
    }

    private long timeOf(AisReport r, long receivedNanos) {
        if (r.hasTime()) {
            return r.timeMillis() * 1_000_000L;
        }
        withoutTime++;
        return receivedNanos;
    }

    private void emit(Observation o) {
        observations++;
        sink.accept(o);
    }

    public long messages() {
        return messages;
    }

    public long observations() {
        return observations;
    }

    /** Messages with no ship track content (base stations, AtoN, binary, safety, invalid MMSI). */
    public long ignored() {
        return ignored;
    }

    /** Reports that carried no event time of their own (the caller's receive time was used). */
    public long withoutTime() {
        return withoutTime;
    }
}
