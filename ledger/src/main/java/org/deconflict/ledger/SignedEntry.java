package org.deconflict.ledger;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.deconflict.ledger.json.CanonicalJson;
import org.deconflict.ledger.json.JsonParser;
import org.deconflict.ledger.note.Ed25519;
import org.deconflict.ledger.note.NoteKeys;

/**
 * A log entry: RFC 8785 canonical JSON {@code {"body":{...},"sig":"<base64>","signer":"<party>"}}. The body names the
 * {@code party} it speaks for, a unique {@code nonce} and either an {@code incident} or a {@code statement}; the signature is
 * Ed25519 over {@link #SIGNING_CONTEXT} followed by the canonical body.
 */
public record SignedEntry(String party, String nonce, Incident incident, Statement statement, String signer, byte[] signature,
        byte[] signedMessage) {

    /** Domain separation so that entry signatures can never be mistaken for note signatures by the same key. */
    public static final String SIGNING_CONTEXT = "deconflict-ledger-entry/v1\n";
    private static final SecureRandom RANDOM = new SecureRandom();

    public boolean isIncident() {
        return incident != null;
    }

    /** Builds and signs an incident entry for {@code signer} (who must be the filing monitor). */
    public static byte[] incident(Incident incident, NoteKeys.Signer signer) {
        return sign(body("incident", signer.name(), randomNonce(), incident.toJson()), signer);
    }

    /** Builds and signs a statement entry for {@code signer}. */
    public static byte[] statement(Statement statement, NoteKeys.Signer signer) {
        return sign(body("statement", signer.name(), randomNonce(), statement.toJson()), signer);
    }

    static String randomNonce() {
        byte[] n = new byte[16];
        RANDOM.nextBytes(n);
        return Base64.getEncoder().encodeToString(n);
    }

    static Map<String, Object> body(String type, String party, String nonce, Map<String, Object> payload) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", type);
        b.put("party", party);
        b.put("nonce", nonce);
        b.put(type, payload);
        return b;
    }

    /** Signs {@code body} with {@code signer} and returns the canonical entry bytes. */
    static byte[] sign(Map<String, Object> body, NoteKeys.Signer signer) {
        byte[] sig = Ed25519.sign(signer.privateKey(), message(CanonicalJson.bytes(body)));
        return envelope(body, signer.name(), sig);
    }

    static byte[] envelope(Map<String, Object> body, String signer, byte[] sig) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("body", body);
        e.put("signer", signer);
        e.put("sig", sig == null ? null : Base64.getEncoder().encodeToString(sig));
        return CanonicalJson.bytes(e);
    }

    private static byte[] message(byte[] canonicalBody) {
        byte[] ctx = SIGNING_CONTEXT.getBytes(StandardCharsets.UTF_8);
        byte[] m = Arrays.copyOf(ctx, ctx.length + canonicalBody.length);
        System.arraycopy(canonicalBody, 0, m, ctx.length, canonicalBody.length);
        return m;
    }

    /** True when the signature verifies under {@code key}. */
    public boolean signedBy(NoteKeys.Verifier key) {
        return signature != null && Ed25519.verify(key.key(), signedMessage, signature);
    }

    /**
     * Decodes entry bytes; throws IllegalArgumentException (the reason) when they are not the canonical JSON of a
     * well-formed entry. A missing signature decodes with {@code signature == null}.
     */
    public static SignedEntry decode(byte[] bytes) {
        Object parsed = JsonParser.parse(bytes);
        if (!(parsed instanceof Map<?, ?> env) || env.size() != 3 || !env.containsKey("sig")) {
            throw new IllegalArgumentException("entry must be an object with body, signer and sig");
        }
        Map<?, ?> body = Json.map(env, "body");
        String signer = Json.str(env, "signer");
        String sigText = Json.optStr(env, "sig");
        byte[] canonicalBody = CanonicalJson.bytes(body);
        if (!isCanonicalEnvelope(bytes, canonicalBody, sigText, signer)) {
            throw new IllegalArgumentException("entry is not in RFC 8785 canonical form");
        }
        byte[] sig = sigText == null ? null : Json.base64(sigText);
        String type = Json.str(body, "type");
        if (body.size() != 4) {
            throw new IllegalArgumentException("body must hold exactly type, party, nonce and the payload");
        }
        Incident incident = null;
        Statement statement = null;
        if (type.equals("incident")) {
            incident = Incident.fromJson(Json.map(body, "incident"));
        } else if (type.equals("statement")) {
            statement = Statement.fromJson(Json.map(body, "statement"));
        } else {
            throw new IllegalArgumentException("unknown entry type '" + type + "'");
        }
        String nonce = Json.str(body, "nonce");
        if (nonce.isEmpty() || nonce.length() > 64) {
            throw new IllegalArgumentException("nonce must be 1..64 characters");
        }
        return new SignedEntry(Json.str(body, "party"), nonce, incident, statement, signer, sig, message(canonicalBody));
    }

    /**
     * Whether {@code bytes} are the RFC 8785 form of {@code {"body":…,"sig":…,"signer":…}} — the keys in that (sorted)
     * order around the canonical body — without serializing the body a second time.
     */
    private static boolean isCanonicalEnvelope(byte[] bytes, byte[] canonicalBody, String sigText, String signer) {
        byte[] head = "{\"body\":".getBytes(StandardCharsets.UTF_8);
        byte[] tail = (",\"sig\":" + CanonicalJson.string(sigText) + ",\"signer\":" + CanonicalJson.string(signer) + "}")
                .getBytes(StandardCharsets.UTF_8);
        int n = head.length + canonicalBody.length + tail.length;
        return bytes.length == n
                && Arrays.equals(bytes, 0, head.length, head, 0, head.length)
                && Arrays.equals(bytes, head.length, head.length + canonicalBody.length, canonicalBody, 0, canonicalBody.length)
                && Arrays.equals(bytes, n - tail.length, n, tail, 0, tail.length);
    }
}
