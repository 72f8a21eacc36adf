package org.deconflict.app.config;

import org.deconflict.app.http.WebConfig;

/**
 * The {@code web} section: the map and API of {@code demo} and {@code run}.
 *
 * @param port    TCP port to serve on (0: any free port)
 * @param enabled false: never start the web server (like {@code --no-web})
 */
public record WebSettings(int port, boolean enabled) {

    public static WebSettings defaults() {
        return new WebSettings(WebConfig.DEFAULT_PORT, true);
    }
}
