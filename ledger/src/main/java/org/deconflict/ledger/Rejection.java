package org.deconflict.ledger;

/** Why a submission was refused; every refusal carries one of these reasons and a human-readable detail. */
public enum Rejection {
    /** Not canonical JSON of the expected shape, or a field is missing or out of range. */
    MALFORMED,
    /** Larger than an entry bundle can hold (65535 bytes, C2SP tlog-tiles). */
    TOO_LARGE,
    /** The signer is not in the parties configuration. */
    UNKNOWN_PARTY,
    /** No signature at all. */
    UNSIGNED,
    /** The signature does not verify under the named signer's key. */
    BAD_SIGNATURE,
    /** Validly signed by one party but claims to speak for another. */
    SPEAKS_FOR_ANOTHER,
    /** The signer's role may not submit this kind of entry. */
    ROLE_NOT_ALLOWED,
    /** The same signed bytes or the same (party, nonce) were already accepted. */
    REPLAYED,
    /** The statement refers to an index that holds no incident. */
    MISSING_INCIDENT,
    /** The statement's incident hash differs from the leaf hash of the referenced incident. */
    INCIDENT_HASH_MISMATCH,
    /** The log could not store the entry (I/O failure); nothing was acknowledged. */
    STORAGE_FAILED
}
