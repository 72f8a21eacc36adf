package org.deconflict.app.http;

/**
 * Settings of the web server.
 *
 * @param host             address to bind ({@code 0.0.0.0} for all interfaces, {@code 127.0.0.1} for this machine only)
 * @param port             TCP port; 0 picks a free one (tests)
 * @param targetPeriodMs   the live stream sends each target at most once per this many ms (1000: ≤ 1 Hz per target)
 * @param clientQueueFrames frames a live client may have waiting to be written; beyond, its frames are skipped (its
 *                         targets then come as one snapshot once it catches up), and after as many skipped frames
 *                         again it is dropped
 * @param maxLiveClients   live-stream clients served at once (they hold no thread: writes are non-blocking)
 */
public record WebConfig(String host, int port, long targetPeriodMs, int clientQueueFrames, int maxLiveClients) {

    /** The default port of {@code deconflict demo} and {@code deconflict run}. */
    public static final int DEFAULT_PORT = 8080;

    public WebConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (targetPeriodMs < 100) {
            throw new IllegalArgumentException("targetPeriodMs must be >= 100, was " + targetPeriodMs);
        }
        if (clientQueueFrames < 1 || maxLiveClients < 1) {
            throw new IllegalArgumentException("clientQueueFrames and maxLiveClients must be >= 1");
        }
    }

    /** All interfaces on {@code port}, targets at ≤ 1 Hz, 64 queued frames, 256 live clients. */
    public static WebConfig onPort(int port) {
        return new WebConfig("0.0.0.0", port, 1_000, 64, 256);
    }

    public WebConfig withHost(String h) {
        return new WebConfig(h, port, targetPeriodMs, clientQueueFrames, maxLiveClients);
    }
}
