package org.deconflict.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.deconflict.ledger.note.Ed25519;
import org.deconflict.ledger.note.NoteKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submissions that must be refused, each with its typed reason, leaving the log unchanged. */
class ForgeryTest {

    @TempDir
    Path dir;
    Ledger ledger;
    Submission.Accepted incident;

    @BeforeEach
    void open() throws Exception {
        ledger = Ledger.create(dir, Fixtures.parties(), Fixtures.logSignerKey());
        incident = (Submission.Accepted) ledger.fileIncident(Fixtures.airprox("se-1", 1_394_000_000_000L, 90, 0), Fixtures.SE_MONITOR);
    }

    @AfterEach
    void close() throws Exception {
        ledger.close();
    }

    private Statement dispute() {
        return new Statement(Statement.Kind.DISPUTE, incident.index(), incident.leafHash(), "no aircraft of ours was there", null, 1);
    }

    private Rejection rejection(byte[] entry) {
        long before = ledger.size();
        Submission s = ledger.submit(entry);
        assertThat(s).isInstanceOf(Submission.Rejected.class);
        assertThat(ledger.size()).isEqualTo(before);
        return ((Submission.Rejected) s).reason();
    }

    /** An entry whose body speaks for {@code party}, signed by {@code key}, claiming signer {@code signer}. */
    private static byte[] forged(String party, String signer, NoteKeys.Signer key, Statement st) {
        Map<String, Object> body = SignedEntry.body("statement", party, SignedEntry.randomNonce(), st.toJson());
        byte[] canonical = org.deconflict.ledger.json.CanonicalJson.bytes(body);
        byte[] ctx = SignedEntry.SIGNING_CONTEXT.getBytes(StandardCharsets.UTF_8);
        byte[] msg = Arrays.copyOf(ctx, ctx.length + canonical.length);
        System.arraycopy(canonical, 0, msg, ctx.length, canonical.length);
        return SignedEntry.envelope(body, signer, Ed25519.sign(key.privateKey(), msg));
    }

    @Test
    void statementSignedByTheWrongKeyIsRejected() {
        byte[] entry = forged("ru-mod", "ru-mod", Fixtures.SE_PARTY, dispute());
        assertThat(rejection(entry)).isEqualTo(Rejection.BAD_SIGNATURE);
        NoteKeys.Signer impostor = NoteKeys.generate("ru-mod"); // same name, different key
        assertThat(rejection(SignedEntry.statement(dispute(), impostor))).isEqualTo(Rejection.BAD_SIGNATURE);
    }

    @Test
    void aPartyCannotSpeakForAnother() {
        byte[] entry = forged("ru-mod", "se-mod", Fixtures.SE_PARTY, dispute());
        assertThat(rejection(entry)).isEqualTo(Rejection.SPEAKS_FOR_ANOTHER);
    }

    @Test
    void unsignedAndUnknownSignersAreRejected() {
        Map<String, Object> body = SignedEntry.body("statement", "ru-mod", SignedEntry.randomNonce(), dispute().toJson());
        assertThat(rejection(SignedEntry.envelope(body, "ru-mod", null))).isEqualTo(Rejection.UNSIGNED);
        assertThat(rejection(SignedEntry.statement(dispute(), NoteKeys.generate("stranger")))).isEqualTo(Rejection.UNKNOWN_PARTY);
    }

    @Test
    void replayedStatementIsRejectedAlsoAfterARestart() throws Exception {
        byte[] entry = SignedEntry.statement(dispute(), Fixtures.RU_PARTY);
        assertThat(ledger.submit(entry).accepted()).isTrue();
        assertThat(rejection(entry)).isEqualTo(Rejection.REPLAYED);
        ledger.close();
        ledger = Ledger.open(dir);
        assertThat(rejection(entry)).isEqualTo(Rejection.REPLAYED);
    }

    @Test
    void statementForAMissingIncidentIsRejected() {
        Statement missing = new Statement(Statement.Kind.ACKNOWLEDGE, 42, incident.leafHash(), null, null, 1);
        assertThat(rejection(SignedEntry.statement(missing, Fixtures.RU_PARTY))).isEqualTo(Rejection.MISSING_INCIDENT);
        Submission.Accepted comment = (Submission.Accepted) ledger.submitStatement(
                new Statement(Statement.Kind.COMMENT, 0, incident.leafHash(), "noted", null, 2), Fixtures.SE_PARTY);
        Statement onStatement = new Statement(Statement.Kind.ACKNOWLEDGE, comment.index(), comment.leafHash(), null, null, 3);
        assertThat(rejection(SignedEntry.statement(onStatement, Fixtures.RU_PARTY))).isEqualTo(Rejection.MISSING_INCIDENT);
        Statement wrongHash = new Statement(Statement.Kind.ACKNOWLEDGE, 0, comment.leafHash(), null, null, 4);
        assertThat(rejection(SignedEntry.statement(wrongHash, Fixtures.RU_PARTY))).isEqualTo(Rejection.INCIDENT_HASH_MISMATCH);
    }

    @Test
    void rolesAreEnforced() {
        Incident i = Fixtures.airprox("ru-1", 1_394_000_000_000L, 90, 0);
        assertThat(rejection(SignedEntry.incident(i, Fixtures.RU_PARTY))).isEqualTo(Rejection.ROLE_NOT_ALLOWED);
        assertThat(rejection(SignedEntry.statement(dispute(), Fixtures.RU_WITNESS))).isEqualTo(Rejection.ROLE_NOT_ALLOWED);
    }

    @Test
    void malformedOrNonCanonicalBytesAreRejected() {
        byte[] good = SignedEntry.statement(dispute(), Fixtures.RU_PARTY);
        String spaced = new String(good, StandardCharsets.UTF_8).replaceFirst("\\{", "{ ");
        assertThat(rejection(spaced.getBytes(StandardCharsets.UTF_8))).isEqualTo(Rejection.MALFORMED);
        assertThat(rejection("not json".getBytes(StandardCharsets.UTF_8))).isEqualTo(Rejection.MALFORMED);
        assertThat(rejection(new byte[70_000])).isEqualTo(Rejection.TOO_LARGE);
        byte[] tampered = good.clone();
        int at = new String(good, StandardCharsets.UTF_8).indexOf("no aircraft");
        tampered[at] = 'N';
        assertThat(rejection(tampered)).isEqualTo(Rejection.BAD_SIGNATURE);
    }

    @Test
    void randomlyMutatedEntriesAreRejectedWithAReasonNeverAnException() {
        byte[] good = SignedEntry.statement(dispute(), Fixtures.RU_PARTY);
        java.util.Random rnd = new java.util.Random(99);
        java.util.EnumSet<Rejection> seen = java.util.EnumSet.noneOf(Rejection.class);
        for (int k = 0; k < 300; k++) {
            byte[] bad = good.clone();
            int flips = 1 + rnd.nextInt(3);
            for (int f = 0; f < flips; f++) {
                bad[rnd.nextInt(bad.length)] = (byte) rnd.nextInt(256);
            }
            if (Arrays.equals(bad, good)) {
                continue;
            }
            seen.add(rejection(bad));
        }
        assertThat(seen).contains(Rejection.MALFORMED, Rejection.BAD_SIGNATURE);
    }
}
