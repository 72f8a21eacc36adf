package org.deconflict.app.input;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a recording (a file, gzip'd or not, or stdin) once, as fast as the handler takes it, then ends with
 * {@link DisconnectCause#END_OF_STREAM} and state {@link InputState#FINISHED}. It is not reopened: a recording that
 * fails midway (truncated gzip...) ends in {@link InputState#FAILED} with the error counted. Pacing a replay to event
 * time is the pipeline's job ({@link ReplayClock}), since only decoded frames carry timestamps.
 */
public final class FileInput extends AbstractInput {
    private static final Logger LOG = LoggerFactory.getLogger(FileInput.class);

    private final FileSource source;

    FileInput(InputId id, FileSource source, ChunkHandler handler, InputConfig config) {
        super(id, handler, config);
        this.source = source;
        counters.source(source::sourceBytesRead, source.sizeBytes());
    }

    @Override
    public boolean isFinite() {
        return true;
    }

    @Override
    void start() {
        if (!register(source.rawSource())) {
            return;
        }
        spawn("", this::run);
    }

    private void run() {
        counters.state(InputState.CONNECTED);
        connected(id, counters);
        DisconnectCause cause = pump(source.stream(), id, counters, new byte[config.readBufferBytes()]);
        try {
            source.close();
        } catch (IOException e) {
            LOG.debug("input {}: close: {}", id.name(), e.toString());
        }
        release(source.rawSource());
        if (cause == DisconnectCause.END_OF_STREAM) {
            counters.state(InputState.FINISHED);
        } else if (cause == DisconnectCause.ERROR) {
            counters.state(InputState.FAILED);
            LOG.warn("input {}: stopped reading: {}", id.name(), counters.snapshot().lastError());
        }
        disconnected(id, counters, cause);
    }
}
