package org.deconflict.ais;

import java.util.LinkedHashMap;
import java.util.Map;

import org.deconflict.ais.AisMessage.Dimensions;
import org.deconflict.ais.AisMessage.StaticDataReport;

/**
 * Per-MMSI merger of class B static data: type 24 part A (name) and part B (type, vendor, call sign, dimensions)
 * arrive separately (ITU-R M.1371-5 Annex 8 §3.21); every part updates the vessel's record and the merged view is
 * returned at once, with the other part's fields absent until it is heard. Bounded: the least recently updated
 * vessels are forgotten beyond {@code capacity}. This is what trackers use; {@link Type24Pairing} mimics gpsd.
 */
public final class Type24Merger {

    /**
     * What is known of one class B vessel. Absent values: null strings / dimensions, -1 numbers.
     *
     * @param timeMillis  event time of the latest part, {@link TagBlock#NO_TIME} when unknown
     */
    public record ClassBStatic(int mmsi, String shipname, int shipType, String vendorId, int model, int serial,
                               String callsign, Dimensions dimensions, int mothershipMmsi, long timeMillis) {

        public boolean hasName() {
            return shipname != null;
        }

        public boolean hasPartB() {
            return shipType >= 0;
        }

        public boolean complete() {
            return hasName() && hasPartB();
        }
    }

    private final Map<Integer, ClassBStatic> vessels;

    public Type24Merger(int capacity) {
        this.vessels = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, ClassBStatic> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Merges one part; returns the vessel's updated record. */
    public ClassBStatic accept(StaticDataReport part, long timeMillis) {
        ClassBStatic old = vessels.get(part.mmsi());
        ClassBStatic merged;
        if (part.partA()) {
            merged = old == null
                    ? new ClassBStatic(part.mmsi(), part.shipname(), -1, null, -1, -1, null, null, -1, timeMillis)
                    : new ClassBStatic(part.mmsi(), part.shipname(), old.shipType(), old.vendorId(), old.model(),
                            old.serial(), old.callsign(), old.dimensions(), old.mothershipMmsi(), timeMillis);
        } else {
            merged = new ClassBStatic(part.mmsi(), old == null ? null : old.shipname(), part.shipType(),
                    part.vendorId(), part.model(), part.serial(), part.callsign(), part.dimensions(),
                    part.mothershipMmsi(), timeMillis);
        }
        vessels.put(part.mmsi(), merged);
        return merged;
    }

    /** The current record of {@code mmsi}, or null. */
    public ClassBStatic get(int mmsi) {
        return vessels.get(mmsi);
    }

    public int size() {
        return vessels.size();
    }
}
