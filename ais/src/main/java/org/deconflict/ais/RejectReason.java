package org.deconflict.ais;

/** Why a line, sentence, fragment or message was not turned into an AIS message. Every rejection is counted. */
public enum RejectReason {
    /** A line that holds no NMEA sentence at all (free text, binary noise). */
    GARBAGE,
    /** A well-formed NMEA sentence that is not AIS ($GPGGA, $PFOO...); ignored. */
    NOT_AIS,
    /** An NMEA line whose '*hh' checksum does not match (IEC 61162-1 §7.2.4). */
    BAD_CHECKSUM,
    /** An AIS sentence with missing or malformed fields (counts, sequence id, fill bits, no checksum). */
    MALFORMED_SENTENCE,
    /** A tag block whose checksum does not match or that is not closed (IEC 61162-450 §7.3 / NMEA 0183 v4 §7). */
    BAD_TAG_BLOCK,
    /** A payload character outside the six-bit armoring alphabet. */
    BAD_PAYLOAD_CHARACTER,
    /** A sentence without payload ("!AIVDM,1,1,,B,,0*25"). */
    EMPTY_PAYLOAD,
    /** A $PGHP Gatehouse wrapper that cannot be read. */
    BAD_PGHP,
    /** A fragment other than the first that arrived with no matching first fragment. */
    ORPHAN_FRAGMENT,
    /** A fragment already received for its message (same number, heard again). */
    DUPLICATE_FRAGMENT,
    /** A multi-part message that never completed: timed out, superseded by a new part 1, or cut by end of input. */
    INCOMPLETE_MESSAGE,
    /** A multi-part message dropped because too many were pending at once (bounded buffer). */
    ASSEMBLY_OVERFLOW,
    /** Message type 0 or above 27 (ITU-R M.1371-5 Annex 8 §3.3 defines 1..27). */
    UNKNOWN_MESSAGE_TYPE,
    /** Too few bits for even the fixed header fields of its message type. */
    MESSAGE_TOO_SHORT,
    /** A type 24 with part number 2 or 3 (ITU-R M.1371-5 Annex 8 §3.21 defines only A=0 and B=1). */
    BAD_TYPE24_PART;

    private static final RejectReason[] VALUES = values();

    /** The reason with ordinal {@code i} (for counters kept in arrays). */
    public static RejectReason of(int i) {
        return VALUES[i];
    }

    public static int count() {
        return VALUES.length;
    }
}
