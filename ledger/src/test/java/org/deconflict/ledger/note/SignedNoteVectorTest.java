package org.deconflict.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.deconflict.ledger.json.JsonParser;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/** The golang.org/x/mod sumdb/note vector (PeterNeumann key), reproduced byte for byte. */
class SignedNoteVectorTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> vector() throws Exception {
        return (Map<String, Object>) JsonParser.parse(Files.readAllBytes(
                SharedData.require("merkle/signed-note/golang-sumdb-note-vector.json")));
    }

    @Test
    void signsTheGoVectorByteForByte() throws Exception {
        Map<String, Object> v = vector();
        NoteKeys.Signer signer = NoteKeys.parseSigner((String) v.get("signerKey"));
        assertThat(NoteKeys.hex(signer.keyId())).isEqualTo("c74f20a3");
        assertThat(signer.verifier().encoded()).isEqualTo(v.get("verifierKey"));
        SignedNote note = SignedNote.sign((String) v.get("text"), signer);
        assertThat(new String(note.encode(), StandardCharsets.UTF_8)).isEqualTo(v.get("expectedSignedNote"));
    }

    @Test
    void opensTheGoVectorAndTheSecondSignature() throws Exception {
        Map<String, Object> v = vector();
        String twoSigs = v.get("expectedSignedNote") + (String) v.get("secondSignatureLine") + "\n";
        SignedNote note = SignedNote.parse(twoSigs.getBytes(StandardCharsets.UTF_8));
        assertThat(note.text()).isEqualTo(v.get("text"));
        assertThat(note.signatures()).hasSize(2);
        assertThat(note.verifiedBy(NoteKeys.parseVerifier((String) v.get("verifierKey")))).isPresent();
        assertThat(note.verifiedBy(NoteKeys.parseVerifier((String) v.get("secondVerifierKey")))).isPresent();
        assertThat(new String(note.encode(), StandardCharsets.UTF_8)).isEqualTo(twoSigs);
    }

    @Test
    void anyFlippedByteBreaksVerification() throws Exception {
        Map<String, Object> v = vector();
        NoteKeys.Verifier verifier = NoteKeys.parseVerifier((String) v.get("verifierKey"));
        byte[] good = ((String) v.get("expectedSignedNote")).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            boolean ok;
            try {
                ok = SignedNote.parse(bad).verifiedBy(verifier).isPresent();
            } catch (SignedNote.MalformedNoteException e) {
                ok = false;
            }
            assertThat(ok).as("flipped byte " + i).isFalse();
        }
    }

    @Test
    void rejectsTamperedKeyStrings() {
        assertThatThrownBy(() -> NoteKeys.parseVerifier("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hash");
    }

    @Test
    void checkpointTextRoundTrips() throws Exception {
        Checkpoint cp = new Checkpoint("example.org/log", -1L, new byte[32], java.util.List.of("ext one"));
        assertThat(cp.text()).isEqualTo("example.org/log\n18446744073709551615\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\next one\n");
        Checkpoint back = Checkpoint.parse(cp.text());
        assertThat(back.size()).isEqualTo(-1L);
        assertThat(back.extensions()).containsExactly("ext one");
        assertThatThrownBy(() -> Checkpoint.parse("o\n18446744073709551616\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"))
                .isInstanceOf(SignedNote.MalformedNoteException.class);
    }
}
