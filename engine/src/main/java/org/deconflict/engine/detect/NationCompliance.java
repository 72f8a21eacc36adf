package org.deconflict.engine.detect;

/**
 * Transponder use summed over the closed flights of one nation (ISO 3166-1 alpha-2, or "??" when unknown):
 * seconds with an ADS-B position, in Mode S only, and silent.
 */
public record NationCompliance(String nation, int flights, double adsbSeconds, double modeSOnlySeconds,
                               double silentSeconds) {

    public double totalSeconds() {
        return adsbSeconds + modeSOnlySeconds + silentSeconds;
    }

    /** Share (0..1) of flight time with an ADS-B position. */
    public double adsbShare() {
        return share(adsbSeconds);
    }

    /** Share (0..1) of flight time heard in Mode S only. */
    public double modeSOnlyShare() {
        return share(modeSOnlySeconds);
    }

    /** Share (0..1) of flight time silent. */
    public double silentShare() {
        return share(silentSeconds);
    }

    private double share(double s) {
        double t = totalSeconds();
        return t > 0 ? s / t : 0;
    }
}
