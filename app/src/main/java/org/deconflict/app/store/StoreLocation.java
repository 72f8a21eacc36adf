package org.deconflict.app.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A parsed store location: the backend, the JDBC URL and credentials.
 *
 * @param backend  which database
 * @param jdbcUrl  JDBC URL without credentials
 * @param user     user name or null
 * @param password password or null
 */
public record StoreLocation(Backend backend, String jdbcUrl, String user, String password) {

    /** The supported databases. */
    public enum Backend {
        SQLITE,
        POSTGRESQL
    }

    /** File name used when a SQLite location names a directory. */
    static final String DEFAULT_FILE_NAME = "deconflict.db";

    /**
     * Parses {@code postgresql://user:pass@host:port/db?params} / {@code postgres://...} / {@code jdbc:postgresql:...}
     * (PostgreSQL), or {@code jdbc:sqlite:PATH} / {@code sqlite:PATH} / a plain path (SQLite; an existing directory
     * gets {@value #DEFAULT_FILE_NAME} inside it). Null or blank means {@link Store#DEFAULT_LOCATION}.
     */
    public static StoreLocation parse(String location) {
        String s = location == null || location.isBlank() ? Store.DEFAULT_LOCATION : location.trim();
        if (s.startsWith("postgresql://") || s.startsWith("postgres://")) {
            return fromPostgresUri(s);
        }
        if (s.startsWith("jdbc:postgresql:")) {
            return new StoreLocation(Backend.POSTGRESQL, s, null, null);
        }
        String path = s.startsWith("jdbc:sqlite:") ? s.substring("jdbc:sqlite:".length())
                : s.startsWith("sqlite:") ? s.substring("sqlite:".length()) : s;
        Path p = Paths.get(path);
        if (Files.isDirectory(p)) {
            p = p.resolve(DEFAULT_FILE_NAME);
        }
        return new StoreLocation(Backend.SQLITE, "jdbc:sqlite:" + p, null, null);
    }

    private static StoreLocation fromPostgresUri(String s) {
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + redact(s) + " (" + e.getReason() + ")", e);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("PostgreSQL URL without host: " + redact(s));
        }
        String db = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "" : uri.getRawPath().substring(1);
        if (db.isEmpty()) {
            throw new IllegalArgumentException("PostgreSQL URL without database name: " + redact(s));
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort(); // PostgreSQL default port
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost()).append(':').append(port)
                .append('/').append(db);
        if (uri.getRawQuery() != null) {
            jdbc.append('?').append(uri.getRawQuery());
        }
        String user = null;
        String password = null;
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        return new StoreLocation(Backend.POSTGRESQL, jdbc.toString(), user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The SQLite database file (SQLite only). */
    public Path sqliteFile() {
        if (backend != Backend.SQLITE) {
            throw new IllegalStateException("not a SQLite location: " + this);
        }
        return Paths.get(jdbcUrl.substring("jdbc:sqlite:".length()));
    }

    /** Backend and URL with any password removed. */
    @Override
    public String toString() {
        return backend.name().toLowerCase(java.util.Locale.ROOT) + " " + redact(jdbcUrl)
                + (user != null ? " as " + user : "");
    }

    private static String redact(String s) {
        return s.replaceAll("(?i)(://[^:/@]*:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
