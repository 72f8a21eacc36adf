package org.deconflict.app.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Binds a YAML tree onto an immutable record by reflection over its components, and writes a record back as a tree,
 * so a setting added to a record is a key of the file at once (never silently ignored). Each component is a key of the
 * same name, except {@code long ...Nanos} components, which appear as {@code ...S} in seconds. Missing keys keep the
 * default; an unknown key, a wrong type or a value out of range is a {@link ConfigException} naming the key path.
 *
 * <p>Ranges follow from the default: a positive default allows only values {@code > 0}, a zero default {@code >= 0},
 * a negative default any finite number; {@code NaN}, {@code Infinity}, {@code -Infinity} only where the default is
 * not finite or there is none. Names add bounds:
 * {@code ...Share} ≤ 1, {@code ...Deg} ≤ 360 ({@code latDeg} ±90, {@code lonDeg} ±180), NIC/NACp 0..11
 * (DO-260B Tables 2-69, 2-70), {@code port} 0..65535.
 */
final class RecordBinder {

    private static final String NANOS = "Nanos";
    private static final double NANOS_PER_S = 1e9;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Defaults of list elements by element type (component name → value); components not named are required. */
    private final Map<Class<?>, Map<String, Object>> elementDefaults;

    RecordBinder(Map<Class<?>, Map<String, Object>> elementDefaults) {
        this.elementDefaults = Map.copyOf(elementDefaults);
    }

    /** The key of a component in the file. */
    static String keyOf(RecordComponent c) {
        String n = c.getName();
        return isNanos(c) ? n.substring(0, n.length() - NANOS.length()) + "S" : n;
    }

