package org.deconflict.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deconflict.app.config.ConfigLoader;

import picocli.CommandLine.Option;

/** {@code --config FILE} and {@code --set KEY=VALUE}: where the configuration comes from (a picocli mixin). */
public final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "configuration file (default: ./deconflict.yaml if present; see config/deconflict.example.yaml)")
    Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "override one setting of the configuration, e.g. --set detection.airAir.lookAheadS=60; "
                    + "repeatable")
    List<String> sets = new ArrayList<>();

    /** Reads the configuration; a mistake is a {@link org.deconflict.app.config.ConfigException} (one line). */
    ConfigLoader.Loaded load() {
        return ConfigLoader.load(file, sets);
    }
}
