package org.deconflict.ledger;

import java.util.List;
import java.util.Map;

import org.deconflict.ledger.note.NoteKeys;

/** Keys, parties and incidents shared by the ledger tests. */
final class Fixtures {

    static final String ORIGIN = "deconflict.test/baltic";
    static final NoteKeys.Signer LOG = NoteKeys.generate("baltic-log");
    static final NoteKeys.Signer SE_MONITOR = NoteKeys.generate("se-monitor");
    static final NoteKeys.Signer RU_MONITOR = NoteKeys.generate("ru-monitor");
    static final NoteKeys.Signer RU_PARTY = NoteKeys.generate("ru-mod");
    static final NoteKeys.Signer SE_PARTY = NoteKeys.generate("se-mod");
    static final NoteKeys.Signer RU_WITNESS = NoteKeys.generate("ru-witness");

    private Fixtures() {
    }

    static Parties parties() {
        return new Parties(ORIGIN, LOG.verifier(), List.of(
                new Party(SE_MONITOR.name(), SE_MONITOR.verifier(), Role.MONITOR, "SE"),
                new Party(RU_MONITOR.name(), RU_MONITOR.verifier(), Role.MONITOR, "RU"),
                new Party(RU_PARTY.name(), RU_PARTY.verifier(), Role.PARTY, "RU"),
                new Party(SE_PARTY.name(), SE_PARTY.verifier(), Role.PARTY, "SE"),
                new Party(RU_WITNESS.name(), RU_WITNESS.verifier(), Role.WITNESS, "RU")));
    }

    /** The log's signer key string (seed-based, so the ledger can store it). */
    static String logSignerKey() {
        return NoteKeys.signerString(LOG.name(), seedOf(LOG), LOG.publicKey());
    }

    private static byte[] seedOf(NoteKeys.Signer s) {
        // JDK EdEC private keys expose their 32-byte seed through getBytes()
        return ((java.security.interfaces.EdECPrivateKey) s.privateKey()).getBytes().orElseThrow();
    }

    /** An airliner / reconnaissance-aircraft encounter as one node's sensors saw it (shifts make independent views). */
    static Incident airprox(String id, long startMillis, double minHorizontalM, double latShiftDeg) {
        return new Incident(id, "airprox", startMillis, startMillis + 90_000,
                List.of(new Incident.Participant("icao:4ca7b2", "SAS1754", "SE", "aircraft"),
                        new Incident.Participant("icao:155a21", null, "RU", "aircraft")),
                minHorizontalM, 150.0,
                List.of(new Incident.TrackSegment("icao:4ca7b2", List.of(
                                new Incident.TrackPoint(startMillis, 55.60 + latShiftDeg, 13.00, 21_000.0),
                                new Incident.TrackPoint(startMillis + 45_000, 55.62 + latShiftDeg, 13.10, 21_000.0),
                                new Incident.TrackPoint(startMillis + 90_000, 55.64 + latShiftDeg, 13.20, 21_000.0))),
                        new Incident.TrackSegment("icao:155a21", List.of(
                                new Incident.TrackPoint(startMillis + 45_000, 55.621 + latShiftDeg, 13.101, 20_850.0)))),
                new Incident.Detector("deconflict-0.1.0", Map.of("horizontalSeparationM", 9260.0, "verticalSeparationFt", 1000.0)));
    }
}
