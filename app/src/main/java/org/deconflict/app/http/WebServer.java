package org.deconflict.app.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import org.deconflict.app.pipeline.EventJson;
import org.deconflict.app.pipeline.Pipeline;
import org.deconflict.app.pipeline.PipelineListener;
import org.deconflict.engine.detect.DetectionConfig;

/**
 * The web server of a run: JSON API, live stream, readsb-compatible {@code /data/aircraft.json}, Prometheus
 * {@code /metrics}, {@code /health}, the ledger (when given) and the map page with its assets — all served from the
 * program itself, nothing fetched from elsewhere. Start it before the pipeline runs so the live picture sees
 * every update; {@link #close()} stops it.
 */
public final class WebServer implements AutoCloseable {

    private static final String OPENAPI = "/web/openapi.json";
    /** Deflate level of gzip responses (RFC 1952; java.util.zip levels 1 fastest … 9 smallest). */
    private static final int GZIP_LEVEL = 1;
    /** Most Jetty threads: requests being handled at once, plus the acceptor and selector threads. */
    private static final int REQUEST_THREADS = 64;

    private final Javalin app;
    private final LivePicture picture;
    private final LiveStream live;
    private final PrometheusMeterRegistry metrics;

    private WebServer(Javalin app, LivePicture picture, LiveStream live, PrometheusMeterRegistry metrics) {
        this.app = app;
        this.picture = picture;
        this.live = live;
        this.metrics = metrics;
    }

    /**
     * Registers the live picture with the pipeline and starts serving on {@code config.host():config.port()}.
     *
     * @param ledgerOrNull the node's ledger, or null to serve no ledger endpoints
     */
    public static WebServer start(WebConfig config, Pipeline pipeline, LedgerAccess ledgerOrNull) {
        ObjectMapper mapper = EventJson.mapper();
        DetectionConfig detection = pipeline.detection();
        LivePicture picture = new LivePicture(pipeline.core());
        IncidentIndex index = new IncidentIndex();
        TargetJson targetJson = new TargetJson(detection.dark());
        LiveStream live = new LiveStream(picture, targetJson, config.targetPeriodMs(), config.clientQueueFrames(),
                config.maxLiveClients());
        ApiRoutes api = new ApiRoutes(mapper, picture, targetJson, pipeline.store(),
                new IncidentView(mapper, detection), live, index);
        LedgerRoutes ledger = ledgerOrNull == null ? null : new LedgerRoutes(mapper, ledgerOrNull);
        PrometheusMeterRegistry metrics = metrics(picture, live);
        byte[] openApi = resource(OPENAPI);

        Javalin app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.startup.showJavalinBanner = false;
            // fastest deflate: 5,000 targets as rows (585 kB) gzip to 131 kB, 105 kB at the default level 6
            cfg.http.compressionStrategy = new CompressionStrategy(null, new Gzip(GZIP_LEVEL));
            // live clients hold no thread (non-blocking writes): the pool serves requests and socket events only
            cfg.jetty.threadPool = new QueuedThreadPool(REQUEST_THREADS, 8);
            cfg.staticFiles.add("/web", Location.CLASSPATH);
            cfg.staticFiles.enableWebjars();
            var r = cfg.routes;
            r.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            r.get("/health", ctx -> ctx.json(Map.of("status", "UP", "eventTimeMs", picture.nowMs(),
                    "liveTargets", picture.size(), "finished", picture.finished(),
                    "store", pipeline.store() != null, "ledger", ledger != null)));
            r.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            r.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            r.get("/api/targets", api::targets);
            r.get("/api/targets/{id}", api::target);
            r.get("/api/incidents", api::incidentList);
            r.get("/api/incidents/{id}", ctx -> {
                ObjectNode o = api.incident(ctx.pathParam("id"));
                o.put("ledgerAvailable", ledger != null);
                o.set("ledger", ledger == null ? null : ledger.status(ctx.pathParam("id")));
                ctx.json(o);
            });
            r.get("/api/compliance", api::compliance);
            r.get("/api/stats", api::stats);
            r.get("/api/replay", api::replay);
            r.get("/api/live", ctx -> LiveEndpoint.handle(ctx, live));
            r.get("/data/aircraft.json", ctx -> ctx.contentType("application/json").result(api.generate(g ->
                    ReadsbAircraftJson.write(g, picture.targets(), picture.nowMs(),
                            picture.counters().values().getOrDefault("modes.frames", 0L)))));
            if (ledger != null) {
                ledger.register(r);
            } else {
                r.post("/api/incidents/{id}/statements",
                        ctx -> error(ctx, 503, "this run has no ledger; statements cannot be filed"));
            }
        });
        pipeline.core().addListener(picture);
        pipeline.core().addListener(index);
        app.start(config.host(), config.port());
        return new WebServer(app, picture, live, metrics);
    }

    /** The port the server listens on (the chosen one when the configuration said 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://localhost:PORT/}. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /**
     * The listener that keeps the server's live picture; {@link #start} registers it with the pipeline, and
     * benchmarks or tests may feed it track updates directly.
     */
    public PipelineListener liveListener() {
        return picture;
    }

    @Override
    public void close() {
        live.close();
        app.stop();
        metrics.close();
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message, "status", status));
    }

    private static PrometheusMeterRegistry metrics(LivePicture picture, LiveStream live) {
        PrometheusMeterRegistry reg = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(reg);
        new JvmThreadMetrics().bindTo(reg);
        Gauge.builder("deconflict.live.targets", picture, LivePicture::size).register(reg);
        Gauge.builder("deconflict.live.clients", live, LiveStream::clients).register(reg);
        Gauge.builder("deconflict.live.clients.dropped", live, LiveStream::clientsDropped).register(reg);
        for (String name : LivePicture.COUNTER_NAMES) {
            Gauge.builder("deconflict.engine." + name, picture,
                    p -> p.counters().values().getOrDefault(name, 0L)).register(reg);
        }
        return reg;
    }

    private static byte[] resource(String path) {
        try (InputStream in = WebServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
