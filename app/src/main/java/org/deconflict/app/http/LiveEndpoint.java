package org.deconflict.app.http;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;

import io.javalin.http.Context;

/**
 * {@code GET /api/live}: hands the response to the {@link LiveStream} as a non-blocking channel. The request runs
 * asynchronously (Javalin's {@code ctx.future}, Jakarta Servlet 6.0 §2.3.3.3) and its output in non-blocking mode
 * (§5.7, a {@link WriteListener}), so a connected client holds no thread: frames are written by whichever thread
 * offers them or by the container once the socket drains. The body is gzip-compressed when the client accepts it
 * (RFC 9110 §12.5.3), with bytes compressed once for all clients.
 */
final class LiveEndpoint {

    private LiveEndpoint() {
    }

    static void handle(Context ctx, LiveStream live) {
        Boolean snapshot = Params.bool("snapshot", ctx.queryParam("snapshot"));
        boolean gzip = acceptsGzip(ctx.header("Accept-Encoding"));
        if (!live.hasRoom()) {
            throw new ApiError(503, "the live stream serves as many clients as it may; try again later");
        }
        ctx.disableCompression();                           // the stream compresses itself, once for all clients
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no");
        res.setHeader("Vary", "Accept-Encoding");
        if (gzip) {
            res.setHeader("Content-Encoding", "gzip");
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        ctx.future(() -> {
            start(ctx, live, gzip, snapshot == null || snapshot, done);
            return done;
        });
    }

    /** Runs once the request is asynchronous: connects the client and lets the container start its writes. */
    private static void start(Context ctx, LiveStream live, boolean gzip, boolean snapshot,
                              CompletableFuture<Void> done) {
        ServletOutputStream out;
        try {
            out = ctx.res().getOutputStream();
        } catch (IOException e) {
            done.complete(null);
            return;
        }
        LiveClient client = live.connect(new ServletChannel(out, done), gzip, snapshot);
        if (client == null) {                               // another client took the last place meanwhile
            ctx.res().setStatus(503);
            ctx.res().setHeader("Content-Encoding", null);
            done.complete(null);
            return;
        }
        ctx.req().getAsyncContext().addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                client.gone();
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                client.gone();
            }

            @Override
            public void onError(AsyncEvent event) {
                client.gone();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // not restarted
            }
        });
        out.setWriteListener(new WriteListener() {
            @Override
            public void onWritePossible() {
                client.onWritable();
            }

            @Override
            public void onError(Throwable t) {
                client.gone();
            }
        });
    }

    /** True when {@code Accept-Encoding} lists gzip (or {@code *}) with a non-zero weight (RFC 9110 §12.5.3). */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        boolean gzip = false;
        boolean star = false;
        for (String part : header.split(",")) {
            String[] p = part.trim().split(";");
            String coding = p[0].trim().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < p.length; i++) {
                String param = p[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                if (param.startsWith("q=")) {
                    refused = param.substring(2).matches("0(\\.0{0,3})?");
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                if (refused) {
                    return false;
                }
                gzip = true;
            } else if (coding.equals("*")) {
                star = !refused;
            }
        }
        return gzip || star;
    }

    /** The servlet output of one response as a {@link LiveClient.Channel}; closing completes the request. */
    private record ServletChannel(ServletOutputStream out, CompletableFuture<Void> done)
            implements LiveClient.Channel {

        @Override
        public boolean ready() {
            return out.isReady();
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            out.write(bytes);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() {
            done.complete(null);
        }
    }
}
