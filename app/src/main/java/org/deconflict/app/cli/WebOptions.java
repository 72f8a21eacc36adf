package org.deconflict.app.cli;

import org.deconflict.app.config.ConfigException;
import org.deconflict.app.config.WebSettings;

import picocli.CommandLine.Option;

/** The web map and API of a live command (a picocli mixin); flags override the {@code web} section. */
public final class WebOptions {

    @Option(names = "--port", paramLabel = "PORT", description = "web map and API port (default: web.port, else 8080)")
    Integer port;

    @Option(names = "--no-web", description = "never start the web server")
    boolean noWeb;

    /** The {@code web} section with these flags applied. */
    WebSettings apply(WebSettings s) {
        if (port != null && (port < 0 || port > 65_535)) { // TCP ports are 16-bit (RFC 793); 0 = any free port
            throw new ConfigException("--port " + port + ": must be from 0 to 65535");
        }
        return new WebSettings(port != null ? port : s.port(), s.enabled() && !noWeb);
    }
}
