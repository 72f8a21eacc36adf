package org.deconflict.app.pipeline.ledger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Parties;
import org.deconflict.ledger.Party;
import org.deconflict.ledger.Rejection;
import org.deconflict.ledger.Role;
import org.deconflict.ledger.SignedEntry;
import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.ledger.note.SignedNote;
import org.deconflict.ledger.remote.LogClient;
import org.deconflict.ledger.tiles.Durable;

/**
 * Files this node's incidents into a ledger kept by another node, over HTTP. The node's own ledger is the outbox:
 * every incident is first durable there, then this forwarder reads the local log from a durable cursor and submits each
 * incident entry signed by the node's key, in log order, one at a time, until the remote log answers with an inclusion
 * proof that verifies ({@link LogClient}). Failures (network, 5xx, refusals, answers that do not verify) are retried
 * with exponential backoff; nothing is skipped, so an entry durable locally reaches the remote log or stays pending
 * (and is sent after a restart). The backlog lives on disk, so memory stays bounded however long the remote is away.
 *
 * <p>State in {@code <ledger dir>/remote/<host_port>/}: {@code log.vkey} (the remote log's key and origin, pinned on
 * first contact unless given), {@code checkpoint} (the last remote checkpoint verified) and {@code cursor}.
 */
public final class LedgerForwarder implements AutoCloseable {

    /** First retry delay; doubled per failure up to {@link #MAX_BACKOFF_MS}. */
    static final long FIRST_BACKOFF_MS = 250;
    static final long MAX_BACKOFF_MS = 30_000;
    /** Repeated warnings of the same kind are said at most this often (operator output, wall time). */
    private static final long WARN_INTERVAL_NANOS = 60_000_000_000L;

    private final Ledger local;
    private final String nodeName;
    private final NoteKeys.Verifier nodeVerifier;
    private final URI root;
    private final String givenLogKey;
    private final Path stateDir;
    private final HttpClient http = LogClient.defaultHttpClient();
    private final Duration timeout = Duration.ofSeconds(30);
    private final Consumer<String> warn;
    private final Thread thread;
    private final Object lock = new Object();
    private final LongAdder filed = new LongAdder();
    private final LongAdder failedAttempts = new LongAdder();
    private final LongAdder untrusted = new LongAdder();
    private final Map<Rejection, LongAdder> refused = new EnumMap<>(Rejection.class);
    private final Map<String, Long> lastWarnNanos = new HashMap<>();
    private LogClient client;            // null until the remote log's key is pinned; forwarder thread only
    private volatile long cursor;        // next local index to look at
    private volatile boolean stopping;
    private volatile long stopDeadlineNanos;

    private LedgerForwarder(Ledger local, NoteKeys.Signer nodeKey, String url, String logKeyOrNull, Consumer<String> warn)
            throws IOException {
        this.local = local;
        this.nodeName = nodeKey.name();
        this.nodeVerifier = nodeKey.verifier();
        this.root = LogClient.logRoot(url);
        this.givenLogKey = logKeyOrNull;
        this.warn = warn;
        this.stateDir = local.directory().resolve("remote").resolve(slug(root));
        for (Rejection r : Rejection.values()) {
            refused.put(r, new LongAdder());
        }
        Files.createDirectories(stateDir);
        this.cursor = readCursor(stateDir.resolve("cursor"));
        this.client = pinned();
        this.thread = new Thread(this::run, "ledger-forward-" + root.getAuthority());
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts forwarding {@code local}'s incidents signed by {@code nodeKey} to the log at {@code url} ({@code http://host:port}
     * or a log root). {@code logKeyOrNull} pins the remote log's verifier key; null trusts the key the remote serves on
     * first contact (and pins it). Throws when the URL is not http(s) or a given key contradicts a pinned one.
     */
    public static LedgerForwarder start(Ledger local, NoteKeys.Signer nodeKey, String url, String logKeyOrNull,
                                        Consumer<String> warn) throws IOException {
        if (logKeyOrNull != null) {
            NoteKeys.parseVerifier(logKeyOrNull); // say now, not in a thread, when the key is not one
        }
        return new LedgerForwarder(local, nodeKey, url, logKeyOrNull, warn);
    }

    /** The remote log root filed into. */
    public URI root() {
        return root;
    }

    /** Incidents of this node proven to be in the remote log, this run. */
    public long filed() {
        return filed.sum();
    }

