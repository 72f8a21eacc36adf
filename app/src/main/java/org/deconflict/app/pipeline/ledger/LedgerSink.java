package org.deconflict.app.pipeline.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.deconflict.app.cli.Main;
import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.app.pipeline.PipelineListener;
import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.event.Severity;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackState;
import org.deconflict.engine.track.TrackView;
import org.deconflict.engine.track.Trail;
import org.deconflict.ledger.FiledIncident;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Rejection;
import org.deconflict.ledger.note.NoteKeys;

import picocli.CommandLine.Command;

/**
 * Files the engine's incidents into this node's signed ledger: every {@link Incident} at or above a severity becomes a
 * ledger incident (participants, evidence track segments around the closest approach, detector version and
 * thresholds), signed with the node's monitor key. Mapping happens on the engine thread (it reads live trails);
 * signing and the fsync happen on a filer thread with a bound on incidents outstanding ({@link IncidentFiler}), so the
 * engine never waits for the disk. {@link #onFinish()} waits until everything offered is durable and publishes a checkpoint.
 * An incident whose id this node had already filed before the sink opened is not filed again (counted as
 * {@code ledger.already-filed}): filing is idempotent by incident identity across runs, e.g. a resumed replay.
 *
 * <p>Default threshold {@link Severity#C}: the engine raises incidents at B or worse and for simulated-attack
 * profiles, which may grade C (a pass that lost the low-pass minima without entering the B box). C still means the
 * minima were lost — a fact another party can be asked to answer. D (an altitude unknown: not determined) and E
 * (minima kept) are not filed: a record both sides must be able to check should not rest on undetermined geometry.
 */
public final class LedgerSink implements PipelineListener, AutoCloseable {

    /** Where a node keeps its ledger unless told otherwise (as {@code deconflict ledger} does). */
    public static final Path DEFAULT_DIR = Path.of("data", "ledger");
    /** See the class comment. */
    public static final Severity DEFAULT_MIN_SEVERITY = Severity.C;
    /** Incidents that may wait to be durable; at tens per hour, reaching this means the disk has stalled. */
    public static final int DEFAULT_QUEUE_CAPACITY = 1_024;

    /** An incident durable in the ledger: its id, log index and RFC 9162 leaf hash (what statements quote). */
    public record Receipt(String incidentId, long index, byte[] leafHash) {
    }

    /**
     * How the sink files.
     *
     * @param minSeverity     incidents at least this severe are filed
     * @param queueCapacity   incidents that may be outstanding (not yet durable) before new ones are shed
     * @param detectorVersion written as the ledger's {@code detector.version}
     * @param warn            where shedding and rejections are said (operator output)
     * @param onFiled         told of every incident made durable (on a ledger thread; keep it quick)
     */
    public record Config(Severity minSeverity, int queueCapacity, String detectorVersion, Consumer<String> warn,
                         Consumer<Receipt> onFiled) {
        public Config {
            Objects.requireNonNull(minSeverity);
            Objects.requireNonNull(detectorVersion);
            Objects.requireNonNull(warn);
            Objects.requireNonNull(onFiled);
            if (queueCapacity < 1) {
                throw new IllegalArgumentException("queue capacity must be >= 1");
            }
        }

        /** Severity C, a 1,024-incident queue, this program's version, warnings to standard error. */
        public static Config defaults() {
            return new Config(DEFAULT_MIN_SEVERITY, DEFAULT_QUEUE_CAPACITY, appVersion(), System.err::println, r -> {
            });
        }

        public Config withMinSeverity(Severity v) {
            return new Config(v, queueCapacity, detectorVersion, warn, onFiled);
        }

        public Config withQueueCapacity(int v) {
            return new Config(minSeverity, v, detectorVersion, warn, onFiled);
        }

        public Config withWarn(Consumer<String> v) {
            return new Config(minSeverity, queueCapacity, detectorVersion, v, onFiled);
        }

        public Config withOnFiled(Consumer<Receipt> v) {
            return new Config(minSeverity, queueCapacity, detectorVersion, warn, v);
        }
    }

