package org.deconflict.ledger;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A party's statement about an incident already in the ledger, bound to it by log index and leaf hash.
 *
 * @param dataHash SHA-256 of attached evidence data ({@link Kind#EVIDENCE} only, else null)
 * @param timeMillis when the party made the statement, Unix epoch milliseconds
 */
public record Statement(Kind kind, long incidentIndex, byte[] incidentHash, String text, byte[] dataHash, long timeMillis) {

    /** What the statement says. A dispute carries the party's own account in {@code text}. */
    public enum Kind { ACKNOWLEDGE, DISPUTE, COMMENT, EVIDENCE }

    public Statement {
        if (incidentHash == null || incidentHash.length != 32) {
            throw new IllegalArgumentException("incident hash must be 32 bytes");
        }
        if (incidentIndex < 0) {
            throw new IllegalArgumentException("incident index must be >= 0");
        }
        if ((kind == Kind.EVIDENCE) != (dataHash != null)) {
            throw new IllegalArgumentException("a data hash is required for evidence statements and only for them");
        }
        if (dataHash != null && dataHash.length != 32) {
            throw new IllegalArgumentException("data hash must be a 32-byte SHA-256");
        }
        if ((kind == Kind.DISPUTE || kind == Kind.COMMENT) && (text == null || text.isBlank())) {
            throw new IllegalArgumentException(kind.name().toLowerCase(Locale.ROOT) + " needs the party's text");
        }
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name().toLowerCase(Locale.ROOT));
        m.put("incident", incidentIndex);
        m.put("incidentHash", Base64.getEncoder().encodeToString(incidentHash));
        m.put("text", text);
        m.put("dataHash", dataHash == null ? null : Base64.getEncoder().encodeToString(dataHash));
        m.put("timeMillis", timeMillis);
        return m;
    }

    static Statement fromJson(Map<?, ?> m) {
        String dh = Json.optStr(m, "dataHash");
        return new Statement(Kind.valueOf(Json.str(m, "kind").toUpperCase(Locale.ROOT)), Json.integer(m.get("incident")),
                Json.base64(Json.str(m, "incidentHash")), Json.optStr(m, "text"),
                dh == null ? null : Json.base64(dh), Json.integer(m.get("timeMillis")));
    }
}
