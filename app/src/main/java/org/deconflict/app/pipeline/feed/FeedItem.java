package org.deconflict.app.pipeline.feed;

import org.deconflict.ais.AisReport;
import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.engine.ingest.Observation;

/**
 * One decoded unit handed from an input (or file) to the engine thread: immutable and small, so it can cross a
 * queue. {@link #endOffset()} is the byte offset in its input (after gunzip) of the chunk that completed it, for
 * replay progress markers; 0 for live inputs.
 */
public sealed interface FeedItem {

    /** Event time, ns since the Unix epoch (the merge key of replays). */
    long timeNanos();

    long endOffset();

    /** Hands the item to the engine (engine thread only). */
    void deliverTo(EngineCore core);

    /** A Mode S frame (7 or 14 bytes, owned by this item) with the receiver's 12 MHz counter (-1 unknown). */
    record ModeS(byte[] frame, long timestamp12MHz, long timeNanos, int receiverId, long endOffset)
            implements FeedItem {
        @Override
        public void deliverTo(EngineCore core) {
            core.modesFrame(frame, 0, frame.length, timestamp12MHz, timeNanos, receiverId);
        }
    }

    /**
     * A decoded AIS report; {@code receivedNanos} is used when the report carries no time of its own, and
     * {@link #timeNanos()} is the report's own time when it has one.
     */
    record Ais(AisReport report, long receivedNanos, long endOffset) implements FeedItem {
        @Override
        public long timeNanos() {
            return report.hasTime() ? report.timeMillis() * 1_000_000L : receivedNanos;
        }

        @Override
        public void deliverTo(EngineCore core) {
            core.aisReport(report, receivedNanos);
        }
    }

    /** An observation the feeder decoded itself (SBS/BaseStation records); its time is the observation's. */
    record Observed(Observation observation, long endOffset) implements FeedItem {
        @Override
        public long timeNanos() {
            return observation.timeNanos();
        }

        @Override
        public void deliverTo(EngineCore core) {
            core.observation(observation);
        }
    }
}