    private final Ledger ledger;
    private final boolean ownsLedger;
    private final Config config;
    private final TargetIdentities identities = new TargetIdentities();
    private final IncidentMapper mapper;
    private final IncidentFiler filer;
    private final NoteKeys.Signer nodeKey;
    private volatile LedgerForwarder forwarder;
    /** Ids of the incidents this node had filed into the ledger before this sink opened (see {@link #onEvent}). */
    private final Set<String> filedBefore;
    private long alreadyFiled;     // engine thread
    private long belowThreshold;   // engine thread
    private long unmappable;       // engine thread
    private boolean closed;

    /**
     * A sink filing into {@code ledger} (left open by {@link #close()}) as monitor {@code nodeKey}, judging by
     * {@code detection}; {@code trails} gives a live target's trail (null once expired), read on the engine thread.
     */
    public LedgerSink(Ledger ledger, NoteKeys.Signer nodeKey, DetectionConfig detection, Function<TargetKey, Trail> trails,
                      Config config) {
        this(ledger, false, nodeKey, detection, trails, config);
    }

    private LedgerSink(Ledger ledger, boolean ownsLedger, NoteKeys.Signer nodeKey, DetectionConfig detection,
                       Function<TargetKey, Trail> trails, Config config) {
        this.ledger = ledger;
        this.ownsLedger = ownsLedger;
        this.config = config;
        this.mapper = new IncidentMapper(config.detectorVersion(), detection, trails, identities);
        this.nodeKey = nodeKey;
        this.filedBefore = filedBy(ledger, nodeKey.name());
        this.filer = new IncidentFiler(ledger::submitAsync, nodeKey, config.queueCapacity(), config.warn(), r -> {
            config.onFiled().accept(r);
            LedgerForwarder f = forwarder;
            if (f != null) {
                f.wake();
            }
        });
    }

    /**
     * Also files this node's incidents into the ledger kept by another node at {@code url}, over HTTP (see
     * {@link LedgerForwarder}); {@code logKeyOrNull} pins that log's verifier key (null: pinned on first contact).
     * Incidents filed in earlier runs and not yet there are sent too. Stopped by {@link #close()}.
     */
    public synchronized LedgerForwarder forwardTo(String url, String logKeyOrNull) throws IOException {
        if (forwarder != null) {
            throw new IllegalStateException("already filing into " + forwarder.root());
        }
        forwarder = LedgerForwarder.start(ledger, nodeKey, url, logKeyOrNull, config.warn());
        return forwarder;
    }

    /** The forwarder filing into another node's ledger, or null when this node files only into its own. */
    public LedgerForwarder forwarder() {
        return forwarder;
    }

    /**
     * The node's ledger in {@code dir} (created on first use with a fresh log key and node key, see {@link NodeLedger}),
     * filing {@code core}'s incidents at or above {@code minSeverity}. The sink owns the ledger: {@link #close()} closes it.
     */
    public static LedgerSink openDefault(Path dir, String nodeName, String nation, Severity minSeverity, EngineCore core)
            throws IOException {
        return open(dir, nodeName, nation, core, Config.defaults().withMinSeverity(minSeverity));
    }

    /** {@link #openDefault} with every option. */
    public static LedgerSink open(Path dir, String nodeName, String nation, EngineCore core, Config config) throws IOException {
        NodeLedger node = NodeLedger.openOrCreate(dir, nodeName, nation);
        if (node.created()) {
            config.warn().accept("ledger: created " + dir + " (origin " + node.ledger().parties().origin() + "); private keys "
                    + dir.resolve(NodeLedger.NODE_KEY_FILE) + " (monitor " + node.nodeKey().name() + ") and "
                    + dir.resolve(Ledger.LOG_KEY_FILE) + " (log), mode 600 — back them up, share only the verifier keys: "
                    + node.nodeKey().verifier().encoded() + " and " + node.ledger().parties().logKey().encoded());
        }
        Function<TargetKey, Trail> trails = key -> {
            TrackState s = core.tracker().get(key);
            return s == null ? null : s.trail();
        };
        return new LedgerSink(node.ledger(), true, node.nodeKey(), core.detectors().state().config(), trails, config);
    }

