package org.deconflict.ledger.remote;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deconflict.ledger.Parties;
import org.deconflict.ledger.Rejection;
import org.deconflict.ledger.json.JsonException;
import org.deconflict.ledger.json.JsonParser;
import org.deconflict.ledger.merkle.ProofVerifier;
import org.deconflict.ledger.merkle.Rfc9162;
import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.ledger.note.SignedNote;

/**
 * Files signed entries into a ledger kept by another node, over HTTP ({@code POST <root>entries}), and believes the
 * answer only once it checks out: the returned checkpoint is signed by the pinned log key with the expected origin,
 * it is consistent (RFC 9162 §2.1.4) with the last checkpoint this client verified, and the inclusion proof
 * (RFC 9162 §2.1.3) shows the entry's own leaf hash at the returned index under that checkpoint's root.
 * Not thread-safe: one filer thread uses it.
 */
public final class LogClient {

    /** What became of one submission. */
    public sealed interface Outcome {
        /** Durable in the remote log at {@code index}, proven under {@code checkpoint} (signed note {@code note}). */
        record Filed(long index, byte[] leafHash, Checkpoint checkpoint, byte[] note) implements Outcome {
        }

        /** The log refused the entry with a typed reason (HTTP 4xx). */
        record Refused(Rejection reason, String detail, int httpStatus) implements Outcome {
        }

        /** The log could not be reached or answered 5xx; nothing is known to be stored: try again later. */
        record Unavailable(String why) implements Outcome {
        }

        /** The log answered, but its answer does not verify (bad signature, proof or history): do not believe it. */
        record Untrusted(String why) implements Outcome {
        }
    }

    private static final Base64.Decoder B64 = Base64.getDecoder();

    private final URI root;
    private final NoteKeys.Verifier logKey;
    private final String origin;
    private final HttpClient http;
    private final Duration timeout;
    private Checkpoint lastVerified;

    /**
     * @param root      the log root, as {@link #logRoot} gives it
     * @param logKey    the remote log's checkpoint key (pinned: checkpoints signed by any other key are not believed)
     * @param origin    the remote log's origin line
     * @param lastSeen  the latest checkpoint verified earlier (null: none); later ones must be consistent with it
     */
    public LogClient(URI root, NoteKeys.Verifier logKey, String origin, Checkpoint lastSeen, HttpClient http, Duration timeout) {
        this.root = root;
        this.logKey = logKey;
        this.origin = origin;
        this.lastVerified = lastSeen;
        this.http = http;
        this.timeout = timeout;
    }

