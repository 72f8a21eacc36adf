package org.deconflict.engine.event;

/** A threshold an encounter can break, with the unit of its value. */
public enum Limit {
    HORIZONTAL_SEPARATION("m"),
    VERTICAL_SEPARATION("ft"),
    LOOK_AHEAD("s"),
    TAU("s"),
    DMOD("m"),
    ZTHR("ft"),
    NMAC_HORIZONTAL("m"),
    NMAC_VERTICAL("ft"),
    LOW_PASS_DISTANCE("m"),
    LOW_PASS_HEIGHT("ft"),
    CPA("m"),
    TCPA("s"),
    CLOSE_QUARTERS("m");

    private final String unit;

    Limit(String unit) {
        this.unit = unit;
    }

    /** Unit of both {@link Breach#limit()} and {@link Breach#reached()}. */
    public String unit() {
        return unit;
    }
}
