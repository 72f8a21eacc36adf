package org.deconflict.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.deconflict.ledger.json.CanonicalJson;
import org.deconflict.ledger.json.JsonException;
import org.deconflict.ledger.json.JsonParser;
import org.deconflict.ledger.note.NoteKeys;

/**
 * The ledger's configuration of trust: its origin line, the log's verifier key and every party. Stored as
 * {@code parties.json}; a checkpoint is "agreed" when every party with role {@link Role#WITNESS} has cosigned it.
 */
public record Parties(String origin, NoteKeys.Verifier logKey, List<Party> parties) {

    public Parties {
        parties = List.copyOf(parties);
        if (origin.isEmpty() || origin.contains("\n")) {
            throw new IllegalArgumentException("origin must be one non-empty line");
        }
        for (int i = 0; i < parties.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (parties.get(i).name().equals(parties.get(j).name())) {
                    throw new IllegalArgumentException("party " + parties.get(i).name() + " listed twice");
                }
            }
        }
    }

    public Optional<Party> find(String name) {
        return parties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public List<Party> witnesses() {
        return parties.stream().filter(p -> p.role() == Role.WITNESS).toList();
    }

    public byte[] toJsonBytes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("origin", origin);
        m.put("log", logKey.encoded());
        List<Object> ps = new ArrayList<>();
        parties.forEach(p -> ps.add(p.toJson()));
        m.put("parties", ps);
        return CanonicalJson.bytes(m);
    }

    public void save(Path file) throws IOException {
        org.deconflict.ledger.tiles.Durable.replace(file, toJsonBytes());
    }

    public static Parties load(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    /** Parses {@code {"origin":..,"log":"<verifier key>","parties":[{"name","key","role","nation"}]}}. */
    public static Parties parse(byte[] json) {
        try {
            Map<?, ?> m = (Map<?, ?>) JsonParser.parse(json);
            List<Party> ps = new ArrayList<>();
            for (Object o : (List<?>) m.get("parties")) {
                Map<?, ?> p = (Map<?, ?>) o;
                ps.add(new Party((String) p.get("name"), NoteKeys.parseVerifier((String) p.get("key")),
                        Role.valueOf(((String) p.get("role")).toUpperCase(Locale.ROOT)), (String) p.get("nation")));
            }
            return new Parties((String) m.get("origin"), NoteKeys.parseVerifier((String) m.get("log")), ps);
        } catch (ClassCastException | NullPointerException e) {
            throw new JsonException("parties file does not have the expected shape", -1);
        }
    }
}
