package org.deconflict.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Typed accessors over parsed JSON; each throws IllegalArgumentException naming the field when the shape is wrong. */
final class Json {

    private Json() {
    }

    static String str(Map<?, ?> m, String k) {
        if (!(m.get(k) instanceof String s)) {
            throw new IllegalArgumentException("field '" + k + "' must be a string");
        }
        return s;
    }

    static String optStr(Map<?, ?> m, String k) {
        Object v = m.get(k);
        if (v != null && !(v instanceof String)) {
            throw new IllegalArgumentException("field '" + k + "' must be a string or null");
        }
        return (String) v;
    }

    static List<?> list(Map<?, ?> m, String k) {
        if (!(m.get(k) instanceof List<?> l)) {
            throw new IllegalArgumentException("field '" + k + "' must be an array");
        }
        return l;
    }

    static Map<?, ?> map(Map<?, ?> m, String k) {
        if (!(m.get(k) instanceof Map<?, ?> r)) {
            throw new IllegalArgumentException("field '" + k + "' must be an object");
        }
        return r;
    }

    static double dbl(Object v) {
        if (!(v instanceof BigDecimal b)) {
            throw new IllegalArgumentException("expected a number, got " + v);
        }
        return b.doubleValue();
    }

    /** An integral number within ±2^53 (exact in IEEE 754 doubles, I-JSON RFC 7493 §2.2). */
    static long integer(Object v) {
        if (!(v instanceof BigDecimal b)) {
            throw new IllegalArgumentException("expected an integer, got " + v);
        }
        try {
            long l = b.longValueExact();
            if (Math.abs(l) > (1L << 53)) {
                throw new IllegalArgumentException("integer out of the exact double range: " + v);
            }
            return l;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("expected an integer, got " + v);
        }
    }

    /** Strict base64 (RFC 4648 §4): must re-encode to exactly the same text, so one value has one spelling. */
    static byte[] base64(String text) {
        byte[] b = java.util.Base64.getDecoder().decode(text);
        if (!java.util.Base64.getEncoder().encodeToString(b).equals(text)) {
            throw new IllegalArgumentException("non-canonical base64: " + text);
        }
        return b;
    }
}
