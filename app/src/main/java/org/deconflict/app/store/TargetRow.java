package org.deconflict.app.store;

import java.util.Objects;

/**
 * One target as the store keeps it. Written repeatedly while the target is seen; the store keeps the earliest
 * {@code firstSeenMs}, the latest {@code lastSeenMs}, and for the other fields the newest non-null value.
 *
 * @param key            stable key, {@code "icao:4840d6"} (24-bit address, lower-case hex) or {@code "mmsi:219165000"}
 * @param kind           aircraft or ship
 * @param name           callsign (aircraft) or ship name; null when unknown
 * @param nation         ISO 3166-1 alpha-2 code (upper case, e.g. {@code "DK"}); null when unknown
 * @param military       true when the target is judged military
 * @param militaryReason why it is judged military (e.g. {@code "icao-block"}, {@code "callsign"}); null when not military
 * @param category       emitter / ship category as text (e.g. {@code "A3"}, {@code "cargo"}); null when unknown
 * @param firstSeenMs    first time seen, epoch milliseconds UTC
 * @param lastSeenMs     last time seen, epoch milliseconds UTC
 */
public record TargetRow(String key, TargetKind kind, String name, String nation, boolean military,
                        String militaryReason, String category, long firstSeenMs, long lastSeenMs) {

    public TargetRow {
        Rows.requireKey(key, "key");
        Objects.requireNonNull(kind, "kind");
        if (lastSeenMs < firstSeenMs) {
            throw new IllegalArgumentException("lastSeenMs " + lastSeenMs + " before firstSeenMs " + firstSeenMs);
        }
    }

    /**
     * The row the store holds after {@code newer} is written over this one: earliest first-seen, latest
     * last-seen, and the newer non-null value of every other field.
     */
    public TargetRow mergedWith(TargetRow newer) {
        if (!key.equals(newer.key)) {
            throw new IllegalArgumentException("cannot merge " + key + " with " + newer.key);
        }
        return new TargetRow(key, newer.kind, newer.name != null ? newer.name : name,
                newer.nation != null ? newer.nation : nation, newer.military,
                newer.militaryReason != null ? newer.militaryReason : militaryReason,
                newer.category != null ? newer.category : category,
                Math.min(firstSeenMs, newer.firstSeenMs), Math.max(lastSeenMs, newer.lastSeenMs));
    }
}
