package org.deconflict.app.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import org.deconflict.ledger.Rejection;
import org.deconflict.ledger.SignedEntry;
import org.deconflict.ledger.Submission;
import org.deconflict.ledger.merkle.Rfc9162;
import org.deconflict.ledger.note.SignedNote;

/**
 * The incident ledger over HTTP: C2SP tlog-tiles resources ({@code /ledger/checkpoint}, {@code /ledger/tile/...}),
 * RFC 9162 proofs, the trust configuration, each incident's ledger status, submission of signed statements and of
 * entries filed by other nodes. Only entries signed by a configured party are accepted; the ledger's typed rejection
 * becomes a 4xx with its reason.
 */
final class LedgerRoutes {

    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final ObjectMapper mapper;
    private final LedgerAccess ledger;

    LedgerRoutes(ObjectMapper mapper, LedgerAccess ledger) {
        this.mapper = mapper;
        this.ledger = ledger;
    }

    /** Registers every ledger route: tlog-tiles resources, proofs, parties, filing of entries and of statements. */
    void register(RoutesConfig r) {
        r.get("/ledger/checkpoint", this::checkpoint);
        r.get("/ledger/tile/<path>", this::tile);
        r.get("/ledger/proof/inclusion", this::inclusion);
        r.get("/ledger/proof/consistency", this::consistency);
        r.get("/ledger/parties", this::parties);
        r.post("/ledger/entries", this::submitEntry);
        r.post("/api/incidents/{id}/statements", this::submitStatement);
    }

    /** {@code GET /ledger/checkpoint}: the signed note (C2SP signed-note, tlog-checkpoint). */
    void checkpoint(Context ctx) throws IOException {
        ctx.contentType("text/plain; charset=utf-8").header("Cache-Control", "no-cache").result(ledger.checkpoint());
    }

    /** {@code GET /ledger/tile/<path>}: a hash tile or entry bundle; full tiles never change, so they cache forever. */
    void tile(Context ctx) throws IOException {
        String path = "tile/" + ctx.pathParam("path");
        if (!LedgerAccess.isTilePath(path)) {
            throw ApiError.badRequest("'" + path + "' is not a tlog-tiles path (tile/<L>/<N>[.p/<W>], tile/entries/<N>)");
        }
        byte[] bytes = ledger.tile(path);
        if (bytes == null) {
            throw ApiError.notFound("no " + path + " in this log");
        }
        ctx.contentType("application/octet-stream")
                .header("Cache-Control", path.contains(".p/") ? "no-cache" : "public, max-age=31536000, immutable")
                .result(bytes);
    }

    /** {@code GET /ledger/proof/inclusion?index=&size=}: RFC 9162 §2.1.3 audit path, base64 hashes. */
    void inclusion(Context ctx) throws IOException {
        long size = sizeParam(ctx, "size");
        long index = longParam(ctx, "index", 0, size - 1);
        proof(ctx, ledger.inclusionProof(index, size)).put("index", index).put("size", size);
    }

    /** {@code GET /ledger/proof/consistency?from=&to=}: RFC 9162 §2.1.4 consistency proof, base64 hashes. */
    void consistency(Context ctx) throws IOException {
        long to = sizeParam(ctx, "to");
        long from = longParam(ctx, "from", 1, to);
        proof(ctx, ledger.consistencyProof(from, to)).put("from", from).put("to", to);
    }

    private ObjectNode proof(Context ctx, List<byte[]> hashes) {
        ObjectNode o = mapper.createObjectNode();
        ArrayNode a = o.putArray("hashes");
        hashes.forEach(h -> a.add(B64.encodeToString(h)));
        ctx.json(o);
        return o;
    }

    private long sizeParam(Context ctx, String name) {
        return longParam(ctx, name, 1, ledger.size());
    }

