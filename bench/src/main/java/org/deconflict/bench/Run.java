package org.deconflict.bench;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;

/**
 * Entry point of {@code bench/run NAME [--quick]}: finds the runner class for NAME by convention
 * ({@code modes-decode} → {@code org.deconflict.bench.ModesDecodeBench}) and calls its {@code main}.
 * Each runner ends by printing one {@link BenchResult} line.
 */
public final class Run {

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: bench/run NAME [--quick]   e.g. modes-decode, ais-decode, engine-scale, ledger, pipeline");
            System.exit(2);
        }
        String className = "org.deconflict.bench." + runnerName(args[0]);
        Class<?> runner;
        try {
            runner = Class.forName(className);
        } catch (ClassNotFoundException e) {
            System.err.println("no benchmark named '" + args[0] + "' (looked for " + className + ")");
            System.exit(2);
            return;
        }
        Method main = runner.getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }

    /** {@code engine-scale} → {@code EngineScaleBench}. */
    static String runnerName(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.toLowerCase(Locale.ROOT).split("[-_]")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.append("Bench").toString();
    }
}
