package org.deconflict.engine.track;

import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.Channel;
import org.deconflict.engine.ingest.PositionObservation;
import org.deconflict.engine.ingest.PositionSource;
import org.deconflict.engine.ingest.ReceiverList;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.ingest.VelocityObservation;

/** Small builders for constructed observations in tests. */
final class Obs {

    static final long S = 1_000_000_000L;
    static final long T0 = 1_700_000_000L * S;

    private Obs() {
    }

    static TargetKey aircraft(int address) {
        return TargetKey.icao(address, AddressType.ICAO);
    }

    static PositionObservation air(TargetKey k, double tS, double lat, double lon, double altFt, int receiver) {
        return new PositionObservation(k, T0 + (long) (tS * S), ReceiverList.of(receiver), Channel.ADSB,
                PositionSource.ADSB_AIRBORNE_GLOBAL, lat, lon, altFt, false, false, 8, 9);
    }

    static PositionObservation ship(int mmsi, double tS, double lat, double lon, int receiver) {
        return new PositionObservation(TargetKey.mmsi(mmsi), T0 + (long) (tS * S), ReceiverList.of(receiver), Channel.AIS,
                PositionSource.AIS, lat, lon, Double.NaN, false, true, -1, 10);
    }

    static VelocityObservation velocity(TargetKey k, double tS, double gsKt, double trackDeg) {
        return new VelocityObservation(k, T0 + (long) (tS * S), ReceiverList.of(1), Channel.ADSB, gsKt, trackDeg, 0, false,
                Double.NaN, Double.NaN, Double.NaN);
    }
}
