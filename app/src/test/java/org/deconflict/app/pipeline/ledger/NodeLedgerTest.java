package org.deconflict.app.pipeline.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Party;
import org.deconflict.ledger.Role;
import org.deconflict.ledger.note.NoteKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node's ledger directory: created with owner-only keys on first use, reopened with the same key, refused when the key does not belong. */
class NodeLedgerTest {

    @Test
    void firstUseCreatesKeysAndALedgerLaterUsesReopenThem(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("data/ledger");
        String verifier;
        NodeLedger created = NodeLedger.openOrCreate(dir, "se-node", "SE");
        try (Ledger ledger = created.ledger()) {
            assertThat(created.created()).isTrue();
            verifier = created.nodeKey().verifier().encoded();
            assertThat(ledger.parties().parties()).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("se-node");
                assertThat(p.key().encoded()).isEqualTo(verifier);
                assertThat(p.role()).isEqualTo(Role.MONITOR);
                assertThat(p.nation()).isEqualTo("SE");
            });
            assertThat(ledger.parties().logKey().name()).isEqualTo("se-node-log");
            assertThat(ledger.latestCheckpoint()).isPresent();
        }
        for (String key : List.of(NodeLedger.NODE_KEY_FILE, Ledger.LOG_KEY_FILE)) {
            assertThat(Files.getPosixFilePermissions(dir.resolve(key))).as(key).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(Ledger.verify(dir).ok()).isTrue();

        NodeLedger reopened = NodeLedger.openOrCreate(dir, "other-name", "PL");
        try (Ledger ignored = reopened.ledger()) {
            assertThat(reopened.created()).isFalse();
            assertThat(reopened.nodeKey().verifier().encoded()).isEqualTo(verifier);
        }
    }

    @Test
    void aLedgerWithoutThisNodesMonitorKeyIsRefused(@TempDir Path tmp) throws Exception {
        NoteKeys.Signer party = NoteKeys.generate("pl-mod");
        Path dir = tmp.resolve("ledger");
        TestLedgers.create(dir, "test/refuse", List.of(new Party("pl-mod", party.verifier(), Role.PARTY, "PL"))).close();
        assertThatThrownBy(() -> NodeLedger.openOrCreate(dir, "se-node", "SE"))
                .isInstanceOf(IOException.class).hasMessageContaining("no node.key");
        // a key that is configured, but as a party rather than a monitor
        byte[] seed = ((java.security.interfaces.EdECPrivateKey) party.privateKey()).getBytes().orElseThrow();
        Files.writeString(dir.resolve(NodeLedger.NODE_KEY_FILE), NoteKeys.signerString("pl-mod", seed, party.publicKey()) + "\n");
        assertThatThrownBy(() -> NodeLedger.open(dir)).isInstanceOf(IOException.class).hasMessageContaining("is not a monitor");
        // and the directory is usable again afterwards: the refused open released the log
        try (Ledger l = Ledger.open(dir)) {
            assertThat(l.size()).isZero();
        }
    }

    @Test
    void anInvalidNodeNameIsRefusedBeforeAnythingIsWritten(@TempDir Path tmp) {
        Path dir = tmp.resolve("ledger");
        assertThatThrownBy(() -> NodeLedger.openOrCreate(dir, "se node", "SE")).isInstanceOf(IOException.class)
                .hasMessageContaining("not a valid key name");
        assertThat(Files.exists(dir)).isFalse();
    }
}