    private static long longParam(Context ctx, String name, long min, long max) {
        String v = ctx.queryParam(name);
        if (v == null) {
            throw ApiError.badRequest(name + " is required");
        }
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
                throw ApiError.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be an integer, not '" + v + "'");
        }
    }

    /** The incident's ledger entry, inclusion check and statements, or null when the ledger does not hold it. */
    ObjectNode status(String incidentId) throws IOException {
        Optional<LedgerAccess.IncidentStatus> s = ledger.status(incidentId);
        if (s.isEmpty()) {
            return null;
        }
        LedgerAccess.IncidentStatus st = s.get();
        ObjectNode o = mapper.createObjectNode();
        o.put("index", st.filed().index());
        o.put("leafHash", B64.encodeToString(st.filed().leafHash()));
        o.put("origin", st.filed().origin());
        o.put("filer", st.filed().filer());
        o.put("filerNation", st.filed().filerNation());
        o.put("treeSize", st.treeSize());
        o.put("inclusionVerified", st.inclusionVerified());
        ArrayNode a = o.putArray("statements");
        for (LedgerAccess.Decoded d : st.statements()) {
            ObjectNode n = a.addObject();
            n.put("index", d.index());
            n.put("party", d.entry().party());
            n.put("kind", d.entry().statement().kind().name().toLowerCase(Locale.ROOT));
            n.put("text", d.entry().statement().text());
            n.put("timeMs", d.entry().statement().timeMillis());
        }
        return o;
    }

    /**
     * {@code POST /api/incidents/{id}/statements}: the body is a signed ledger entry (canonical JSON, as
     * {@code deconflict ledger statement} writes it) holding a statement about this incident.
     */
    void submitStatement(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Optional<LedgerAccess.IncidentStatus> st = ledger.status(id);
        if (st.isEmpty()) {
            throw ApiError.notFound("incident " + id + " is not in the ledger");
        }
        byte[] body = ctx.bodyAsBytes();
        SignedEntry entry;
        try {
            entry = SignedEntry.decode(body);
        } catch (RuntimeException e) {
            throw ApiError.badRequest("not a signed ledger entry: " + e.getMessage());
        }
        if (entry.isIncident()) {
            throw ApiError.badRequest("the entry files an incident; only statements can be posted here");
        }
        long index = st.get().filed().index();
        if (entry.statement().incidentIndex() != index) {
            throw ApiError.badRequest("the statement is about ledger entry " + entry.statement().incidentIndex()
                    + ", but incident " + id + " is entry " + index);
        }
        Submission result = ledger.submit(body);
        if (result instanceof Submission.Accepted a) {
            ObjectNode o = mapper.createObjectNode();
            o.put("accepted", true);
            o.put("index", a.index());
            o.put("leafHash", B64.encodeToString(a.leafHash()));
            ctx.status(201).json(o);
            return;
        }
        reject(ctx, "statement", (Submission.Rejected) result);
    }

    /**
     * {@code POST /ledger/entries}: files a signed entry (an incident or a statement, canonical JSON) into this log on
     * behalf of another node. Answers once the entry is durable: 201 (or 200 when exactly these bytes were filed
     * before, so a retry after a lost answer learns the index) with {@code index}, {@code leafHash}, a signed
     * {@code checkpoint} whose tree holds the entry and the RFC 9162 §2.1.3 {@code inclusion} proof against it.
     * Only entries signed by a configured party pass; a refusal is a 4xx with the typed {@code reason}.
     */
    void submitEntry(Context ctx) throws IOException {
        byte[] body = ctx.bodyAsBytes();
        Submission result = ledger.submit(body);
        long index;
        int status;
        if (result instanceof Submission.Accepted a) {
            index = a.index();
            status = 201;
        } else {
            Submission.Rejected r = (Submission.Rejected) result;
            Optional<Long> before = r.reason() == Rejection.REPLAYED ? ledger.indexOf(body) : Optional.empty();
            if (before.isEmpty()) {
                reject(ctx, "entry", r);
                return;
            }
            index = before.get();
            status = 200;
        }
        SignedNote note = ledger.checkpointCovering(index);
        long size = LedgerAccess.checkpointSize(note);
        ObjectNode o = mapper.createObjectNode();
        o.put("index", index);
        o.put("leafHash", B64.encodeToString(new Rfc9162().leaf(body)));
        o.put("checkpoint", new String(note.encode(), StandardCharsets.UTF_8));
        ArrayNode a = o.putArray("inclusion");
        ledger.inclusionProof(index, size).forEach(h -> a.add(B64.encodeToString(h)));
        ctx.status(status).json(o);
    }

    /** {@code GET /ledger/parties}: the log's trust configuration (origin, log key, parties' public keys). */
    void parties(Context ctx) {
        ctx.contentType("application/json").header("Cache-Control", "no-cache").result(ledger.parties());
    }

    /** The ledger's typed refusal as a 4xx (5xx for storage) JSON answer: {@code error} in words, {@code reason} as the enum name. */
    private void reject(Context ctx, String what, Submission.Rejected r) throws IOException {
        int status = switch (r.reason()) {
            case UNKNOWN_PARTY, UNSIGNED, BAD_SIGNATURE, SPEAKS_FOR_ANOTHER, ROLE_NOT_ALLOWED -> 403;
            case REPLAYED, MISSING_INCIDENT, INCIDENT_HASH_MISMATCH -> 409;
            case MALFORMED -> 400;
            case TOO_LARGE -> 413;
            case STORAGE_FAILED -> 503;
        };
        ObjectNode o = mapper.createObjectNode();
        o.put("error", what + " rejected: " + r.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (r.detail() == null ? "" : " (" + r.detail() + ")"));
        o.put("reason", r.reason().name());
        ctx.status(status).contentType("application/json")
                .result(mapper.writeValueAsString(o).getBytes(StandardCharsets.UTF_8));
    }
}
