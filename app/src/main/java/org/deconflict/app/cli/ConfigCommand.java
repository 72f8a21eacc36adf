package org.deconflict.app.cli;

import java.util.concurrent.Callable;

import org.deconflict.app.config.ConfigException;
import org.deconflict.app.config.ConfigLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code deconflict config}: checks the configuration file and prints the effective configuration (file, then
 * {@code --set} overrides, then the code's defaults for everything not set) in the file's own format.
 */
@Command(name = "config", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check the configuration and print the effective settings as YAML.",
            "",
            "The file is --config FILE, else ./deconflict.yaml if present; every key not in it keeps the default from",
            "the code. config/deconflict.example.yaml documents every key with its unit and the source of its default.",
            "A mistake (unknown key, wrong type, value out of range) is one line naming the key; exit code 2.",
            "",
            "Examples:",
            "  deconflict config                                  # print the effective configuration",
            "  deconflict config --config site.yaml --check       # only check the file",
            "  deconflict config --set detection.airAir.lookAheadS=60"})
public final class ConfigCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--check", description = "only check the configuration; print nothing when it is valid")
    boolean check;

    @Option(names = "--keys", description = "list every key path the file accepts, one per line")
    boolean keys;

    @Override
    public Integer call() {
        if (keys) {
            ConfigLoader.keyPaths().forEach(System.out::println);
            return 0;
        }
        ConfigLoader.Loaded loaded;
        try {
            loaded = configOptions.load();
        } catch (ConfigException e) {
            System.err.println("config: " + e.getMessage());
            return 2;
        }
        if (check) {
            System.err.println("config: " + (loaded.file() == null ? "no configuration file; the defaults apply"
                    : loaded.file() + " is valid"));
            return 0;
        }
        System.out.println("# effective configuration: " + (loaded.file() == null ? "defaults (no file)"
                : loaded.file()) + (configOptions.sets.isEmpty() ? "" : " with --set " + String.join(" --set ",
                configOptions.sets)));
        System.out.print(ConfigLoader.toYaml(loaded.config()));
        return 0;
    }
}
