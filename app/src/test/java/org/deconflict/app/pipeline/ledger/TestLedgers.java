package org.deconflict.app.pipeline.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.security.interfaces.EdECPrivateKey;
import java.util.List;

import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Parties;
import org.deconflict.ledger.Party;
import org.deconflict.ledger.note.NoteKeys;

/** Creates test ledgers with a fresh log key and the given parties. */
final class TestLedgers {

    private TestLedgers() {
    }

    static Ledger create(Path dir, String origin, List<Party> parties) throws IOException {
        NoteKeys.Signer log = NoteKeys.generate(origin.replace('/', '-') + "-log");
        byte[] seed = ((EdECPrivateKey) log.privateKey()).getBytes().orElseThrow(); // JDK EdEC keys expose their seed
        return Ledger.create(dir, new Parties(origin, log.verifier(), parties),
                NoteKeys.signerString(log.name(), seed, log.publicKey()));
    }
}
