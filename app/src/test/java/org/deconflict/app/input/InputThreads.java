package org.deconflict.app.input;

import java.util.List;

/** Test helper: the live threads an input started (their names begin with {@code dc-input-<name>}). */
final class InputThreads {
    private InputThreads() {
    }

    static List<String> alive(String inputName) {
        String prefix = AbstractInput.THREAD_PREFIX + inputName;
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix))
                .map(Thread::getName)
                .toList();
    }

    static List<String> allAlive() {
        return alive("");
    }
}
