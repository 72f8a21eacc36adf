package org.deconflict.app.input;

import java.util.Map;

/**
 * A snapshot of one input's counters.
 *
 * @param bytes          bytes delivered to the handler (after gunzip for files)
 * @param chunks         {@code onBytes} calls
 * @param connects       connections established (TCP), sockets bound (UDP), feeders accepted (listening), files opened
 * @param disconnects    connections ended, for any cause
 * @param errors         errors by reason (every reason present, zero or not)
 * @param lastError      text of the most recent error, or null if none yet
 * @param lastDataNanos  receive time of the most recent chunk (ns since 1970), or 0 if none yet
 * @param sourceBytesRead  for files: bytes read from the file itself (compressed if gzip'd); else {@code bytes}
 * @param sourceBytesTotal for files: the file size; -1 when unknown (network, stdin)
 * @param activeFeeders  for listening inputs: feeders connected now; else 0
 * @param rejected       frames or lines its framers refused, over all its connections (feeders add into their
 *                       listening input's)
 */
public record InputStats(InputId id, InputState state, long bytes, long chunks, long connects, long disconnects,
                         Map<InputError, Long> errors, String lastError, long lastDataNanos,
                         long sourceBytesRead, long sourceBytesTotal, int activeFeeders, long rejected) {

    public InputStats {
        errors = Map.copyOf(errors);
    }

    /** The count for one error reason. */
    public long errors(InputError reason) {
        return errors.getOrDefault(reason, 0L);
    }

    /** Errors of all reasons. */
    public long errorTotal() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }
}
