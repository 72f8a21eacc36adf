package org.deconflict.app.http;

import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

import org.deconflict.ledger.Ledger;

/**
 * A node that keeps a ledger for several parties and serves only that: the tlog-tiles resources, proofs, its parties
 * and the filing endpoints of {@link LedgerRoutes} ({@code POST /ledger/entries} for other nodes' signed incidents).
 * What {@code deconflict ledger serve} runs; a full run serves the same routes from its {@link WebServer}.
 */
public final class LedgerServer implements AutoCloseable {

    private final Javalin app;

    private LedgerServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code ledger} (left open by {@link #close()}) on {@code host:port} (port 0: any free port). */
    public static LedgerServer start(Ledger ledger, String host, int port) {
        ObjectMapper mapper = new ObjectMapper();
        LedgerRoutes routes = new LedgerRoutes(mapper, new LedgerAccess(ledger));
        Javalin app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.startup.showJavalinBanner = false;
            cfg.routes.exception(ApiError.class, (e, ctx) ->
                    ctx.status(e.status()).json(Map.of("error", e.getMessage(), "status", e.status())));
            routes.register(cfg.routes);
        });
        app.start(host, port);
        return new LedgerServer(app);
    }

    public int port() {
        return app.port();
    }

    /** {@code http://localhost:PORT/ledger/}: the log root other nodes file into and verify from. */
    public URI logRoot() {
        return URI.create("http://localhost:" + port() + "/ledger/");
    }

    @Override
    public void close() {
        app.stop();
    }
}
