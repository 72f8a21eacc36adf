package org.deconflict.bench.ais;

import org.deconflict.ais.AisFrame;
import org.deconflict.ais.AisMessage;
import org.deconflict.ais.AisReport;
import org.deconflict.ais.AisStreamDecoder;
import org.deconflict.ais.MessageDecoder;
import org.deconflict.ais.MessageView;
import org.deconflict.ais.RejectReason;

/**
 * Our side: sentence bytes through {@link AisStreamDecoder} (checksum, fields, multi-part assembly, de-armoring),
 * then every field of the message. {@link #records} builds immutable records ({@link AisReport} +
 * {@link AisMessage}); {@link #view} decodes every field of types 1-5, 11, 18, 19, 21, 24 and 27 into a reused
 * {@link MessageView} (text into reused buffers) and builds records only for the other types.
 */
public final class OursAis {

    public long messages;
    public long rejects;
    /** Messages of the types the view does not cover, decoded into records instead. */
    public long recordFallbacks;
    private long sum;
    private final MessageDecoder decoder = new MessageDecoder();
    private final MessageView view = new MessageView();
    private final AisStreamDecoder stream;

    private OursAis(boolean records) {
        this.stream = new AisStreamDecoder(new AisStreamDecoder.Listener() {
            @Override
            public void onFrame(AisFrame frame) {
                if (records) {
                    record(frame);
                    return;
                }
                MessageView v = view;
                if (!v.decode(frame.bits())) {
                    rejects++;
                    return;
                }
                if (!v.hasBody()) {
                    recordFallbacks++;
                    record(frame);
                    return;
                }
                messages++;
                sum += v.mmsi() + v.type() + v.bitLength() + v.latRaw() + v.lonRaw() + v.sogRaw() + v.cogRaw()
                        + v.name().length() + v.callsign().length() + v.destination().length();
            }

            @Override
            public void onReject(RejectReason reason, long lineNumber) {
                rejects++;
            }
        });
    }

    private void record(AisFrame frame) {
        AisReport r = frame.toReport(decoder);
        if (r == null) {
            rejects++;
            return;
        }
        messages++;
        AisMessage m = r.message();
        sum += m.mmsi() + m.type() + m.bitLength();
        if (m instanceof AisMessage.PositionReport p) {
            sum += p.latRaw() + p.lonRaw() + p.sogRaw() + p.cogRaw();
        }
    }

    /** Full decode into records. */
    public static OursAis records() {
        return new OursAis(true);
    }

    /** Full decode into the reused view; records only for the types the view does not cover. */
    public static OursAis view() {
        return new OursAis(false);
    }

    public long decode(byte[] sentence) {
        stream.line(sentence, 0, sentence.length);
        return sum;
    }
}
