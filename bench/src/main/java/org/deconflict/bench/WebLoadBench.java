package org.deconflict.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.deconflict.app.http.WebConfig;
import org.deconflict.app.http.WebServer;
import org.deconflict.app.pipeline.Pipeline;
import org.deconflict.bench.web.Chromium;
import org.deconflict.bench.web.SyntheticPicture;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.track.ReceiverRegistry;

/**
 * The map page in the system's headless Chromium against a server holding 5,000 live targets: time from navigation
 * start to the moment the page has drawn every target (the page's {@code deconflict-ready} performance mark, read
 * from the browser's Performance API, so WebDriver overhead is not counted). First visits (HTTP cache emptied before
 * each) and repeat visits are measured separately after one cold load that warms the server's JIT. No peer exists:
 * the reference is the budget of 1,000 ms ({@code peer}; ratio = budget / median first visit, ≥ 1 meets it).
 */
public final class WebLoadBench {

    private static final int TARGETS = 5_000;
    private static final double BUDGET_MS = 1_000;

    private WebLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        if (!Chromium.installed()) {
            System.err.println("web-load needs /usr/bin/chromium and /usr/bin/chromedriver "
                    + "(apt-get install -y chromium chromium-driver)");
            System.exit(2);
        }
        int runs = BenchResult.quick(args) ? 5 : 15;
        Path profile = Files.createTempDirectory("web-load-chromium");
        Pipeline pipeline = Pipeline.builder(new ReceiverRegistry(), new ReceiverNames()).build();
        Pipeline emptyPipeline = Pipeline.builder(new ReceiverRegistry(), new ReceiverNames()).build();
        WebConfig config = WebConfig.onPort(0).withHost("127.0.0.1");
        try (WebServer server = WebServer.start(config, pipeline, null);
             WebServer empty = WebServer.start(config, emptyPipeline, null);
             Chromium browser = Chromium.start(profile)) {
            SyntheticPicture.feed(server.liveListener(), TARGETS, 3);
            String url = "http://127.0.0.1:" + server.port() + "/";

            Load cold = loadAll(browser, url, true);
            System.out.printf(Locale.ROOT, "cold server, first visit: %s%n", cold);
            double[] first = new double[runs];
            for (int i = 0; i < runs; i++) {
                Load l = loadAll(browser, url, true);
                first[i] = l.readyMs;
                if (i == 0) {
                    System.out.printf(Locale.ROOT, "first visit:  %s%n", l);
                }
            }
            double[] repeat = new double[runs];
            for (int i = 0; i < runs; i++) {
                Load l = loadAll(browser, url, false);
                repeat[i] = l.readyMs;
                if (i == 0) {
                    System.out.printf(Locale.ROOT, "repeat visit: %s%n", l);
                }
            }
            double[] bare = new double[Math.max(3, runs / 3)];
            for (int i = 0; i < bare.length; i++) {
                bare[i] = load(browser, "http://127.0.0.1:" + empty.port() + "/", true).readyMs;
            }
            System.out.printf(Locale.ROOT, "server alone, GET /api/targets?format=rows (median of 20): %.1f ms gzip, "
                    + "%.1f ms identity; objects: %.1f ms gzip%n", serverMs(url + "api/targets?format=rows", "gzip"),
                    serverMs(url + "api/targets?format=rows", "identity"), serverMs(url + "api/targets", "gzip"));
            double firstMs = BenchResult.median(first);
            System.out.printf(Locale.ROOT, "%,d targets drawn, navigation start → all drawn (median of %d): "
                            + "first visit %.0f ms (min %.0f, max %.0f), repeat visit %.0f ms; "
                            + "the same page with no targets: %.0f ms%n",
                    TARGETS, runs, firstMs, min(first), max(first), BenchResult.median(repeat),
                    BenchResult.median(bare));
            BenchResult.print("web-load", firstMs, BUDGET_MS, "ms", BUDGET_MS / firstMs);
        } finally {
            pipeline.close();
            emptyPipeline.close();
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One page load: ready time (ms from navigation start), targets drawn, /api/targets bytes on the wire. */
    private record Load(double readyMs, long drawn, long targetsWireBytes, long targetsBodyBytes, double targetsDoneMs,
                        String timeline) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "all %,d targets drawn at %.0f ms (targets response complete at %.0f "
                    + "ms, %,d bytes on the wire, %,d bytes of JSON); requests (start/first byte/end):", drawn, readyMs, targetsDoneMs,
                    targetsWireBytes, targetsBodyBytes) + "\n  " + timeline;
        }
    }

    /** A load of the 5,000-target page that must have drawn every target. */
    private static Load loadAll(Chromium browser, String url, boolean firstVisit) {
        Load l = load(browser, url, firstVisit);
        if (l.drawn != TARGETS) {
            throw new IllegalStateException("page drew " + l.drawn + " of " + TARGETS + " targets");
        }
        return l;
    }

    private static Load load(Chromium browser, String url, boolean firstVisit) {
        browser.driver().get("about:blank");
        if (firstVisit) {
            browser.clearCache();
        }
        browser.driver().get(url);
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) browser.jsAsync("""
                const done = arguments[arguments.length - 1];
                const t0 = performance.now();
                (function poll() {
                  const mark = performance.getEntriesByName('deconflict-ready')[0];
                  if (mark && window.__deconflictReady) {
                    const res = performance.getEntriesByType('resource')
                        .find(e => new URL(e.name).pathname === '/api/targets') || {};
                    const nav = performance.getEntriesByType('navigation')[0];
                    const timeline = [['document', nav.startTime, nav.responseStart, nav.responseEnd, nav.transferSize]]
                        .concat(performance.getEntriesByType('resource').map(e =>
                            [new URL(e.name).pathname, e.startTime, e.responseStart, e.responseEnd, e.transferSize]))
                        .map(([n, s, f, e, b]) => n + ' ' + Math.round(s) + '/' + Math.round(f) + '/' + Math.round(e)
                             + ' ms ' + b + ' B')
                        .join('; ') + '; marks: ' + performance.getEntriesByType('mark')
                            .map(m => m.name + ' ' + Math.round(m.startTime)).join(', ') + '; DOMContentLoaded ' + Math.round(nav.domContentLoadedEventEnd)
                        + ' ms, load ' + Math.round(nav.loadEventEnd) + ' ms';
                    done({ready: mark.startTime, drawn: window.__deconflictReady.drawn, timeline,
                          wire: res.transferSize || 0, body: res.decodedBodySize || 0, targetsDone: res.responseEnd || 0});
                  } else if (performance.now() - t0 > 25000) {
                    done({error: 'page never marked deconflict-ready'});
                  } else {
                    setTimeout(poll, 5);
                  }
                })();
                """);
        if (r.containsKey("error")) {
            throw new IllegalStateException(r.get("error") + " at " + url);
        }
        return new Load(((Number) r.get("ready")).doubleValue(), ((Number) r.get("drawn")).longValue(),
                ((Number) r.get("wire")).longValue(), ((Number) r.get("body")).longValue(),
                ((Number) r.get("targetsDone")).doubleValue(), (String) r.get("timeline"));
    }

    /** Median wall time of 20 complete responses to one client on loopback, ms. */
    private static double serverMs(String url, String encoding) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", encoding).build();
        double[] ms = new double[20];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
        }
        return BenchResult.median(ms);
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(Double.NaN);
    }
}
