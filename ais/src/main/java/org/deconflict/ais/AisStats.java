package org.deconflict.ais;

import java.util.EnumMap;
import java.util.Map;

/** Counters of one decoding run: lines by kind, assembled payloads, decoded messages by type, rejects by reason. */
public final class AisStats {

    long lines;
    long blankLines;
    long commentLines;
    long tagBlocks;
    long pghpLines;
    long trailingFields;
    long resyncs;
    long sentences;
    long frames;
    final long[] rejects = new long[RejectReason.count()];
    final long[] messagesByType = new long[28];

    public long lines() {
        return lines;
    }

    public long blankLines() {
        return blankLines;
    }

    public long commentLines() {
        return commentLines;
    }

    public long tagBlocks() {
        return tagBlocks;
    }

    public long pghpLines() {
        return pghpLines;
    }

    public long trailingFields() {
        return trailingFields;
    }

    /** Lines where an AIS sentence was found after leading garbage. */
    public long resyncs() {
        return resyncs;
    }

    /** VDM/VDO sentences seen (before checksum and field checks). */
    public long sentences() {
        return sentences;
    }

    /** Complete payloads handed to the listener. */
    public long frames() {
        return frames;
    }

    public long rejects(RejectReason reason) {
        return rejects[reason.ordinal()];
    }

    public long totalRejects() {
        long n = 0;
        for (long r : rejects) {
            n += r;
        }
        return n;
    }

    /** Non-zero reject counts by reason. */
    public Map<RejectReason, Long> rejectCounts() {
        Map<RejectReason, Long> m = new EnumMap<>(RejectReason.class);
        for (int i = 0; i < rejects.length; i++) {
            if (rejects[i] != 0) {
                m.put(RejectReason.of(i), rejects[i]);
            }
        }
        return m;
    }

    /** Records a reject found after framing (by the message decoder or a consumer). */
    public void countReject(RejectReason reason) {
        rejects[reason.ordinal()]++;
    }

    /** Records one decoded message of {@code type} (1..27). */
    public void countMessage(int type) {
        if (type >= 1 && type <= 27) {
            messagesByType[type]++;
        }
    }

    public long messages(int type) {
        return type >= 1 && type <= 27 ? messagesByType[type] : 0;
    }

    public long totalMessages() {
        long n = 0;
        for (long m : messagesByType) {
            n += m;
        }
        return n;
    }

    /** Multi-line human summary: counts and rejects by reason. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("lines=").append(lines).append(" sentences=").append(sentences).append(" payloads=").append(frames)
                .append(" messages=").append(totalMessages()).append(" rejects=").append(totalRejects());
        sb.append("\nmessages by type:");
        for (int t = 1; t <= 27; t++) {
            if (messagesByType[t] != 0) {
                sb.append(' ').append(t).append(':').append(messagesByType[t]);
            }
        }
        sb.append("\nrejects by reason:");
        if (totalRejects() == 0) {
            sb.append(" none");
        }
        for (Map.Entry<RejectReason, Long> e : rejectCounts().entrySet()) {
            sb.append(' ').append(e.getKey()).append('=').append(e.getValue());
        }
        sb.append("\nblank=").append(blankLines).append(" comments=").append(commentLines).append(" tagblocks=")
                .append(tagBlocks).append(" pghp=").append(pghpLines).append(" trailing=").append(trailingFields)
                .append(" resyncs=").append(resyncs);
        return sb.toString();
    }
}
