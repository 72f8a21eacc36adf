package org.deconflict.sim.emit;

import java.util.Arrays;

import org.deconflict.sim.EmissionSink;
import org.deconflict.sim.Protocol;

/**
 * Holds receptions until no earlier one can still arrive, then hands them on in true-time order (ties by insertion
 * order). Needed because propagation delay and multi-frame bursts make receptions of consecutive transmissions
 * overlap. Slots and their byte buffers are pooled: no allocation per frame once warmed up.
 */
public final class ReceptionBuffer {

    /** Longest frame: an AIS sentence (≤ 82 chars, IEC 61162-1) plus its tag block. */
    private static final int SLOT_BYTES = 192;

    private long[] trueTime = new long[256];
    private long[] seq = new long[256];
    private long[] clockTime = new long[256];
    private int[] receiver = new int[256];
    private int[] len = new int[256];
    private int[] signal = new int[256];
    private Protocol[] protocol = new Protocol[256];
    private byte[][] data = new byte[256][];
    private int[] heap = new int[256];
    private int size;
    private int[] free = new int[256];
    private int freeCount;
    private int slots;
    private long nextSeq;

    /** Queues one reception. */
    public void add(long trueTimeNanos, int receiverId, long clockTimeNanos, Protocol p, byte[] buf, int off, int n, int signalLevel) {
        int s = allocate();
        trueTime[s] = trueTimeNanos;
        seq[s] = nextSeq++;
        clockTime[s] = clockTimeNanos;
        receiver[s] = receiverId;
        protocol[s] = p;
        len[s] = n;
        signal[s] = signalLevel;
        System.arraycopy(buf, off, data[s], 0, n);
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(s, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = s;
    }

    /** Delivers every reception with true time ≤ {@code upToNanos}. */
    public void release(long upToNanos, EmissionSink sink) {
        while (size > 0 && trueTime[heap[0]] <= upToNanos) {
            int s = heap[0];
            removeHead();
            sink.accept(receiver[s], clockTime[s], protocol[s], data[s], 0, len[s], signal[s]);
            free[freeCount++] = s;
        }
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slots == trueTime.length) {
            int n = slots * 2;
            trueTime = Arrays.copyOf(trueTime, n);
            seq = Arrays.copyOf(seq, n);
            clockTime = Arrays.copyOf(clockTime, n);
            receiver = Arrays.copyOf(receiver, n);
            len = Arrays.copyOf(len, n);
            signal = Arrays.copyOf(signal, n);
            protocol = Arrays.copyOf(protocol, n);
            data = Arrays.copyOf(data, n);
            heap = Arrays.copyOf(heap, n);
            free = Arrays.copyOf(free, n);
        }
        data[slots] = new byte[SLOT_BYTES];
        return slots++;
    }

    private void removeHead() {
        int last = heap[--size];
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            if (c + 1 < size && less(heap[c + 1], heap[c])) {
                c++;
            }
            if (!less(heap[c], last)) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        heap[i] = last;
    }

    private boolean less(int a, int b) {
        return trueTime[a] < trueTime[b] || (trueTime[a] == trueTime[b] && seq[a] < seq[b]);
    }
}
