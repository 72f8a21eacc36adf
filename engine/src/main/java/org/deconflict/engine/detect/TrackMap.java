package org.deconflict.engine.detect;

/** The detectors' tracks by key ({@link KeyedMap}: the lookup made for every update touches only its slot and the track). */
final class TrackMap extends KeyedMap<Track> {

    private static final long serialVersionUID = 2L;

    TrackMap(int expected) {
        super(expected);
    }
}
