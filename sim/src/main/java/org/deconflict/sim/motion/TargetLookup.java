package org.deconflict.sim.motion;

/** Finds the mover of another target by key ({@code icao:4840d6}, {@code mmsi:219165000}) for relative manoeuvres. */
@FunctionalInterface
public interface TargetLookup {
    /** The mover, or throws {@link IllegalArgumentException} if the scenario has no such target. */
    Mover find(String key);
}
