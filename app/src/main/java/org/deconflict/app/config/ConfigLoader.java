package org.deconflict.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.deconflict.app.input.InputSpecs;
import org.deconflict.app.input.Sources;
import org.deconflict.engine.track.ReceiverSite;

/**
 * Reads {@code deconflict.yaml}: the file named by {@code --config}, else {@code ./deconflict.yaml} when present, else
 * nothing (every default from the code); then applies {@code --set KEY=VALUE} overrides. Every mistake is one
 * {@link ConfigException} line naming the file (or the {@code --set}), the key path and what is allowed.
 */
public final class ConfigLoader {

    /** The file read when no {@code --config} is given, if it exists (relative to the working directory). */
    public static final Path DEFAULT_FILE = Path.of("deconflict.yaml");

    /** Top-level sections, in the order they are printed. */
    public static final List<String> SECTIONS = List.of("detection", "tracker", "receivers", "inputs", "store", "web",
            "ledger");

    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final RecordBinder BINDER = new RecordBinder(Map.of(ReceiverEntry.class, receiverDefaults()));

    private ConfigLoader() {
    }

    /** Optional keys of a receiver; id, latDeg and lonDeg are required. */
    private static Map<String, Object> receiverDefaults() {
        Map<String, Object> m = new HashMap<>();
        m.put("name", null);
        m.put("antennaHeightM", ReceiverEntry.DEFAULT_HEIGHT_M);
        m.put("kind", ReceiverSite.Kind.ADSB_1090);
        return m;
    }

    /**
     * A configuration and where it came from.
     *
     * @param config the effective configuration
     * @param file   the file read, or null when none was
     */
    public record Loaded(DeconflictConfig config, Path file) {
    }

    /** Loads {@code explicit} (null: {@link #DEFAULT_FILE} if present) and applies {@code sets} ({@code KEY=VALUE}). */
    public static Loaded load(Path explicit, List<String> sets) {
        Path file = explicit != null ? explicit : Files.isRegularFile(DEFAULT_FILE) ? DEFAULT_FILE : null;
        ObjectNode root = file == null ? JsonNodeFactory.instance.objectNode() : read(file);
        String origin = file == null ? "configuration" : file.toString();
        List<String> setKeys = new ArrayList<>();
        for (String s : sets) {
            setKeys.add(apply(root, s));
        }
        try {
            return new Loaded(parse(root), file);
        } catch (ConfigException e) {
            for (String k : setKeys) {
                String m = e.getMessage();
                if (m.startsWith(k + ":") || m.startsWith(k + ".") || m.startsWith(k + "[")) {
                    throw e.in("--set");
                }
            }
            throw e.in(origin);
        }
    }

    /** Parses a YAML text (tests, examples); {@code origin} names it in error messages. */
    public static DeconflictConfig parse(String yaml, String origin) {
        try {
            return parse(asObject(YAML.readTree(yaml), origin));
        } catch (JsonProcessingException e) {
            throw notYaml(origin, e);
        } catch (ConfigException e) {
            throw e.in(origin);
        }
    }

    /** The configuration as YAML, with the same keys and units the file uses. */
    public static String toYaml(DeconflictConfig c) {
        try {
            return YAML.writeValueAsString(toTree(c));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the configuration", e);
        }
    }

    /** The configuration as a tree of sections. */
    public static ObjectNode toTree(DeconflictConfig c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("detection", RecordBinder.toTree(c.detection()));
        o.set("tracker", RecordBinder.toTree(c.tracker()));
        ArrayNode receivers = o.putArray("receivers");
        c.receivers().forEach(r -> receivers.add(RecordBinder.toTree(r)));
        ArrayNode inputs = o.putArray("inputs");
        c.inputs().forEach(i -> inputs.addObject().put(i.kind(), i.value()));
        o.set("store", RecordBinder.toTree(c.store()));
        o.set("web", RecordBinder.toTree(c.web()));
        o.set("ledger", RecordBinder.toTree(c.ledger()));
        return o;
    }

    /** Every key path the file accepts ({@code detection.airAir.lookAheadS}, {@code receivers[].latDeg} ...). */
    public static List<String> keyPaths() {
        List<String> out = new ArrayList<>();
        out.addAll(RecordBinder.keyPaths(org.deconflict.engine.detect.DetectionConfig.class, "detection"));
        out.addAll(RecordBinder.keyPaths(org.deconflict.engine.track.TrackerConfig.class, "tracker"));
        out.addAll(RecordBinder.keyPaths(ReceiverEntry.class, "receivers[]"));
        for (String kind : InputSpecs.OPTIONS) {
            out.add("inputs[]." + kind);
        }
        out.addAll(RecordBinder.keyPaths(StoreSettings.class, "store"));
        out.addAll(RecordBinder.keyPaths(WebSettings.class, "web"));
        out.addAll(RecordBinder.keyPaths(LedgerSettings.class, "ledger"));
        return out;
    }

