package org.deconflict.sim.scenario;

/**
 * One step of an aircraft route. Exactly one of: a waypoint ({@code lat, lon, altFt, speedKt}; the first one is the
 * starting point), an {@code orbit}, a {@code racetrack}, a series of {@code passes} over a target, or a
 * {@code follow} (close on and shadow another aircraft).
 */
public record RouteStep(Double lat, Double lon, Double altFt, Double speedKt,
                        Orbit orbit, Racetrack racetrack, Passes passes, Follow follow) {

    /** Circle a fixed point ({@code lat, lon}) or a moving target (key) at {@code radiusM}, for {@code durationS} from reaching the circle. */
    public record Orbit(Double lat, Double lon, String target, double radiusM, double durationS,
                        Boolean clockwise, Double altFt, Double speedKt) {
    }

    /** Fly a racetrack: two turn points {@code legNm} apart on {@code headingDeg} from {@code lat, lon}. */
    public record Racetrack(double lat, double lon, double headingDeg, double legNm, double durationS,
                            Double altFt, Double speedKt) {
    }

    /** Make {@code count} low passes over a target (usually a ship) at {@code altFt}, running out {@code runoutNm} each time. */
    public record Passes(String target, int count, double altFt, double speedKt, double runoutNm) {
    }

    /** Close on another aircraft and hold {@code distanceM} behind it for {@code durationS} from reaching that station. */
    public record Follow(String target, double distanceM, double durationS, Double altOffsetFt, Double speedKt) {
    }
}
