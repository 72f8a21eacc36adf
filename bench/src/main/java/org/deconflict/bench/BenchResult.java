package org.deconflict.bench;

import java.util.Arrays;
import java.util.Locale;

/** The one closing line every side-by-side runner prints, and small helpers they share. */
public final class BenchResult {

    private BenchResult() {
    }

    /** Prints {@code RESULT NAME ours=.. peer=.. unit=.. ratio=..}; ratio is given by the caller (higher is better). */
    public static void print(String name, double ours, double peer, String unit, double ratio) {
        System.out.println(String.format(Locale.ROOT, "RESULT %s ours=%.4g peer=%.4g unit=%s ratio=%.3f",
                name, ours, peer, unit, ratio));
    }

    /** Prints the line with ratio = ours / peer (for throughputs). */
    public static void print(String name, double ours, double peer, String unit) {
        print(name, ours, peer, unit, ours / peer);
    }

    /** True when {@code --quick} is among the arguments. */
    public static boolean quick(String[] args) {
        return Arrays.asList(args).contains("--quick");
    }

    /** Median of the values (copies; does not reorder the input). */
    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