    /** This node's incidents durable locally and not yet proven in the remote log. */
    public long pending() {
        long n = 0;
        try {
            for (long i = cursor, size = local.size(); i < size; i++) {
                if (isOurs(local.entry(i))) {
                    n++;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return n;
    }

    /** Waits up to {@code timeout} until every incident durable locally now is proven in the remote log; true when so. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        long target = local.size();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            lock.notifyAll();
            while (cursor < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    /** Tells the forwarder that the local log grew (it also looks by itself every second). */
    void wake() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Counters: filed, pending, failed attempts, answers that did not verify, refusals by reason. */
    List<EngineCore.Counter> counters() {
        List<EngineCore.Counter> c = new ArrayList<>();
        c.add(new EngineCore.Counter("ledger.remote.filed", filed()));
        c.add(new EngineCore.Counter("ledger.remote.pending", pending()));
        c.add(new EngineCore.Counter("ledger.remote.failed-attempts", failedAttempts.sum()));
        c.add(new EngineCore.Counter("ledger.remote.untrusted-answers", untrusted.sum()));
        for (Rejection r : Rejection.values()) {
            long n = refused.get(r).sum();
            if (n > 0) {
                c.add(new EngineCore.Counter("ledger.remote.refused." + r.name().toLowerCase(Locale.ROOT).replace('_', '-'), n));
            }
        }
        return c;
    }

    /**
     * Keeps forwarding for up to {@code grace} to send what is pending, then stops; anything left stays pending on disk
     * (said on {@code warn}) and is sent by the next forwarder on this ledger.
     */
    public void close(Duration grace) throws InterruptedException {
        stopDeadlineNanos = System.nanoTime() + grace.toNanos();
        stopping = true;
        wake();
        thread.join();
        long left = pending();
        if (left != 0) {
            warn.accept("ledger: " + left + " incident(s) of " + nodeName + " are not yet in the remote log " + root
                    + "; they stay in the local ledger and are sent on the next start");
        }
    }

    /** {@link #close(Duration)} with 10 s of grace. */
    @Override
    public void close() throws InterruptedException {
        close(Duration.ofSeconds(10));
    }

    private void run() {
        long backoffMs = 0;
        while (!(stopping && (System.nanoTime() - stopDeadlineNanos >= 0 || cursor >= local.size()))) {
            try {
                if (backoffMs > 0) {
                    pause(backoffMs);
                }
                if (client == null) {
                    client = pin();
                }
                if (cursor >= local.size()) {
                    synchronized (lock) {
                        lock.notifyAll();
                        if (!stopping && cursor >= local.size()) {
                            lock.wait(1_000);
                        }
                    }
                    backoffMs = 0;
                    continue;
                }
                backoffMs = step() ? 0 : nextBackoff(backoffMs);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                failedAttempts.increment();
                say("error", "ledger: filing into " + root + " failed: " + e.getMessage() + " (retrying)");
                backoffMs = nextBackoff(backoffMs);
            }
        }
    }

    /** Looks at the entry under the cursor; true when the cursor advanced, false when filing it must be retried. */
    private boolean step() throws IOException, InterruptedException {
        long index = cursor;
        byte[] entry = local.entry(index);
        if (!isOurs(entry)) {
            advance(index + 1, null);
            return true;
        }
        LogClient.Outcome o = client.submit(entry);
        if (o instanceof LogClient.Outcome.Filed f) {
            advance(index + 1, f.note());
            filed.increment();
            return true;
        }
        if (o instanceof LogClient.Outcome.Refused r) {
            refused.get(r.reason()).increment();
            say("refused:" + r.reason(), "ledger: the remote log " + root + " refuses entry " + index + " of " + nodeName
                    + ": " + r.detail() + (r.reason() == Rejection.UNKNOWN_PARTY || r.reason() == Rejection.BAD_SIGNATURE
                    ? " — its operator must list this node as a monitor with key " + nodeVerifier.encoded() : "")
                    + " (kept, retrying)");
        } else if (o instanceof LogClient.Outcome.Untrusted u) {
            untrusted.increment();
            say("untrusted", "ledger: the remote log " + root + " gave an answer that does NOT verify for entry " + index
                    + ": " + u.why() + " (not believed, retrying)");
        } else {
            failedAttempts.increment();
            say("unavailable", "ledger: remote log " + root + " unavailable: " + ((LogClient.Outcome.Unavailable) o).why()
                    + " (retrying)");
        }
        return false;
    }

    private boolean isOurs(byte[] entry) {
        try {
            SignedEntry e = SignedEntry.decode(entry);
            return e.isIncident() && e.signer().equals(nodeName) && e.signedBy(nodeVerifier);
        } catch (RuntimeException notOurs) {
            return false;
        }
    }

    /** Moves the cursor (durably when something was filed) and tells waiters. */
    private void advance(long next, byte[] note) throws IOException {
        if (note != null) {
            Durable.replace(stateDir.resolve("checkpoint"), note);
            Durable.replace(stateDir.resolve("cursor"), (next + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        synchronized (lock) {
            cursor = next;
            lock.notifyAll();
        }
    }

    private static long readCursor(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IOException(file + " does not hold a log index: '" + text + "'", e);
        }
    }

    /** The client for a remote log whose key was pinned before, or null. */
    private LogClient pinned() throws IOException {
        Path pin = stateDir.resolve("log.vkey");
        if (!Files.exists(pin)) {
            return null;
        }
        String[] lines = Files.readString(pin, StandardCharsets.UTF_8).split("\n");
        if (lines.length < 2) {
            throw new IOException(pin + " must hold the remote log's verifier key and origin, one per line");
        }
        NoteKeys.Verifier key = NoteKeys.parseVerifier(lines[0]);
        if (givenLogKey != null && !givenLogKey.strip().equals(key.encoded())) {
            throw new IOException("--ledger-log-key differs from the key pinned in " + pin + " for " + root
                    + "; remove that file only if the remote log really changed its key");
        }
        Checkpoint last = null;
        Path cp = stateDir.resolve("checkpoint");
        if (Files.exists(cp)) {
            try {
                last = Checkpoint.parse(SignedNote.parse(Files.readAllBytes(cp)).text());
            } catch (SignedNote.MalformedNoteException e) {
                throw new IOException(cp + ": " + e.getMessage(), e);
            }
        }
        return new LogClient(root, key, lines[1], last, http, timeout);
    }

    /** First contact: reads the remote log's parties, checks them against a given key, pins key and origin. */
    private LogClient pin() throws IOException, InterruptedException {
        Parties remote = LogClient.fetchParties(root, http, timeout);
        if (givenLogKey != null && !givenLogKey.strip().equals(remote.logKey().encoded())) {
            throw new IOException("the log at " + root + " serves log key " + remote.logKey().encoded()
                    + ", not the --ledger-log-key given");
        }
        Party me = remote.find(nodeName).orElse(null);
        if (me == null || me.role() != Role.MONITOR || !me.key().encoded().equals(nodeVerifier.encoded())) {
            warn.accept("ledger: the log at " + root + " does not list " + nodeName + " as a monitor with this node's key;"
                    + " its operator must add " + nodeVerifier.encoded() + " (role monitor) before it accepts our incidents");
        }
        Durable.replace(stateDir.resolve("log.vkey"),
                (remote.logKey().encoded() + "\n" + remote.origin() + "\n").getBytes(StandardCharsets.UTF_8));
        if (givenLogKey == null) {
            warn.accept("ledger: filing into " + root + " (origin " + remote.origin() + "); pinned its log key "
                    + remote.logKey().encoded() + " on first contact — compare it with the one its operator publishes");
        }
        return new LogClient(root, remote.logKey(), remote.origin(), null, http, timeout);
    }

    /** Sleeps {@code ms}, or less when closing and the grace period ends first. */
    private void pause(long ms) throws InterruptedException {
        long until = System.nanoTime() + ms * 1_000_000;
        synchronized (lock) {
            while (true) {
                long end = stopping && stopDeadlineNanos - until < 0 ? stopDeadlineNanos : until;
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Doubles the delay (first {@link #FIRST_BACKOFF_MS}), at most {@link #MAX_BACKOFF_MS}, with ±20 % jitter. */
    private static long nextBackoff(long previousMs) {
        long base = previousMs == 0 ? FIRST_BACKOFF_MS : Math.min(MAX_BACKOFF_MS, previousMs * 2);
        return Math.max(1, (long) (base * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble())));
    }

    private void say(String kind, String message) {
        long now = System.nanoTime();
        Long last = lastWarnNanos.get(kind);
        if (last == null || now - last >= WARN_INTERVAL_NANOS) {
            lastWarnNanos.put(kind, now);
            warn.accept(message);
        }
    }

    private static String slug(URI root) {
        return (root.getHost() + "_" + (root.getPort() < 0 ? root.getScheme() : root.getPort())
                + root.getPath().replaceAll("[^A-Za-z0-9]+", "_")).replaceAll("_+$", "");
    }
}
