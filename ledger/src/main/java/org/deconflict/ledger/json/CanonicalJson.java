package org.deconflict.ledger.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 JSON Canonicalization Scheme writer: members sorted by UTF-16 code units (§3.2.3), no whitespace,
 * strings escaped as ECMAScript JSON.stringify does (§3.2.2.2), numbers in the ECMAScript Number-to-String form (§3.2.2.3).
 * Accepts Map (String keys), List/Collection, String, Boolean, null and Number values.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static byte[] bytes(Object value) {
        return string(value).getBytes(StandardCharsets.UTF_8);
    }

    public static String string(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    private static void write(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String str) {
            string(str, sb);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v instanceof Number n) {
            sb.append(number(toDouble(n)));
        } else if (v instanceof Map<?, ?> m) {
            List<String> keys = new ArrayList<>();
            for (Object k : m.keySet()) {
                if (!(k instanceof String ks)) {
                    throw new JsonException("member names must be strings", -1);
                }
                keys.add(ks);
            }
            keys.sort(null); // String.compareTo orders by UTF-16 code units, as RFC 8785 §3.2.3 requires
            sb.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                string(keys.get(i), sb);
                sb.append(':');
                write(m.get(keys.get(i)), sb);
            }
            sb.append('}');
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(o, sb);
            }
            sb.append(']');
        } else {
            throw new JsonException("cannot canonicalize " + v.getClass().getSimpleName(), -1);
        }
    }

    private static double toDouble(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            long l = n.longValue();
            if (Math.abs(l) > (1L << 53)) {
                throw new JsonException("integer " + l + " is not exactly representable as an IEEE 754 double (I-JSON)", -1);
            }
            return l;
        }
        return n.doubleValue();
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                            throw new JsonException("lone surrogate in string", -1);
                        }
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isLowSurrogate(c)) {
                        throw new JsonException("lone surrogate in string", -1);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    /** ECMAScript Number::toString of a finite double (ECMA-262 §7.1.12.1, as RFC 8785 §3.2.2.3 requires). */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new JsonException("NaN and Infinity are not JSON numbers (RFC 8785 §3.2.2.3)", -1);
        }
        if (d == 0) {
            return "0"; // also -0
        }
        if (d < 0) {
            return "-" + number(-d);
        }
        if (d < 0x1p53 && d == Math.rint(d)) {
            return Long.toString((long) d); // an integer below 2^53: its own digits, and no fewer read back (ulp <= 1)
        }
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // d = 0.digits × 10^n
        StringBuilder sb = new StringBuilder();
        if (k <= n && n <= 21) {
            sb.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return sb.toString();
    }

    /**
     * Fewest significant digits that read back as {@code d}; among those, the closest to {@code d}. Whether some
     * p-digit decimal reads back is monotone in p (a p-digit form is also a (p+1)-digit one, and the nearest (p+1)-digit
     * forms on its side lie between it and {@code d}), so the least p is found by bisection below the digit count of
     * {@link Double#toString}, which always reads back.
     */
    static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        int lo = 1;
        int hi = Math.min(17, significantDigits(Double.toString(d)));
        if (closest(exact, d, hi) == null) {
            hi = 17;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (closest(exact, d, mid) != null) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        BigDecimal best = closest(exact, d, lo);
        if (best == null) {
            throw new IllegalStateException("no 17-digit form for " + d);
        }
        return best.stripTrailingZeros();
    }

    /** Among the {@code precision}-digit decimals nearest {@code exact} below, above and by rounding, the closest that reads back as {@code d}. */
    private static BigDecimal closest(BigDecimal exact, double d, int precision) {
        BigDecimal best = null;
        for (RoundingMode mode : ROUNDINGS) {
            BigDecimal c = exact.round(new MathContext(precision, mode));
            if (c.doubleValue() == d && (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                best = c;
            }
        }
        return best;
    }

    private static final RoundingMode[] ROUNDINGS = {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};

    /** Significant digits of a {@link Double#toString} result ("54.123" → 5, "1.0E23" → 1, "0.0012" → 2). */
    private static int significantDigits(String javaDouble) {
        int e = javaDouble.indexOf('E');
        String mantissa = (e < 0 ? javaDouble : javaDouble.substring(0, e)).replace("-", "").replace(".", "");
        int first = 0;
        while (first < mantissa.length() - 1 && mantissa.charAt(first) == '0') {
            first++;
        }
        int last = mantissa.length();
        while (last > first + 1 && mantissa.charAt(last - 1) == '0') {
            last--;
        }
        return last - first;
    }
}
