package org.deconflict.app.config;

/**
 * A configuration mistake the user can act on. The message is one line naming the file (or the flag), the key path and
 * what is allowed, e.g. {@code deconflict.yaml: detection.airAir.lookAheadS: must be a number > 0 (seconds), got -5}.
 */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    /** The same mistake, prefixed with where the configuration came from (a file name or {@code --set}). */
    public ConfigException in(String origin) {
        return new ConfigException(origin + ": " + getMessage());
    }
}
