package org.deconflict.engine.event;

/** What kind of proximity an encounter records, and between which domains. */
public enum EncounterType {
    /** Air–air: current separation below the horizontal AND vertical minima (ICAO Doc 4444 §8.7.3, §5.3). */
    LOSS_OF_SEPARATION(Domain.AIR_AIR),
    /** Air–air: linear extrapolation predicts a loss of separation within the look-ahead (STCA-like). */
    PREDICTED_CONFLICT(Domain.AIR_AIR),
    /** Air–air: a TCAS II v7.1-like traffic advisory condition (tau / DMOD / ZTHR at the pair's sensitivity level). */
    TCAS_TA(Domain.AIR_AIR),
    /** Air–air: a TCAS II v7.1-like resolution advisory condition. */
    TCAS_RA(Domain.AIR_AIR),
    /** Air–air: near mid-air collision (horizontal and vertical below the NMAC box). */
    NMAC(Domain.AIR_AIR),
    /** Air–sea: an aircraft low pass over a ship. */
    LOW_PASS(Domain.AIR_SEA),
    /** Sea–sea: ARPA-style CPA/TCPA alarm (predicted). */
    SHIP_CPA(Domain.SEA_SEA),
    /** Sea–sea: ships actually within the close-quarters distance. */
    SHIP_CLOSE_QUARTERS(Domain.SEA_SEA);

    /** Which two kinds of target meet. */
    public enum Domain { AIR_AIR, AIR_SEA, SEA_SEA }

    private final Domain domain;

    EncounterType(Domain domain) {
        this.domain = domain;
    }

    public Domain domain() {
        return domain;
    }
}
