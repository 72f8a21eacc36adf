package org.deconflict.ledger.json;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict RFC 8259 JSON parser into plain Java values: {@code Map<String,Object>} (insertion order), {@code List<Object>},
 * {@code String}, {@code BigDecimal}, {@code Boolean}, {@code null}. Duplicate member names are rejected (I-JSON, RFC 7493 §2.3).
 */
public final class JsonParser {

    private static final int MAX_DEPTH = 64;
    private final String s;
    private int p;

    private JsonParser(String s) {
        this.s = s;
    }

    /** Parses UTF-8 bytes. */
    public static Object parse(byte[] utf8) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            throw new JsonException("not valid UTF-8", -1);
        }
    }

    public static Object parse(String text) {
        JsonParser jp = new JsonParser(text);
        jp.ws();
        Object v = jp.value(0);
        jp.ws();
        if (jp.p != text.length()) {
            throw new JsonException("trailing characters", jp.p);
        }
        return v;
    }

    private void ws() {
        while (p < s.length()) {
            char c = s.charAt(p);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                p++;
            } else {
                break;
            }
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new JsonException("nesting deeper than " + MAX_DEPTH, p);
        }
        if (p >= s.length()) {
            throw new JsonException("unexpected end", p);
        }
        char c = s.charAt(p);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new JsonException("unexpected character '" + c + "'", p);
        }
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, p)) {
            throw new JsonException("expected " + word, p);
        }
        p += word.length();
        return v;
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        p++;
        ws();
        if (peek() == '}') {
            p++;
            return m;
        }
        while (true) {
            ws();
            if (peek() != '"') {
                throw new JsonException("expected member name", p);
            }
            int at = p;
            String k = string();
            ws();
            expect(':');
            ws();
            Object v = value(depth + 1);
            if (m.containsKey(k)) {
                throw new JsonException("duplicate member name \"" + k + "\"", at);
            }
            m.put(k, v);
            ws();
            char c = next();
            if (c == '}') {
                return m;
            }
            if (c != ',') {
                throw new JsonException("expected , or }", p - 1);
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> l = new ArrayList<>();
        p++;
        ws();
        if (peek() == ']') {
            p++;
            return l;
        }
        while (true) {
            ws();
            l.add(value(depth + 1));
            ws();
            char c = next();
            if (c == ']') {
                return l;
            }
            if (c != ',') {
                throw new JsonException("expected , or ]", p - 1);
            }
        }
    }

    private String string() {
        p++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (p >= s.length()) {
                throw new JsonException("unterminated string", p);
            }
            char c = s.charAt(p++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw new JsonException("control character in string", p - 1);
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '/': sb.append('/'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u':
                    if (p + 4 > s.length()) {
                        throw new JsonException("short \\u escape", p);
                    }
                    try {
                        sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw new JsonException("bad \\u escape", p);
                    }
                    p += 4;
                    break;
                default:
                    throw new JsonException("bad escape \\" + e, p - 1);
            }
        }
    }

    private BigDecimal number() {
        int start = p;
        if (peek() == '-') {
            p++;
        }
        if (peek() == '0') {
            p++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                p++;
            }
        } else {
            throw new JsonException("bad number", start);
        }
        if (peek() == '.') {
            p++;
            if (!isDigit(peek())) {
                throw new JsonException("bad fraction", p);
            }
            while (isDigit(peek())) {
                p++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            p++;
            if (peek() == '+' || peek() == '-') {
                p++;
            }
            if (!isDigit(peek())) {
                throw new JsonException("bad exponent", p);
            }
            while (isDigit(peek())) {
                p++;
            }
        }
        return new BigDecimal(s.substring(start, p));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private char peek() {
        return p < s.length() ? s.charAt(p) : '\0';
    }

    private char next() {
        if (p >= s.length()) {
            throw new JsonException("unexpected end", p);
        }
        return s.charAt(p++);
    }

    private void expect(char c) {
        if (next() != c) {
            throw new JsonException("expected '" + c + "'", p - 1);
        }
    }
}
