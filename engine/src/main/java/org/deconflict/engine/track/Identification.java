package org.deconflict.engine.track;

/**
 * Nation and military status of a target, with the reason the military flag was set.
 *
 * @param nation   ISO 3166-1 alpha-2, null unknown
 * @param military true when identified as military
 * @param reason   why (NONE when not military)
 * @param detail   human-readable evidence (the matching block, prefix or type), null when not military
 */
public record Identification(String nation, boolean military, MilitaryReason reason, String detail) {

    public static final Identification UNKNOWN = new Identification(null, false, MilitaryReason.NONE, null);
}
