package org.deconflict.app.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.SignedNote;

/** Helpers shared by the proof subcommands. */
final class LedgerProofs {

    private LedgerProofs() {
    }

    /** Size of the latest published checkpoint; proofs are given against what was signed. */
    static long checkpointSize(Ledger ledger) throws IOException {
        SignedNote note = ledger.latestCheckpoint().orElseThrow(() -> new IOException("no checkpoint published yet"));
        try {
            return Checkpoint.parse(note.text()).size();
        } catch (SignedNote.MalformedNoteException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static List<Object> b64(List<byte[]> l) {
        List<Object> out = new ArrayList<>();
        l.forEach(b -> out.add(b64(b)));
        return out;
    }
}