    static DeconflictConfig parse(ObjectNode root) {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!SECTIONS.contains(k)) {
                throw new ConfigException(k + ": unknown section (known: " + String.join(", ", SECTIONS) + ")");
            }
        }
        DeconflictConfig d = DeconflictConfig.defaults();
        return new DeconflictConfig(
                section(root, "detection") == null ? d.detection() : BINDER.bind(root.get("detection"), d.detection(),
                        "detection"),
                section(root, "tracker") == null ? d.tracker() : BINDER.bind(root.get("tracker"), d.tracker(),
                        "tracker"),
                section(root, "receivers") == null ? d.receivers() : receivers(root.get("receivers")),
                section(root, "inputs") == null ? d.inputs() : inputs(root.get("inputs")),
                section(root, "store") == null ? d.store() : BINDER.bind(root.get("store"), d.store(), "store"),
                section(root, "web") == null ? d.web() : BINDER.bind(root.get("web"), d.web(), "web"),
                section(root, "ledger") == null ? d.ledger() : BINDER.bind(root.get("ledger"), d.ledger(), "ledger"));
    }

    /** A section's node, or null when absent or empty ({@code detection:} with nothing under it). */
    private static JsonNode section(ObjectNode root, String name) {
        JsonNode n = root.get(name);
        return n == null || RecordBinder.isEmpty(n) ? null : n;
    }

    private static List<ReceiverEntry> receivers(JsonNode node) {
        List<ReceiverEntry> list = BINDER.bindList(node, ReceiverEntry.class, "receivers");
        Set<Integer> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            ReceiverEntry e = list.get(i);
            if (!ids.add(e.id())) {
                throw new ConfigException("receivers[" + i + "].id: " + e.id() + " is used twice; ids must differ");
            }
            if (e.name() != null && !names.add(e.name())) {
                throw new ConfigException("receivers[" + i + "].name: " + e.name() + " is used twice; names must differ");
            }
        }
        return list;
    }

    private static List<InputEntry> inputs(JsonNode node) {
        if (!node.isArray()) {
            throw new ConfigException("inputs: expected a list of - KIND: VALUE items (KIND one of "
                    + String.join(", ", InputSpecs.OPTIONS) + "), got " + RecordBinder.describe(node));
        }
        List<InputEntry> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String p = "inputs[" + i + "]";
            if (!item.isObject() || item.size() != 1) {
                throw new ConfigException(p + ": expected one KIND: VALUE pair (KIND one of "
                        + String.join(", ", InputSpecs.OPTIONS) + "), e.g. - beast: localhost:30005");
            }
            String kind = item.fieldNames().next();
            JsonNode value = item.get(kind);
            if (!InputSpecs.OPTIONS.contains(kind)) {
                throw new ConfigException(p + "." + kind + ": unknown input kind (known: "
                        + String.join(", ", InputSpecs.OPTIONS) + ")");
            }
            if (!value.isValueNode() || value.isNull()) {
                throw new ConfigException(p + "." + kind + ": expected a text such as localhost:30005, got "
                        + RecordBinder.describe(value));
            }
            try {
                out.add(InputEntry.parse(kind, value.asText()));
            } catch (Sources.InputException e) {
                throw new ConfigException(p + "." + kind + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** Applies {@code KEY=VALUE} to the tree (VALUE read as YAML); returns KEY. */
    private static String apply(ObjectNode root, String set) {
        int eq = set.indexOf('=');
        String key = eq < 0 ? set.strip() : set.substring(0, eq).strip();
        if (eq < 1 || key.isEmpty() || key.startsWith(".") || key.endsWith(".") || key.contains("..")) {
            throw new ConfigException("--set " + set + ": expected KEY=VALUE, e.g. --set detection.airAir.lookAheadS=60");
        }
        JsonNode value;
        try {
            value = YAML.readTree(set.substring(eq + 1));
        } catch (JsonProcessingException e) {
            throw new ConfigException("--set " + key + ": the value is not valid YAML (" + e.getOriginalMessage() + ")");
        }
        if (value == null || value.isMissingNode()) {
            value = JsonNodeFactory.instance.nullNode();
        }
        String[] parts = key.split("\\.");
        ObjectNode at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = at.get(parts[i]);
            if (next == null || next.isNull()) {
                next = at.putObject(parts[i]);
            }
            if (!(next instanceof ObjectNode o)) {
                throw new ConfigException("--set " + key + ": " + String.join(".", List.of(parts).subList(0, i + 1))
                        + " is not a section of keys (set a list as a whole, e.g. --set 'inputs=[{beast: host}]')");
            }
            at = o;
        }
        at.set(parts[parts.length - 1], value);
        return key;
    }

    private static ObjectNode read(Path file) {
        if (!Files.exists(file)) {
            throw new ConfigException(file + ": no such configuration file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConfigException(file + ": cannot read this configuration file");
        }
        try {
            return asObject(YAML.readTree(file.toFile()), file.toString());
        } catch (JsonProcessingException e) {
            throw notYaml(file.toString(), e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static ObjectNode asObject(JsonNode node, String origin) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return JsonNodeFactory.instance.objectNode(); // an empty file: every default
        }
        if (!(node instanceof ObjectNode o)) {
            throw new ConfigException(origin + ": expected sections (" + String.join(", ", SECTIONS) + "), got "
                    + RecordBinder.describe(node));
        }
        return o;
    }

    private static ConfigException notYaml(String origin, JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
        String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        String hint = why.contains("Malformed numeric value") ? " (write NaN, Infinity or -Infinity)" : "";
        return new ConfigException(origin + ": not valid YAML" + where + ": " + why + hint);
    }
}
