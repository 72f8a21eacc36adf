package org.deconflict.app.input;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.Channel;
import org.deconflict.engine.ingest.Emergency;
import org.deconflict.engine.ingest.IdentityObservation;
import org.deconflict.engine.ingest.Observation;
import org.deconflict.engine.ingest.PositionObservation;
import org.deconflict.engine.ingest.PositionSource;
import org.deconflict.engine.ingest.ReceiverList;
import org.deconflict.engine.ingest.ReplyObservation;
import org.deconflict.engine.ingest.StatusObservation;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.ingest.VelocityObservation;
import org.deconflict.modes.framing.SbsMessage;

/**
 * Turns SBS/BaseStation records (readsb/dump1090 port 30003) into engine observations. SBS carries what the feeder
 * already decoded — positions resolved, no frames — so each {@code MSG} type maps onto the observation the engine's
 * Mode S adapter would have made from the frame: 1 identification, 2 surface position (+ velocity), 3 airborne
 * position, 4 velocity (ADS-B, DF17); 5 surveillance altitude (DF4/20), 6 identity (DF5/21), 7 air-to-air (DF16),
 * 8 all-call (DF11) as Mode S replies; a callsign on a type 5 or 6 record (dump1090-fa and readsb fill it from a
 * Comm-B identification reply, DF20/21 BDS 2,0) is an identity heard on Mode S. Records that are not {@code MSG}, or
 * carry nothing usable, are counted as ignored. What SBS does not carry stays unknown: NIC/NACp -1, emitter category
 * 0, barometric altitude assumed.
 */
public final class SbsObservations {

    /** Downlink formats the SBS transmission types 5-8 stand for (BaseStation format; ICAO Annex 10 Vol IV §3.1.2). */
    private static final int DF_SURVEILLANCE_ALTITUDE = 4;
    private static final int DF_SURVEILLANCE_IDENTITY = 5;
    private static final int DF_AIR_AIR = 16;
    private static final int DF_ALL_CALL = 11;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final Consumer<Observation> out;
    private long observations;
    private long ignored;

    /** Observations go to {@code out} (e.g. {@code core.tracker()::accept}), in the order of the record's fields. */
    public SbsObservations(Consumer<Observation> out) {
        this.out = out;
    }

    /** One record heard by {@code receiverId} at event time {@code timeNanos} (ns since the Unix epoch). */
    public void accept(SbsMessage m, int receiverId, long timeNanos) {
        if (!"MSG".equals(m.kind()) || m.icao() < 0 || m.icao() > 0xFFFFFF) {
            ignored++;
            return;
        }
        // a '~' hexident (readsb) is a non-ICAO address: keyed apart from the aircraft that may own that ICAO number
        TargetKey key = TargetKey.icao(m.icao(), m.nonIcao() ? AddressType.NON_ICAO : AddressType.ICAO);
        ReceiverList rx = ReceiverList.of(receiverId);
        long before = observations;
        switch (m.transmissionType()) {
            case 1 -> {
                if (m.callsign() != null && !m.callsign().isBlank()) {
                    emit(IdentityObservation.aircraft(key, timeNanos, rx, Channel.ADSB, m.callsign().strip(), 0));
                }
            }
            case 2 -> {
                position(m, key, rx, timeNanos, PositionSource.ADSB_SURFACE_GLOBAL, true);
                velocity(m, key, rx, timeNanos);
            }
            case 3 -> position(m, key, rx, timeNanos, PositionSource.ADSB_AIRBORNE_GLOBAL, false);
            case 4 -> velocity(m, key, rx, timeNanos);
            case 5 -> reply(m, key, rx, timeNanos, DF_SURVEILLANCE_ALTITUDE);
            case 6 -> reply(m, key, rx, timeNanos, DF_SURVEILLANCE_IDENTITY);
            case 7 -> reply(m, key, rx, timeNanos, DF_AIR_AIR);
            case 8 -> reply(m, key, rx, timeNanos, DF_ALL_CALL);
            default -> {
                // SbsParser only passes MSG types 1-8
            }
        }
        int squawk = squawk(m.squawk());
        if (m.transmissionType() <= 4 && squawk >= 0) {
            Emergency e = Emergency.ofSquawk(squawk);
            emit(new StatusObservation(key, timeNanos, rx, Channel.ADSB, squawk,
                    e == Emergency.NONE && Boolean.TRUE.equals(m.emergency()) ? Emergency.GENERAL : e));
        }
        if (observations == before) {
            ignored++;
        }
    }

    /** Observations made so far. */
    public long observations() {
        return observations;
    }

    /** Records that gave no observation (not MSG, or without the fields their type needs). */
    public long ignored() {
        return ignored;
    }

    /**
     * Event time of a record: its "generated" date and time read as UTC (readsb writes UTC; dump1090 writes the
     * feeder's local time, so give arrival time instead for it), ns since the Unix epoch; -1 when absent or malformed.
     */
    public static long generatedTimeNanos(SbsMessage m) {
        if (m.dateGenerated() == null || m.timeGenerated() == null) {
            return -1;
        }
        try {
            LocalDate d = LocalDate.parse(m.dateGenerated().strip(), DATE);
            LocalTime t = LocalTime.parse(m.timeGenerated().strip());
            var instant = d.atTime(t).toInstant(ZoneOffset.UTC);
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    private void position(SbsMessage m, TargetKey key, ReceiverList rx, long t, PositionSource source, boolean surface) {
        if (m.latitudeDeg() == null || m.longitudeDeg() == null || !(Math.abs(m.latitudeDeg()) <= 90)
                || !(Math.abs(m.longitudeDeg()) <= 180)) {
            return;
        }
        double alt = surface || m.altitudeFt() == null ? Double.NaN : m.altitudeFt();
        emit(new PositionObservation(key, t, rx, Channel.ADSB, source, m.latitudeDeg(), m.longitudeDeg(), alt, false,
                surface, -1, -1));
    }

    private void velocity(SbsMessage m, TargetKey key, ReceiverList rx, long t) {
        if (m.groundSpeedKt() == null && m.trackDeg() == null && m.verticalRateFpm() == null) {
            return;
        }
        emit(new VelocityObservation(key, t, rx, Channel.ADSB, nan(m.groundSpeedKt()), nan(m.trackDeg()),
                m.verticalRateFpm() == null ? Double.NaN : m.verticalRateFpm(), false, Double.NaN, Double.NaN,
                Double.NaN));
    }

    private void reply(SbsMessage m, TargetKey key, ReceiverList rx, long t, int df) {
        emit(new ReplyObservation(key, t, rx, Channel.MODE_S, df,
                m.altitudeFt() == null ? Double.NaN : m.altitudeFt(), squawk(m.squawk()), -1,
                Boolean.TRUE.equals(m.onGround())));
        boolean surveillance = df == DF_SURVEILLANCE_ALTITUDE || df == DF_SURVEILLANCE_IDENTITY;
        if (surveillance && m.callsign() != null && !m.callsign().isBlank()) {
            emit(IdentityObservation.aircraft(key, t, rx, Channel.MODE_S, m.callsign().strip(), 0));
        }
    }

    private void emit(Observation o) {
        observations++;
        out.accept(o);
    }

    /** A Mode A code of four octal digits, read as a decimal number (7700); -1 when absent or not octal. */
    private static int squawk(String s) {
        if (s == null || s.strip().length() != 4) {
            return -1;
        }
        String v = s.strip();
        for (int i = 0; i < 4; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '7') {
                return -1;
            }
        }
        return Integer.parseInt(v);
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }
}