    /** Ids of the incidents in {@code ledger} filed by the monitor named {@code node}. */
    private static Set<String> filedBy(Ledger ledger, String node) {
        Set<String> ids = new HashSet<>();
        for (FiledIncident f : ledger.incidents()) {
            if (f.filer().equals(node)) {
                ids.add(f.incident().id());
            }
        }
        return ids;
    }

    /** This program's version as {@code deconflict --version} prints it (the detector version of every filing). */
    public static String appVersion() {
        Command c = Main.class.getAnnotation(Command.class);
        return c == null || c.version().length == 0 ? "deconflict" : c.version()[0];
    }

    /** The ledger filed into (share it with the web server rather than opening the directory twice). */
    public Ledger ledger() {
        return ledger;
    }

    @Override
    public void onTrack(TrackView track) {
        identities.onTrack(track);
    }

    @Override
    public void onExpired(TargetKey key, long timeNanos) {
        identities.onExpired(key);
    }

    @Override
    public void onEvent(EngineEvent event) {
        if (!(event instanceof Incident i)) {
            return;
        }
        if (!i.severity().atLeast(config.minSeverity())) {
            belowThreshold++;
            return;
        }
        if (filedBefore.contains(i.id())) {
            // the engine's id names the encounter (type, participants, start): a replay resumed after a kill, or run
            // again over the same recordings, finds incidents this node already filed; one record each is enough
            alreadyFiled++;
            return;
        }
        org.deconflict.ledger.Incident mapped;
        try {
            mapped = mapper.map(i);
        } catch (IllegalArgumentException e) {
            unmappable++;
            config.warn().accept("ledger: incident " + i.id() + " cannot be filed: " + e.getMessage());
            return;
        }
        filer.offer(mapped);
    }

    /** Waits until every incident offered is durable (or rejected), then publishes a checkpoint of the ledger. */
    @Override
    public void onFinish() {
        try {
            filer.flush();
            ledger.publishCheckpoint();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Files everything still queued, publishes a checkpoint, gives the forwarder (if any) its grace to send what is
     * pending and, when this sink opened the ledger, closes it. Idempotent.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            filer.close();
            ledger.publishCheckpoint();
            if (forwarder != null) {
                forwarder.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (ownsLedger) {
                ledger.close();
            }
        }
    }

    public long filed() {
        return filer.filed();
    }

    public long shed() {
        return filer.shed();
    }

    /** Incidents not filed because this node had filed the same incident id in an earlier run. */
    public long alreadyFiled() {
        return alreadyFiled;
    }

    public long rejected(Rejection reason) {
        return filer.rejected(reason);
    }

    /** Counters for the closing summary: filed, shed, each non-zero rejection reason, unmappable, below threshold. */
    public List<EngineCore.Counter> counters() {
        List<EngineCore.Counter> c = new ArrayList<>();
        c.add(new EngineCore.Counter("ledger.filed", filer.filed()));
        c.add(new EngineCore.Counter("ledger.shed", filer.shed()));
        for (Rejection r : Rejection.values()) {
            long n = filer.rejected(r);
            if (n > 0) {
                c.add(new EngineCore.Counter("ledger.rejected." + r.name().toLowerCase(Locale.ROOT).replace('_', '-'), n));
            }
        }
        c.add(new EngineCore.Counter("ledger.already-filed", alreadyFiled));
        c.add(new EngineCore.Counter("ledger.unmappable", unmappable));
        c.add(new EngineCore.Counter("ledger.below-threshold", belowThreshold));
        if (forwarder != null) {
            c.addAll(forwarder.counters());
        }
        return c;
    }
}
