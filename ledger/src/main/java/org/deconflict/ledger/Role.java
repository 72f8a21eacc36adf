package org.deconflict.ledger;

/** What a party may do in the ledger: a monitor files incidents, a party answers them, a witness cosigns checkpoints. */
public enum Role {
    /** A monitoring node: files incidents (and may also comment on them). */
    MONITOR,
    /** A state or organisation answering incidents: acknowledge, dispute, comment, attach evidence. */
    PARTY,
    /** Another party's node that checks consistency and cosigns checkpoints; files nothing. */
    WITNESS
}
