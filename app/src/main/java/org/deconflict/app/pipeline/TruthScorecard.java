package org.deconflict.app.pipeline;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.deconflict.engine.event.DarkGap;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.event.ModeSOnly;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.sim.truth.TruthIncident;

/**
 * Compares what the detectors found with a simulated scenario's truth: for each designed incident, whether the
 * sensors could observe it (a target with its transponder off sends nothing) and whether it was found. Matching is
 * by kind and participants, as the end-to-end test does.
 */
public final class TruthScorecard implements PipelineListener {

    /** A finding reduced to what a truth incident says: kind and participants. */
    public record Finding(String kind, Set<String> participants) {
    }

    private final Set<Finding> found = new HashSet<>();

    @Override
    public void onEvent(EngineEvent e) {
        if (e instanceof Incident i) {
            found.add(new Finding(i.type().name(), keys(i.participants())));
        } else if (e instanceof DarkGap g) {
            found.add(new Finding("DARK_GAP", Set.of(g.key().toString())));
        } else if (e instanceof ModeSOnly m) {
            found.add(new Finding("MODE_S_ONLY", Set.of(m.key().toString())));
        }
    }

    /** Whether this truth incident was found. */
    public boolean found(TruthIncident t) {
        return found.contains(new Finding(t.kind().name(), Set.copyOf(t.participants())));
    }

    /** Every finding so far. */
    public Set<Finding> findings() {
        return Set.copyOf(found);
    }

    /** One line per designed incident and a closing count. */
    public void print(List<TruthIncident> truth, PrintStream out) {
        out.println();
        out.println("── the scenario's designed incidents ───────────────────");
        int observable = 0;
        int foundObservable = 0;
        for (TruthIncident t : truth) {
            boolean f = found(t);
            if (t.observable()) {
                observable++;
                if (f) {
                    foundObservable++;
                }
            }
            out.printf(Locale.ROOT, "  %-6s %-19s %-34s %s%n", f ? "FOUND" : "-", IncidentLines.words(t.kind().name()),
                    String.join(" ", t.participants()),
                    t.observable() ? "" : "not observable: " + t.observability().name().toLowerCase(Locale.ROOT)
                            .replace('_', ' '));
        }
        out.printf(Locale.ROOT, "  found %d of %d observable (%d designed)%n", foundObservable, observable, truth.size());
    }

    private static Set<String> keys(List<TargetKey> ks) {
        Set<String> s = new HashSet<>();
        ks.forEach(k -> s.add(k.toString()));
        return s;
    }
}
