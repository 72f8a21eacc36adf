package org.deconflict.ledger.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The bisection in {@link CanonicalJson#shortest} finds exactly what the plain definition finds — try 1, 2, ... 17
 * significant digits and keep the first precision with a form that reads back, the closest such form — on random bit
 * patterns, decimal-looking values (coordinates, altitudes) and both neighbours of every power of two (where the
 * read-back interval is lopsided); and the integer short cut of {@link CanonicalJson#number} against the definition.
 */
class ShortestNumberTest {

    @Test
    void bisectionMatchesTheDefinition() {
        Random rnd = new Random(8785);
        int checked = 0;
        for (int i = 0; i < 3_000; i++) {
            double bits = Double.longBitsToDouble(rnd.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL);
            double decimal = rnd.nextInt(2_000_000_000) / Math.pow(10, rnd.nextInt(12));
            for (double d : new double[] {bits, decimal}) {
                if (d > 0 && Double.isFinite(d)) {
                    assertThat(CanonicalJson.shortest(d)).as("%s", d).isEqualTo(byDefinition(d));
                    checked++;
                }
            }
            // integers below 2^53 take the short cut in number(): it must print what the definition gives
            double integer = (double) (rnd.nextLong() >>> (11 + rnd.nextInt(53)));
            if (integer > 0) {
                assertThat(CanonicalJson.number(integer)).isEqualTo(byDefinition(integer).toPlainString());
                checked++;
            }
        }
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            for (double d : new double[] {p, Math.nextUp(p), Math.nextDown(p)}) {
                if (d > 0 && Double.isFinite(d)) {
                    assertThat(CanonicalJson.shortest(d)).as("%s", d).isEqualTo(byDefinition(d));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    private static BigDecimal byDefinition(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new MathContext(precision, mode));
                if (c.doubleValue() == d && (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = c;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        throw new AssertionError("no 17-digit form for " + d);
    }
}
