package org.deconflict.sim.truth;

/** Receives the ground truth of a run: periodic true states of every target, then the measured incidents. */
public interface TruthSink {

    /**
     * True state of one target at {@code timeNanos}.
     *
     * @param transponder ADSB, MODE_S_ONLY or OFF for aircraft; AIS or OFF for ships
     */
    void position(long timeNanos, String key, String name, double latDeg, double lonDeg, double altitudeFt,
                  double speedKt, double trackDeg, String transponder);

    /** One measured incident, called at the end of the run in scenario order. */
    void incident(TruthIncident incident);
}
