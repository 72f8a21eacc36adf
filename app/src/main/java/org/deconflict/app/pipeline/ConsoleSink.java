package org.deconflict.app.pipeline;

import java.io.PrintStream;

import org.deconflict.engine.event.EngineEvent;

/** Prints one line per incident-worthy event as it is found (see {@link IncidentLines}). */
public final class ConsoleSink implements PipelineListener {

    private final PrintStream out;
    private final IncidentLines lines;
    private long printed;

    public ConsoleSink(PrintStream out, TargetNames names) {
        this.out = out;
        this.lines = new IncidentLines(names::describe);
    }

    @Override
    public void onEvent(EngineEvent event) {
        String line = lines.line(event);
        if (line != null) {
            out.println(line);
            printed++;
        }
    }

    @Override
    public void onFinish() {
        out.flush();
    }

    public long printed() {
        return printed;
    }
}
