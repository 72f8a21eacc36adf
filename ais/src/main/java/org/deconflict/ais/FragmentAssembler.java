package org.deconflict.ais;

/**
 * Joins the sentences of multi-part AIS messages (IEC 61162-1 VDM fields 1-3). A message is keyed by
 * (source, channel, sequence id, fragment count), or by (source, tag-block group id) when the sentences carry
 * {@code g:} groups. Parts split across channels A and B and interleaved messages are tolerated; duplicated and
 * missing parts are dropped with a counted reason. Buffers are bounded and pending messages time out by event time
 * (or, when the input carries no time, after a number of sentences).
 */
final class FragmentAssembler {

    /** Max sentences per message: the count field is one digit (IEC 61162-1 VDM field 1). */
    static final int MAX_FRAGMENTS = 9;
    private static final int MAX_PAYLOAD_CHARS = 82 * MAX_FRAGMENTS; // IEC 61162-1: 82 characters per sentence
    /** Pending messages are swept for timeouts every 16 sentences; a matching part is always checked first. */
    private static final int SWEEP_MASK = 15;

    interface DropSink {
        void drop(RejectReason reason, long lineNumber);
    }

    static final class Slot {
        boolean active;
        String source;
        char channel;
        int seqId;
        int count;
        int groupId;
        int next;
        long timeMillis;
        long firstSentence;
        long lastSentence;
        final byte[] payload = new byte[MAX_PAYLOAD_CHARS];
        int payloadLength;
        int fill;
        // metadata of the first part
        char talker0;
        char talker1;
        boolean ownShip;
        final TagBlockView tag = new TagBlockView();
        String metaSource;
        long metaTime;
    }

    private final Slot[] slots;
    private final long timeoutMillis;
    private final long maxSentenceGap;
    private final DropSink sink;
    private int active;
    private Slot touched;

    FragmentAssembler(int capacity, long timeoutMillis, long maxSentenceGap, DropSink sink) {
        this.slots = new Slot[capacity];
        for (int i = 0; i < capacity; i++) {
            slots[i] = new Slot();
        }
        this.timeoutMillis = timeoutMillis;
        this.maxSentenceGap = maxSentenceGap;
        this.sink = sink;
    }

    /**
     * Offers one fragment. Returns the completed slot (valid until the next call), or null when the message is not
     * complete yet or the fragment was dropped. {@code nowMillis} may be {@link TagBlock#NO_TIME}.
     */
    Slot offer(String source, char channel, int seqId, int count, int num, int groupId, byte[] b, int payOff,
               int payLen, int fill, long nowMillis, long sentenceIndex, long lineNumber) {
        touched = null;
        if (active > 0 && (sentenceIndex & SWEEP_MASK) == 0) {
            expire(nowMillis, sentenceIndex);
        }
        Slot s = find(source, channel, seqId, count, groupId, num);
        if (s != null && expired(s, nowMillis, sentenceIndex)) {
            release(s, RejectReason.INCOMPLETE_MESSAGE, -1);
            s = null;
        }
        if (num == 1) {
            if (s != null) {
                if (s.next == 2 && samePayload(s, b, payOff, payLen)) {
                    sink.drop(RejectReason.DUPLICATE_FRAGMENT, lineNumber);
                    return null;
                }
                release(s, RejectReason.INCOMPLETE_MESSAGE, lineNumber);
            }
            s = allocate(lineNumber);
            s.active = true;
            active++;
            s.source = source;
            s.channel = channel;
            s.seqId = seqId;
            s.count = count;
            s.groupId = groupId;
            s.next = 1;
            s.timeMillis = nowMillis;
            s.firstSentence = sentenceIndex;
            s.payloadLength = 0;
            s.tag.clear();
        } else if (s == null) {
            sink.drop(RejectReason.ORPHAN_FRAGMENT, lineNumber);
            return null;
        } else if (num < s.next) {
            sink.drop(RejectReason.DUPLICATE_FRAGMENT, lineNumber);
            return null;
        } else if (num > s.next) {
            release(s, RejectReason.INCOMPLETE_MESSAGE, lineNumber);
            sink.drop(RejectReason.ORPHAN_FRAGMENT, lineNumber);
            return null;
        }
        if (s.payloadLength + payLen > s.payload.length) {
            release(s, RejectReason.MALFORMED_SENTENCE, lineNumber);
            return null;
        }
        touched = s;
        System.arraycopy(b, payOff, s.payload, s.payloadLength, payLen);
        s.payloadLength += payLen;
        s.fill = fill;
        s.lastSentence = sentenceIndex;
        s.next = num + 1;
        if (num == count) {
            s.active = false;
            active--;
            return s;
        }
        return null;
    }

    /** The slot the last {@link #offer} wrote into (null if it dropped the fragment). */
    Slot touched() {
        return touched;
    }

    /** Drops every pending message (end of input). */
    void flush(long lineNumber) {
        for (Slot s : slots) {
            if (s.active) {
                release(s, RejectReason.INCOMPLETE_MESSAGE, lineNumber);
            }
        }
    }

    int pending() {
        return active;
    }

    private Slot find(String source, char channel, int seqId, int count, int groupId, int num) {
        if (active == 0) {
            return null;
        }
        for (Slot s : slots) {
            if (s.active && s.count == count && sameSource(s.source, source)) {
                if (groupId >= 0 ? s.groupId == groupId : (s.groupId < 0 && s.seqId == seqId && s.channel == channel)) {
                    return s;
                }
            }
        }
        if (num == 1) {
            return null;
        }
        // Relaxed: the part that continues a message heard on the other channel, or without its tag-block group.
        for (Slot s : slots) {
            if (s.active && s.count == count && s.next == num && s.seqId == seqId && sameSource(s.source, source)) {
                return s;
            }
        }
        return null;
    }

    /** Sources agree when equal or when one is unknown (USCG feeds name the receiver on the last part only). */
    private static boolean sameSource(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    private boolean samePayload(Slot s, byte[] b, int off, int len) {
        if (s.payloadLength != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.payload[i] != b[off + i]) {
                return false;
            }
        }
        return true;
    }

    private Slot allocate(long lineNumber) {
        Slot oldest = null;
        for (Slot s : slots) {
            if (!s.active) {
                return s;
            }
            if (oldest == null || s.firstSentence < oldest.firstSentence) {
                oldest = s;
            }
        }
        release(oldest, RejectReason.ASSEMBLY_OVERFLOW, lineNumber);
        return oldest;
    }

    /** Drops every pending message past its time or sentence limit (swept every few sentences, and on match). */
    private void expire(long nowMillis, long sentenceIndex) {
        for (Slot s : slots) {
            if (s.active && expired(s, nowMillis, sentenceIndex)) {
                release(s, RejectReason.INCOMPLETE_MESSAGE, -1);
            }
        }
    }

    private boolean expired(Slot s, long nowMillis, long sentenceIndex) {
        boolean timedOut = nowMillis != TagBlock.NO_TIME && s.timeMillis != TagBlock.NO_TIME
                && nowMillis - s.timeMillis > timeoutMillis;
        return timedOut || sentenceIndex - s.lastSentence > maxSentenceGap;
    }

    private void release(Slot s, RejectReason reason, long lineNumber) {
        if (s.active) {
            s.active = false;
            active--;
            sink.drop(reason, lineNumber);
        }
    }
}
