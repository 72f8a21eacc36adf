package org.deconflict.ais;

/**
 * An NMEA 0183 v4 / IEC 61162-450 tag block ({@code \s:station,c:unixtime,g:1-2-42*hh\}). Absent values are null or
 * {@link Long#MIN_VALUE}/-1. Group fields come from {@code g:} (or the IEC 62320-1 short form {@code 1G2:0125}).
 *
 * @param source        {@code s:} source/station identifier (or DMA's {@code si:}), null if absent
 * @param timeMillis    {@code c:} time in Unix milliseconds (seconds are scaled up), {@link Long#MIN_VALUE} if absent
 * @param groupIndex    sentence number within its group, -1 if absent
 * @param groupSize     number of sentences in the group, -1 if absent
 * @param groupId       group identifier, -1 if absent
 * @param lineCount     {@code n:} line count, -1 if absent
 * @param destination   {@code d:} destination, null if absent
 * @param relativeTime  {@code r:} relative time, -1 if absent
 * @param text          {@code t:} free text, null if absent
 */
public record TagBlock(String source, long timeMillis, int groupIndex, int groupSize, int groupId, long lineCount,
                       String destination, long relativeTime, String text) {

    public static final long NO_TIME = Long.MIN_VALUE;

    public boolean hasGroup() {
        return groupId >= 0 && groupSize > 0;
    }

    public boolean hasTime() {
        return timeMillis != NO_TIME;
    }
}
