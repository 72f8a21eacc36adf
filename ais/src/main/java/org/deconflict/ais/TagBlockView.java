package org.deconflict.ais;

/**
 * A reused, mutable NMEA 0183 v4 tag block (IEC 61162-450 §7.3.2): the zero-allocation form of {@link TagBlock}.
 * Text values are shared strings from the decoder's {@link TextCache}, so a station seen before costs no allocation.
 * Absent values are null, {@link TagBlock#NO_TIME} or -1, as in {@link TagBlock}. Valid until the next frame.
 */
public final class TagBlockView {

    private boolean present;
    String source;
    long timeMillis = TagBlock.NO_TIME;
    int groupIndex = -1;
    int groupSize = -1;
    int groupId = -1;
    long lineCount = -1;
    String destination;
    long relativeTime = -1;
    String text;

    /** True when the sentence had a (valid) tag block. */
    public boolean present() {
        return present;
    }

    /** {@code s:} (or DMA {@code si:}) source/station identifier, null if absent. */
    public String source() {
        return source;
    }

    /** {@code c:} time in Unix milliseconds, {@link TagBlock#NO_TIME} if absent. */
    public long timeMillis() {
        return timeMillis;
    }

    public boolean hasTime() {
        return timeMillis != TagBlock.NO_TIME;
    }

    /** Sentence number within its {@code g:} group, -1 if absent. */
    public int groupIndex() {
        return groupIndex;
    }

    /** Number of sentences in the group, -1 if absent. */
    public int groupSize() {
        return groupSize;
    }

    /** Group identifier, -1 if absent. */
    public int groupId() {
        return groupId;
    }

    public boolean hasGroup() {
        return groupId >= 0 && groupSize > 0;
    }

    /** {@code n:} line count, -1 if absent. */
    public long lineCount() {
        return lineCount;
    }

    /** {@code d:} destination, null if absent. */
    public String destination() {
        return destination;
    }

    /** {@code r:} relative time, -1 if absent. */
    public long relativeTime() {
        return relativeTime;
    }

    /** {@code t:} free text, null if absent. */
    public String text() {
        return text;
    }

    /** An immutable copy (allocates). */
    public TagBlock toTagBlock() {
        return new TagBlock(source, timeMillis, groupIndex, groupSize, groupId, lineCount, destination, relativeTime,
                text);
    }

    /** Marks this tag block absent and resets every field. */
    void clear() {
        present = false;
        source = null;
        timeMillis = TagBlock.NO_TIME;
        groupIndex = -1;
        groupSize = -1;
        groupId = -1;
        lineCount = -1;
        destination = null;
        relativeTime = -1;
        text = null;
    }

    /** Marks this tag block present (after its fields were parsed into it). */
    void markPresent() {
        present = true;
    }

    /** Becomes a copy of {@code o} (absent when {@code o} is absent). */
    void copyFrom(TagBlockView o) {
        present = o.present;
        source = o.source;
        timeMillis = o.timeMillis;
        groupIndex = o.groupIndex;
        groupSize = o.groupSize;
        groupId = o.groupId;
        lineCount = o.lineCount;
        destination = o.destination;
        relativeTime = o.relativeTime;
        text = o.text;
    }

    /** Takes the fields present in the later tag block {@code o}, keeping its own where {@code o} has none. */
    void overlay(TagBlockView o) {
        if (!o.present) {
            return;
        }
        if (!present) {
            copyFrom(o);
            return;
        }
        if (o.source != null) {
            source = o.source;
        }
        if (o.timeMillis != TagBlock.NO_TIME) {
            timeMillis = o.timeMillis;
        }
        if (o.groupId >= 0) {
            groupIndex = o.groupIndex;
            groupSize = o.groupSize;
            groupId = o.groupId;
        }
        if (o.lineCount >= 0) {
            lineCount = o.lineCount;
        }
        if (o.destination != null) {
            destination = o.destination;
        }
        if (o.relativeTime >= 0) {
            relativeTime = o.relativeTime;
        }
        if (o.text != null) {
            text = o.text;
        }
    }
}
