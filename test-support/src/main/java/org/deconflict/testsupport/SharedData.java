package org.deconflict.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the real recorded test data in {@code ../shared/data} (beside the project checkout).
 *
 * <p>Tests call {@link #require(String)}: when the folder is absent the test is skipped with a clear
 * message on a developer machine, but fails in CI ({@code CI=true}), where the data must be present.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data root: system property {@code deconflict.data}, else {@code ../shared/data} from the module or project dir. */
    public static Path root() {
        String prop = System.getProperty("deconflict.data");
        if (prop != null && Files.isDirectory(Paths.get(prop))) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        Path here = Paths.get("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        return here.resolveSibling("shared").resolve("data");
    }

    /**
     * Returns {@code root()/relative}. If it does not exist: skips the test outside CI, fails it inside CI.
     */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            String msg = "shared test data not found: " + p + " (expected ../shared/data beside the checkout)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(msg + "; CI=true, so this is a failure, not a skip");
            }
            Assumptions.abort(msg);
        }
        return p;
    }
}
