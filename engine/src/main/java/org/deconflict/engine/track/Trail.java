package org.deconflict.engine.track;

/**
 * Bounded ring buffer of recent accepted positions (time, lat, lon, altitude) for drawing trails and checking
 * history. Coordinates are stored as float (≈ 0.5 m resolution at 60° latitude), altitude in feet (NaN unknown).
 */
public final class Trail {

    /** Ints per point: time (high and low half), then the float bits of latitude, longitude and altitude. */
    private static final int STRIDE = 5;

    /**
     * The points in one array, so appending touches one object besides this one (an array per field was four): at
     * tens of thousands of tracks each is a cache miss per accepted position.
     */
    private final int[] points;
    private final int capacity;
    private int start;
    private int size;

    public Trail(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1");
        }
        this.capacity = capacity;
        points = new int[capacity * STRIDE];
    }

    /**
     * Reads the slot the next {@link #add} writes, for {@link Tracker#acceptAll}'s warm-up: this object and that line
     * of its points are two cache misses per position with many tracks; the value means nothing.
     */
    long warm() {
        int slot = start + size;
        return points[(slot >= capacity ? slot - capacity : slot) * STRIDE];
    }

    /** Appends a point, overwriting the oldest when full. */
    public void add(long tNanos, double lat, double lon, double altFt) {
        int slot = start + size;
        if (slot >= capacity) {
            slot -= capacity;
        }
        if (size == capacity) {
            start = start + 1 == capacity ? 0 : start + 1;
        } else {
            size++;
        }
        int i = slot * STRIDE;
        points[i] = (int) (tNanos >>> 32);
        points[i + 1] = (int) tNanos;
        points[i + 2] = Float.floatToRawIntBits((float) lat);
        points[i + 3] = Float.floatToRawIntBits((float) lon);
        points[i + 4] = Float.floatToRawIntBits((float) altFt);
    }

    public void clear() {
        start = 0;
        size = 0;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return capacity;
    }

    /** Time of the i-th point, oldest first. */
    public long timeNanos(int i) {
        int j = index(i);
        return (long) points[j] << 32 | points[j + 1] & 0xFFFF_FFFFL;
    }

    public double latDeg(int i) {
        return Float.intBitsToFloat(points[index(i) + 2]);
    }

    public double lonDeg(int i) {
        return Float.intBitsToFloat(points[index(i) + 3]);
    }

    public double altitudeFt(int i) {
        return Float.intBitsToFloat(points[index(i) + 4]);
    }

    /** Time of the newest point, or Long.MIN_VALUE when empty. */
    public long lastTimeNanos() {
        return size == 0 ? Long.MIN_VALUE : timeNanos(size - 1);
    }

    /** Start of the i-th point (oldest first) in {@link #points}. */
    private int index(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int slot = start + i;
        return (slot >= capacity ? slot - capacity : slot) * STRIDE;
    }
}
