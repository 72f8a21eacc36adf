package org.deconflict.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

import org.deconflict.ledger.note.NoteKeys;

/** A configured party: note-key name, Ed25519 verifier key, role and the nation (ISO 3166 alpha-2) it belongs to. */
public record Party(String name, NoteKeys.Verifier key, Role role, String nation) {

    public Party {
        if (!name.equals(key.name())) {
            throw new IllegalArgumentException("party " + name + " has a key named " + key.name());
        }
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("key", key.encoded());
        m.put("role", role.name().toLowerCase(java.util.Locale.ROOT));
        m.put("nation", nation);
        return m;
    }
}
