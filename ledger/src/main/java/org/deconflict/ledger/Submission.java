package org.deconflict.ledger;

/** Outcome of submitting an entry: accepted at a log index (durable), or rejected with a typed reason. */
public sealed interface Submission {

    record Accepted(long index, byte[] leafHash) implements Submission {
    }

    record Rejected(Rejection reason, String detail) implements Submission {
    }

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
