package org.deconflict.ledger.remote;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.deconflict.ledger.tiles.TileSource;

/**
 * {@link TileSource} over HTTP: the C2SP tlog-tiles resources ({@code checkpoint}, {@code tile/...}) fetched below a log
 * root URL such as {@code http://host:8080/ledger/}. A 404 is an absent resource; any other non-200 answer is an I/O
 * error. A tlog-tiles server publishes only its latest checkpoint, so {@link #historySizes()} is empty.
 */
public final class HttpTileSource implements TileSource {

    private final URI root;
    private final HttpClient http;
    private final Duration timeout;

    public HttpTileSource(URI root, HttpClient http, Duration timeout) {
        this.root = root;
        this.http = http;
        this.timeout = timeout;
    }

    /** A source with its own client and a 30 s timeout per request. */
    public static HttpTileSource of(URI root) {
        return new HttpTileSource(root, LogClient.defaultHttpClient(), Duration.ofSeconds(30));
    }

    public URI root() {
        return root;
    }

    @Override
    public byte[] read(String path) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(root.resolve(path)).timeout(timeout).GET().build();
        HttpResponse<byte[]> res;
        try {
            res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + req.uri(), e);
        }
        if (res.statusCode() == 404) {
            return null;
        }
        if (res.statusCode() != 200) {
            throw new IOException("GET " + req.uri() + " answered HTTP " + res.statusCode());
        }
        return res.body();
    }

    @Override
    public List<Long> historySizes() {
        return List.of();
    }
}
