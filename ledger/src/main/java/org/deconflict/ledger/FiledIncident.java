package org.deconflict.ledger;

/** An incident as it sits in one ledger: which log (origin), where (index, leaf hash), and who filed it from which nation. */
public record FiledIncident(String origin, long index, byte[] leafHash, String filer, String filerNation, Incident incident) {
}
