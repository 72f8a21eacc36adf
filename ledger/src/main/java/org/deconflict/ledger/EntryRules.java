package org.deconflict.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.deconflict.ledger.tiles.EntryBundle;

/**
 * The admission rules of the ledger, applied in log order: well-formed canonical entry, known signer, valid signature,
 * signer speaks only for itself, role allowed, no replay, statements refer to an existing incident by index and hash.
 * Used both when accepting submissions and when re-verifying a whole log.
 */
final class EntryRules {

    /** An incident accepted into the log. */
    record Filed(long index, byte[] leafHash, Party filer, Incident incident) {
    }

    private final Parties parties;
    /** (party, nonce) → log index, or {@link #RESERVED} while the entry is not yet durable. */
    private final Map<String, Long> nonces = new HashMap<>();
    private final Map<Long, Filed> incidents = new HashMap<>();
    private final List<Filed> inOrder = new ArrayList<>();

    private static final long RESERVED = -1;

    EntryRules(Parties parties) {
        this.parties = parties;
    }

    /**
     * What can be judged of one entry alone: its shape, its signer and the signature — no log state, so it may run on
     * many entries at once, on any thread. Either {@code rejected} is set, or {@code entry} with its {@code signer}.
     */
    record Prechecked(SignedEntry entry, Party signer, Submission.Rejected rejected) {
        static Prechecked refused(Rejection reason, String detail) {
            return new Prechecked(null, null, new Submission.Rejected(reason, detail));
        }
    }

    /** The order-independent rules (shape, known signer, valid signature): thread-safe, the costly part. */
    static Prechecked precheck(Parties parties, byte[] bytes) {
        if (bytes.length > EntryBundle.MAX_ENTRY_BYTES) {
            return Prechecked.refused(Rejection.TOO_LARGE, bytes.length + " bytes > " + EntryBundle.MAX_ENTRY_BYTES);
        }
        SignedEntry e;
        try {
            e = SignedEntry.decode(bytes);
        } catch (RuntimeException ex) { // any shape error in untrusted input becomes a typed rejection
            return Prechecked.refused(Rejection.MALFORMED, ex.getMessage());
        }
        Party signer = parties.find(e.signer()).orElse(null);
        if (signer == null) {
            return Prechecked.refused(Rejection.UNKNOWN_PARTY, "no party named '" + e.signer() + "'");
        }
        if (e.signature() == null) {
            return Prechecked.refused(Rejection.UNSIGNED, "entry carries no signature");
        }
        if (!e.signedBy(signer.key())) {
            return Prechecked.refused(Rejection.BAD_SIGNATURE, "signature does not verify under " + signer.key().encoded());
        }
        return new Prechecked(e, signer, null);
    }

    /**
     * The rules that depend on the log so far (who speaks for whom, roles, replays, references), after
     * {@link #precheck}: the typed reason the entry must be refused, or null with {@code out[0]} set to the entry.
     */
    Submission.Rejected admit(Prechecked p, SignedEntry[] out) {
        if (p.rejected() != null) {
            return p.rejected();
        }
        SignedEntry e = p.entry();
        Party signer = p.signer();
        if (!e.party().equals(signer.name())) {
            return new Submission.Rejected(Rejection.SPEAKS_FOR_ANOTHER, signer.name() + " signed an entry for " + e.party());
        }
        if (e.isIncident() ? signer.role() != Role.MONITOR : signer.role() == Role.WITNESS) {
            return new Submission.Rejected(Rejection.ROLE_NOT_ALLOWED, signer.role() + " " + signer.name()
                    + " may not submit " + (e.isIncident() ? "incidents" : "statements"));
        }
        if (nonces.containsKey(nonceKey(e))) {
            return new Submission.Rejected(Rejection.REPLAYED, "nonce " + e.nonce() + " of " + e.party() + " already used");
        }
        if (!e.isIncident()) {
            Filed target = incidents.get(e.statement().incidentIndex());
            if (target == null) {
                return new Submission.Rejected(Rejection.MISSING_INCIDENT, "no incident at index " + e.statement().incidentIndex());
            }
            if (!Arrays.equals(target.leafHash(), e.statement().incidentHash())) {
                return new Submission.Rejected(Rejection.INCIDENT_HASH_MISMATCH, "incident hash differs from entry " + target.index());
            }
        }
        out[0] = e;
        return null;
    }

    /** Reserves the entry's nonce (before it is durable) so a concurrent replay is refused. */
    void reserve(SignedEntry e) {
        nonces.put(nonceKey(e), RESERVED);
    }

    void release(SignedEntry e) {
        nonces.remove(nonceKey(e));
    }

    /** Records an entry that is now in the log at {@code index}. */
    void accepted(long index, byte[] leafHash, SignedEntry e) {
        nonces.put(nonceKey(e), index);
        if (e.isIncident()) {
            Filed f = new Filed(index, leafHash, parties.find(e.party()).orElseThrow(), e.incident());
            incidents.put(index, f);
            inOrder.add(f);
        }
    }

    /** Log index of the durable entry that used {@code e}'s (party, nonce), or -1 when none is durable. */
    long indexOfNonce(SignedEntry e) {
        Long i = nonces.get(nonceKey(e));
        return i == null ? RESERVED : i;
    }

    List<Filed> incidents() {
        return List.copyOf(inOrder);
    }

    private static String nonceKey(SignedEntry e) {
        return e.party() + '\u0000' + e.nonce();
    }
}
