package org.deconflict.app.http;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.deconflict.app.input.ReplayClock;
import org.deconflict.app.pipeline.Pipeline;
import org.deconflict.app.pipeline.SimulationFeed;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.Simulation;

/**
 * A built-in scenario run exactly as {@code deconflict demo} wires it — simulator bytes, pipeline with a SQLite store,
 * and the web server on a free loopback port — with the feed on its own thread.
 */
final class LiveRun implements AutoCloseable {

    final Pipeline pipeline;
    final WebServer server;
    final SimulationFeed feed;
    final Thread feeder;
    final AtomicLong wallNanos = new AtomicLong();
    private volatile Throwable failure;

    LiveRun(String scenario, double speed, Path dir, LedgerAccess ledger, WebConfig config) {
        Simulation probe = Simulation.load(scenario, SimOptions.of(0));
        Simulation sim = new Simulation(probe.scenario(), new SimOptions(probe.scenario().seed(), false, 10));
        feed = new SimulationFeed(sim, new ReplayClock(speed));
        pipeline = Pipeline.builder(SimulationFeed.receivers(sim), SimulationFeed.receiverNames(sim))
                .store(dir.resolve("deconflict.db").toString())
                .build();
        server = WebServer.start(config, pipeline, ledger);
        feeder = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                feed.run(pipeline.core());
                pipeline.core().finish();
            } catch (Throwable t) {
                failure = t;
            }
            wallNanos.set(System.nanoTime() - t0);
        }, "test-feed");
    }

    static WebConfig loopback() {
        return WebConfig.onPort(0).withHost("127.0.0.1");
    }

    LiveRun start() {
        feeder.start();
        return this;
    }

    /** Waits for the scenario to end; rethrows what the feed threw. */
    LiveRun awaitEnd(long timeoutMs) throws InterruptedException {
        feeder.join(timeoutMs);
        if (feeder.isAlive()) {
            throw new AssertionError("scenario did not end within " + timeoutMs + " ms");
        }
        if (failure != null) {
            throw new AssertionError("feed failed", failure);
        }
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() throws InterruptedException {
        feed.stop();
        feeder.join(30_000);
        server.close();
        pipeline.close();
    }
}
