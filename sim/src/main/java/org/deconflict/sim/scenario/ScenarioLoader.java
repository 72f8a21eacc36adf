package org.deconflict.sim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads scenario YAML files and the built-in scenarios shipped as classpath resources under {@code scenarios/}. */
public final class ScenarioLoader {

    /** Names of the built-in scenarios ({@code deconflict simulate NAME}). */
    public static final List<String> BUILT_IN = List.of("baltic-traffic", "demo", "cook-2016", "malmo-2014", "sk1755-2014", "intercept", "baltic-day");

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ScenarioLoader() {
    }

    /** A built-in scenario name or the path of a YAML file. */
    public static Scenario load(String nameOrPath) {
        if (BUILT_IN.contains(nameOrPath)) {
            return builtIn(nameOrPath);
        }
        Path path = Path.of(nameOrPath);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no built-in scenario or file named '" + nameOrPath
                    + "' (built-in: " + String.join(", ", BUILT_IN) + ")");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + path, e);
        }
    }

    /** Loads the built-in scenario {@code name} from {@code scenarios/NAME.yaml} on the classpath. */
    public static Scenario builtIn(String name) {
        String resource = "scenarios/" + name + ".yaml";
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in scenario '" + name + "'");
            }
            return parse(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Adds the scripted targets and incidents of included built-in scenarios, time-shifted; area, receivers, radars
     * and background traffic come from the first include when this scenario defines none.
     */
    private static Scenario withIncludes(Scenario s) {
        if (s.includes().isEmpty()) {
            return s;
        }
        List<AircraftSpec> aircraft = new ArrayList<>(s.aircraft());
        List<ShipSpec> ships = new ArrayList<>(s.ships());
        List<IncidentSpec> incidents = new ArrayList<>(s.incidents());
        for (Scenario.IncludeSpec inc : s.includes()) {
            Scenario other = builtIn(inc.scenario());
            other.aircraft().forEach(a -> aircraft.add(a.shifted(inc.offsetS())));
            other.ships().forEach(sh -> ships.add(sh.shifted(inc.offsetS())));
            incidents.addAll(other.incidents());
        }
        Scenario first = builtIn(s.includes().get(0).scenario());
        boolean noTraffic = s.traffic().airways().isEmpty() && s.traffic().lanes().isEmpty() && s.traffic().ports().isEmpty();
        return new Scenario(s.name(), s.description(), s.start(), s.durationS(), s.seed(),
                s.area() == null ? first.area() : s.area(),
                s.receivers().isEmpty() ? first.receivers() : s.receivers(),
                s.radars().isEmpty() ? first.radars() : s.radars(),
                aircraft, ships, noTraffic ? first.traffic() : s.traffic(), incidents, null);
    }

    /** Parses YAML; errors name the source and the offending field. */
    public static Scenario parse(InputStream in, String sourceName) {
        try {
            Scenario s = withIncludes(YAML.readValue(in, Scenario.class));
            ScenarioValidator.validate(s);
            return s;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad scenario " + sourceName + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + sourceName, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad scenario " + sourceName + ": " + e.getMessage(), e);
        }
    }
}
