package org.deconflict.app.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements: {@code --} comment lines are dropped and a statement ends with a
 * line ending in {@code ;}. Scripts therefore keep semicolons out of string literals at line ends.
 */
final class SqlScript {

    private SqlScript() {
    }

    /** The first line's comment text (the migration's description), or "" when the script has none. */
    static String description(String script) {
        String first = script.strip().lines().findFirst().orElse("");
        return first.startsWith("--") ? first.substring(2).strip() : "";
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String stmt = current.toString().strip();
                out.add(stmt.substring(0, stmt.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