    /** HTTP/1.1 client with a 5 s connect timeout (one connection kept alive per log). */
    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * The tlog-tiles root of a node's ledger: {@code http://host:port} and {@code http://host:port/} mean
     * {@code http://host:port/ledger/}; any other path is taken as the root itself (a trailing slash is added).
     */
    public static URI logRoot(String url) {
        URI u = URI.create(url.strip());
        if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/") ? "/ledger/" : u.getRawPath();
        if (!path.endsWith("/")) {
            path += "/";
        }
        return URI.create(u.getScheme() + "://" + u.getRawAuthority() + path);
    }

    /** {@code GET <root>parties}: the trust configuration the log serves (its log key, origin and parties). */
    public static Parties fetchParties(URI root, HttpClient http, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(root.resolve("parties")).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (res.statusCode() != 200) {
            throw new IOException("GET " + root.resolve("parties") + " answered HTTP " + res.statusCode());
        }
        try {
            return Parties.parse(res.body());
        } catch (RuntimeException e) {
            throw new IOException(root.resolve("parties") + " is not a parties configuration: " + e.getMessage(), e);
        }
    }

    public URI root() {
        return root;
    }

    /** The latest checkpoint this client has verified (null before the first). */
    public Checkpoint lastVerified() {
        return lastVerified;
    }

    /** Submits signed entry bytes and verifies the answer; never throws for what the network or the log does. */
    public Outcome submit(byte[] entry) throws InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(root.resolve("entries")).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(entry)).build();
        HttpResponse<byte[]> res;
        try {
            res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return new Outcome.Unavailable("POST " + req.uri() + ": " + e);
        }
        int status = res.statusCode();
        Map<?, ?> body;
        try {
            body = JsonParser.parse(res.body()) instanceof Map<?, ?> m ? m : Map.of();
        } catch (JsonException e) {
            body = Map.of();
        }
        if (status == 200 || status == 201) {
            return verifyFiled(entry, body);
        }
        if (status >= 400 && status < 500 && body.get("reason") instanceof String r) {
            try {
                return new Outcome.Refused(Rejection.valueOf(r.toUpperCase(Locale.ROOT)),
                        body.get("error") instanceof String s ? s : r, status);
            } catch (IllegalArgumentException unknownReason) {
                return new Outcome.Unavailable("HTTP " + status + " with an unknown reason '" + r + "'");
            }
        }
        return new Outcome.Unavailable("POST " + req.uri() + " answered HTTP " + status
                + (body.get("error") instanceof String s ? ": " + s : ""));
    }

    private Outcome verifyFiled(byte[] entry, Map<?, ?> body) throws InterruptedException {
        long index;
        byte[] note;
        List<byte[]> proof = new ArrayList<>();
        try {
            index = ((BigDecimal) body.get("index")).longValueExact();
            note = ((String) body.get("checkpoint")).getBytes(StandardCharsets.UTF_8);
            for (Object h : (List<?>) body.get("inclusion")) {
                proof.add(B64.decode((String) h));
            }
        } catch (ClassCastException | NullPointerException | ArithmeticException | IllegalArgumentException e) {
            return new Outcome.Untrusted("acceptance lacks index, checkpoint or inclusion proof: " + e);
        }
        Object cp = verifyCheckpoint(note);
        if (cp instanceof Outcome o) {
            return o;
        }
        Checkpoint checkpoint = (Checkpoint) cp;
        byte[] leaf = new Rfc9162().leaf(entry);
        ProofVerifier.Failure f = ProofVerifier.verifyInclusion(index, checkpoint.size(), leaf, proof, checkpoint.root());
        if (f != ProofVerifier.Failure.OK) {
            return new Outcome.Untrusted("inclusion proof of entry " + Long.toUnsignedString(index) + " in the tree of "
                    + Long.toUnsignedString(checkpoint.size()) + " does not verify: " + f);
        }
        return new Outcome.Filed(index, leaf, checkpoint, note);
    }

    /** A checkpoint signed by the pinned key, of the expected origin, consistent with the last one; or the Outcome saying why not. */
    private Object verifyCheckpoint(byte[] raw) throws InterruptedException {
        Checkpoint c;
        try {
            SignedNote note = SignedNote.parse(raw);
            if (note.verifiedBy(logKey).isEmpty()) {
                return new Outcome.Untrusted("checkpoint is not signed by the pinned log key " + logKey.encoded());
            }
            c = Checkpoint.parse(note.text());
        } catch (SignedNote.MalformedNoteException e) {
            return new Outcome.Untrusted("checkpoint is malformed: " + e.getMessage());
        }
        if (!c.origin().equals(origin)) {
            return new Outcome.Untrusted("checkpoint origin is '" + c.origin() + "', want '" + origin + "'");
        }
        Checkpoint last = lastVerified;
        if (last != null) {
            int order = Long.compareUnsigned(c.size(), last.size());
            if (order < 0) {
                return new Outcome.Untrusted("checkpoint size " + Long.toUnsignedString(c.size())
                        + " is smaller than the " + Long.toUnsignedString(last.size()) + " verified before: the log went back");
            }
            if (order == 0 && !MessageDigest.isEqual(c.root(), last.root())) {
                return new Outcome.Untrusted("two checkpoints of size " + Long.toUnsignedString(c.size()) + " with different roots: the log forked");
            }
            if (order > 0 && last.size() > 0) {
                Object proof = consistencyProof(last.size(), c.size());
                if (proof instanceof Outcome o) {
                    return o;
                }
                @SuppressWarnings("unchecked")
                List<byte[]> hashes = (List<byte[]>) proof;
                ProofVerifier.Failure f = ProofVerifier.verifyConsistency(last.size(), c.size(), last.root(), c.root(), hashes);
                if (f != ProofVerifier.Failure.OK) {
                    return new Outcome.Untrusted("checkpoint " + Long.toUnsignedString(c.size()) + " is not consistent with "
                            + Long.toUnsignedString(last.size()) + " verified before: " + f);
                }
            }
        }
        lastVerified = c;
        return c;
    }

    private Object consistencyProof(long from, long to) throws InterruptedException {
        URI u = root.resolve("proof/consistency?from=" + Long.toUnsignedString(from) + "&to=" + Long.toUnsignedString(to));
        try {
            HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(u).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() != 200) {
                return res.statusCode() >= 500 ? new Outcome.Unavailable("GET " + u + " answered HTTP " + res.statusCode())
                        : new Outcome.Untrusted("GET " + u + " answered HTTP " + res.statusCode() + ": no consistency proof");
            }
            List<byte[]> hashes = new ArrayList<>();
            for (Object h : (List<?>) ((Map<?, ?>) JsonParser.parse(res.body())).get("hashes")) {
                hashes.add(B64.decode((String) h));
            }
            return hashes;
        } catch (IOException e) {
            return new Outcome.Unavailable("GET " + u + ": " + e);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            return new Outcome.Untrusted("GET " + u + " gave no consistency proof: " + e);
        }
    }
}
