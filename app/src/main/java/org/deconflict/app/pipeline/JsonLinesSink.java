package org.deconflict.app.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.deconflict.engine.event.EngineEvent;

/** Writes every detector event as one JSON object per line ({@link EventJson}) to a file. */
public final class JsonLinesSink implements PipelineListener, AutoCloseable {

    private final BufferedWriter out;

    public JsonLinesSink(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write events to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void onEvent(EngineEvent event) {
        try {
            out.write(EventJson.toJson(event));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void onFinish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
