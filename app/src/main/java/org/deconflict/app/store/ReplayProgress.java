package org.deconflict.app.store;

/**
 * How far the replay of one input got. Written in the same transaction as the batch it closes, so after a crash the
 * stored marker says exactly which input was stored and a restarted replay resumes from it.
 *
 * @param inputName       the input (file path or stream name)
 * @param byteOffset      bytes of the input fully processed and stored
 * @param lastEventTimeMs event time of the last processed record, epoch milliseconds UTC; null when unknown
 */
public record ReplayProgress(String inputName, long byteOffset, Long lastEventTimeMs) {

    public ReplayProgress {
        Rows.requireNonNull(inputName, "inputName");
        if (byteOffset < 0) {
            throw new IllegalArgumentException("byteOffset must be >= 0, was " + byteOffset);
        }
    }
}