    /** {@code defaults} with every key present in {@code node} replaced; {@code path} prefixes error messages. */
    <R extends Record> R bind(JsonNode node, R defaults, String path) {
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) defaults.getClass();
        return type.cast(bindRecord(node, type, valuesOf(defaults), path));
    }

    /** A list of records, each bound against this binder's element defaults for {@code type}. */
    <R extends Record> List<R> bindList(JsonNode node, Class<R> type, String path) {
        if (!node.isArray()) {
            throw new ConfigException(path + ": expected a list (- ...), got " + describe(node));
        }
        List<R> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(type.cast(bindRecord(node.get(i), type, elementDefaults.getOrDefault(type, Map.of()),
                    path + "[" + i + "]")));
        }
        return List.copyOf(out);
    }

    /** The record as a tree of the same keys and units the file uses. */
    static ObjectNode toTree(Record r) {
        ObjectNode o = NODES.objectNode();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            o.set(keyOf(c), valueTree(c, read(r, c)));
        }
        return o;
    }

    /** Every key path of a record's tree ({@code airAir.lookAheadS}), list items as their element's keys once. */
    static List<String> keyPaths(Class<? extends Record> type, String prefix) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String p = prefix.isEmpty() ? keyOf(c) : prefix + "." + keyOf(c);
            Class<?> t = c.getType();
            if (t.isRecord()) {
                out.addAll(keyPaths(t.asSubclass(Record.class), p));
            } else if (t == List.class && elementType(c).isRecord()) {
                out.addAll(keyPaths(elementType(c).asSubclass(Record.class), p + "[]"));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private Object bindRecord(JsonNode node, Class<?> type, Map<String, Object> defaults, String path) {
        if (!node.isObject()) {
            throw new ConfigException(path + ": expected a section of keys (" + String.join(", ", keysOf(type))
                    + "), got " + describe(node));
        }
        RecordComponent[] comps = type.getRecordComponents();
        Set<String> known = keysOf(type);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw unknownKey(path, k, known);
            }
        }
        Object[] args = new Object[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            String p = join(path, keyOf(c));
            JsonNode v = node.get(keyOf(c));
            boolean hasDefault = defaults.containsKey(c.getName());
            Object def = defaults.get(c.getName());
            if (v == null) {
                if (!hasDefault) {
                    throw new ConfigException(p + ": required (" + allowed(c, def, false) + ")");
                }
                args[i] = def;
            } else {
                args[i] = bindValue(v, c, def, hasDefault, p);
            }
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(comps).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                throw new ConfigException((path.isEmpty() ? type.getSimpleName() : path) + ": "
                        + (cause.getMessage() == null ? "invalid combination of values" : cause.getMessage()));
            }
            throw new IllegalStateException("cannot build " + type.getName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private Object bindValue(JsonNode v, RecordComponent c, Object def, boolean hasDefault, String p) {
        Class<?> t = c.getType();
        if (t.isRecord() && def != null && isEmpty(v)) {
            return def; // "airAir:" with nothing under it
        }
        if (t.isRecord()) {
            Map<String, Object> d = def != null ? valuesOf((Record) def) : elementDefaults.getOrDefault(t, Map.of());
            return bindRecord(v, t, d, p);
        }
        if (t == List.class && elementType(c).isRecord()) {
            return bindList(v, elementType(c).asSubclass(Record.class), p);
        }
        if (t == double.class || isNanos(c)) {
            double x = number(v, c, def, hasDefault, p);
            checkRange(x, c, def, hasDefault, p);
            return isNanos(c) ? (Object) Math.round(x * NANOS_PER_S) : (Object) x;
        }
        if (t == int.class || t == long.class) {
            if (!v.isIntegralNumber() || (t == int.class && !v.canConvertToInt()) || !v.canConvertToLong()) {
                throw wrong(c, def, hasDefault, p, v);
            }
            checkRange(v.asDouble(), c, def, hasDefault, p);
            return t == int.class ? (Object) v.intValue() : (Object) v.longValue();
        }
        if (t == boolean.class) {
            if (!v.isBoolean()) {
                throw wrong(c, def, hasDefault, p, v);
            }
            return v.booleanValue();
        }
        if (t.isEnum()) {
            if (v.isTextual()) {
                for (Object e : t.getEnumConstants()) {
                    if (((Enum<?>) e).name().equalsIgnoreCase(v.textValue().strip())) {
                        return e;
                    }
                }
            }
            throw wrong(c, def, hasDefault, p, v);
        }
        if (t == String.class) {
            if (v.isNull() && hasDefault && def == null) {
                return null;
            }
            if (!v.isValueNode() || v.isNull() || v.asText().isBlank()) {
                throw wrong(c, def, hasDefault, p, v);
            }
            return v.asText().strip();
        }
        throw new IllegalStateException("no binding for " + t + " at " + p);
    }

    /**
     * A number, or {@code NaN}, {@code Infinity}, {@code -Infinity} (also YAML's {@code .nan}, {@code .inf},
     * {@code -.inf} when quoted) where the default is not finite or there is no default.
     */
    private static double number(JsonNode v, RecordComponent c, Object def, boolean hasDefault, String p) {
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual() && nonFiniteAllowed(def, hasDefault)) {
            switch (v.textValue().strip().toLowerCase(Locale.ROOT)) {
                case ".nan", "nan" -> {
                    return Double.NaN;
                }
                case ".inf", "+.inf", "infinity", "+infinity" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-.inf", "-infinity" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                default -> {
                    // not a number: reported below
                }
            }
        }
        throw wrong(c, def, hasDefault, p, v);
    }

    private static void checkRange(double x, RecordComponent c, Object def, boolean hasDefault, String p) {
        Range r = Range.of(c, def, hasDefault);
        if (!r.contains(x)) {
            throw new ConfigException(p + ": must be " + allowed(c, def, hasDefault) + ", got " + plain(x));
        }
    }

    private static ConfigException wrong(RecordComponent c, Object def, boolean hasDefault, String p, JsonNode v) {
        return new ConfigException(p + ": must be " + allowed(c, def, hasDefault) + ", got " + describe(v));
    }

    /** What a key accepts, in words: type, range and unit. */
    static String allowed(RecordComponent c, Object def, boolean hasDefault) {
        Class<?> t = c.getType();
        if (t == boolean.class) {
            return "true or false";
        }
        if (t.isEnum()) {
            return "one of " + String.join(", ", Arrays.stream(t.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name()).toList());
        }
        if (t == String.class) {
            return hasDefault && def == null ? "a text or null" : "a text";
        }
        if (t.isRecord()) {
            return "a section of keys (" + String.join(", ", keysOf(t)) + ")";
        }
        if (t == List.class) {
            return "a list of sections (" + String.join(", ", keysOf(elementType(c))) + ")";
        }
        String kind = t == int.class || (t == long.class && !isNanos(c)) ? "a whole number" : "a number";
        String unit = unit(keyOf(c));
        return kind + Range.of(c, def, hasDefault).describe() + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    private static String unit(String key) {
        if (key.endsWith("Fpm")) {
            return "feet per minute";
        }
        if (key.endsWith("Ft")) {
            return "feet";
        }
        if (key.endsWith("Kt")) {
            return "knots";
        }
        if (key.endsWith("Deg")) {
            return "degrees";
        }
        if (key.endsWith("Nm")) {
            return "nautical miles";
        }
        if (key.endsWith("M")) {
            return "metres";
        }
        if (key.endsWith("S")) {
            return "seconds";
        }
        if (key.endsWith("Share")) {
            return "a fraction";
        }
        return "";
    }

    /** Allowed interval of a numeric component. */
    private record Range(double min, boolean minExclusive, double max, boolean finite) {

        static Range of(RecordComponent c, Object def, boolean hasDefault) {
            String name = c.getName();
            double d = !hasDefault || def == null ? Double.NaN : def instanceof Long l && isNanos(c)
                    ? l / NANOS_PER_S : ((Number) def).doubleValue();
            boolean finite = hasDefault && Double.isFinite(d);
            double min = Double.NEGATIVE_INFINITY;
            boolean exclusive = false;
            if (finite && d > 0) {
                min = 0;
                exclusive = true;
            } else if (finite && d == 0) {
                min = 0;
            }
            double max = Double.POSITIVE_INFINITY;
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.equals("latDeg")) {
                return new Range(-90, false, 90, true);
            } else if (name.equals("lonDeg")) {
                return new Range(-180, false, 180, true);
            } else if (name.equals("port")) {
                return new Range(0, false, 65_535, true);
            } else if (lower.contains("nacp") || lower.contains("nic")) {
                return new Range(0, false, 11, true);  // DO-260B Tables 2-69, 2-70: NIC and NACp 0..11
            } else if (name.endsWith("Share")) {
                max = 1;
            } else if (name.endsWith("Deg")) {
                max = 360;
            }
            return new Range(min, exclusive, max, finite);
        }

        boolean contains(double x) {
            if (Double.isNaN(x)) {
                return !finite;
            }
            if (finite && Double.isInfinite(x)) {
                return false;
            }
            return (minExclusive ? x > min : x >= min) && x <= max;
        }

        String describe() {
            boolean low = min != Double.NEGATIVE_INFINITY;
            boolean high = max != Double.POSITIVE_INFINITY;
            if (low && high) {
                return " from " + plain(min) + " to " + plain(max);
            }
            if (low) {
                return (minExclusive ? " > " : " >= ") + plain(min);
            }
            return finite ? "" : " (or NaN, Infinity, -Infinity)";
        }
    }

    private static JsonNode valueTree(RecordComponent c, Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof Record r) {
            return toTree(r);
        }
        if (v instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            for (Object e : list) {
                a.add(e instanceof Record r ? toTree(r) : NODES.textNode(String.valueOf(e)));
            }
            return a;
        }
        if (isNanos(c)) {
            long ns = (Long) v;
            return ns % 1_000_000_000L == 0 ? NODES.numberNode(ns / 1_000_000_000L) : NODES.numberNode(ns / NANOS_PER_S);
        }
        if (v instanceof Double d) {
            if (Double.isNaN(d)) {
                return NODES.textNode("NaN");
            }
            if (Double.isInfinite(d)) {
                return NODES.textNode(d > 0 ? "Infinity" : "-Infinity");
            }
            return NODES.numberNode(d);
        }
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        return NODES.textNode(v.toString());
    }

    private static Map<String, Object> valuesOf(Record r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            m.put(c.getName(), read(r, c));
        }
        return m;
    }

    private static Object read(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    private static Set<String> keysOf(Class<?> type) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            keys.add(keyOf(c));
        }
        return keys;
    }

    private static Class<?> elementType(RecordComponent c) {
        Type g = c.getGenericType();
        if (g instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> e) {
            return e;
        }
        return Object.class;
    }

    private static boolean isNanos(RecordComponent c) {
        return c.getType() == long.class && c.getName().endsWith(NANOS);
    }

    private static boolean nonFiniteAllowed(Object def, boolean hasDefault) {
        return !hasDefault || def instanceof Double d && !Double.isFinite(d);
    }

    private static ConfigException unknownKey(String path, String key, Set<String> known) {
        String near = null;
        int best = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(k.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT));
            if (d < best) {
                best = d;
                near = k;
            }
        }
        String hint = near != null && best <= Math.max(2, key.length() / 4) ? "did you mean " + near + "? " : "";
        return new ConfigException(join(path, key) + ": unknown key (" + hint + "known: " + String.join(", ", known)
                + ")");
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A key with nothing after it: YAML null, or the empty text Jackson reads for {@code key:}. */
    static boolean isEmpty(JsonNode v) {
        return v.isNull() || v.isTextual() && v.textValue().isEmpty();
    }

    static String describe(JsonNode v) {
        if (v.isObject()) {
            return "a section";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isNull()) {
            return "nothing (null)";
        }
        return v.isTextual() ? "'" + v.textValue() + "'" : v.asText();
    }

    private static String plain(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
