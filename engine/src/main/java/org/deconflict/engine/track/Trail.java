package org.deconflict.engine.track;

/**
 * Bounded ring buffer of recent accepted positions (time, lat, lon, altitude) for drawing trails and checking
 * history. Coordinates are stored as float (≈ 0.5 m resolution at 60° latitude), altitude in feet (NaN unknown).
 */
public final class Trail {

    private final long[] timeNanos;
    private final float[] latDeg;
    private final float[] lonDeg;
    private final float[] altitudeFt;
    private int start;
    private int size;

    public Trail(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1");
        }
        timeNanos = new long[capacity];
        latDeg = new float[capacity];
        lonDeg = new float[capacity];
        altitudeFt = new float[capacity];
    }

    /** Appends a point, overwriting the oldest when full. */
    public void add(long tNanos, double lat, double lon, double altFt) {
        int cap = timeNanos.length;
        int i = (start + size) % cap;
        if (size == cap) {
            start = (start + 1) % cap;
        } else {
            size++;
        }
        timeNanos[i] = tNanos;
        latDeg[i] = (float) lat;
        lonDeg[i] = (float) lon;
        altitudeFt[i] = (float) altFt;
    }

    public void clear() {
        start = 0;
        size = 0;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return timeNanos.length;
    }

    /** Time of the i-th point, oldest first. */
    public long timeNanos(int i) {
        return timeNanos[index(i)];
    }

    public double latDeg(int i) {
        return latDeg[index(i)];
    }

    public double lonDeg(int i) {
        return lonDeg[index(i)];
    }

    public double altitudeFt(int i) {
        return altitudeFt[index(i)];
    }

    /** Time of the newest point, or Long.MIN_VALUE when empty. */
    public long lastTimeNanos() {
        return size == 0 ? Long.MIN_VALUE : timeNanos(size - 1);
    }

    private int index(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return (start + i) % timeNanos.length;
    }
}
