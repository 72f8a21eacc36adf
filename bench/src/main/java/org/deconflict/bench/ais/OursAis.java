package org.deconflict.bench.ais;

import org.deconflict.ais.AisFrame;
import org.deconflict.ais.AisMessage;
import org.deconflict.ais.AisReport;
import org.deconflict.ais.AisStreamDecoder;
import org.deconflict.ais.BitReader;
import org.deconflict.ais.MessageDecoder;

/**
 * Our side: sentence bytes through {@link AisStreamDecoder} (checksum, fields, multi-part assembly, de-armoring).
 * {@link #records} decodes every field into immutable records ({@link AisReport} + {@link AisMessage}); the
 * zero-allocation variant reads the position-report fields straight from the {@link BitReader}.
 */
public final class OursAis {

    public long messages;
    public long rejects;
    private long sum;
    private final MessageDecoder decoder = new MessageDecoder();
    private final AisStreamDecoder stream;

    private OursAis(boolean records) {
        this.stream = new AisStreamDecoder(new AisStreamDecoder.Listener() {
            @Override
            public void onFrame(AisFrame frame) {
                if (records) {
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
                } else {
                    BitReader b = frame.bits();
                    int type = b.ubits(0, 6);
                    messages++;
                    sum += type + b.ubits(8, 30);
                    if (type >= 1 && type <= 3) {
                        sum += b.ubits(38, 4) + b.sbits(42, 8) + b.ubits(50, 10) + b.ubits(60, 1) + b.sbits(61, 28)
                                + b.sbits(89, 27) + b.ubits(116, 12) + b.ubits(128, 9) + b.ubits(137, 6)
                                + b.ubits(143, 2) + b.ubits(148, 1) + b.ubits(149, 19);
                    }
                }
            }

            @Override
            public void onReject(org.deconflict.ais.RejectReason reason, long lineNumber) {
                rejects++;
            }
        });
    }

    /** Full decode into records. */
    public static OursAis records() {
        return new OursAis(true);
    }

    /** Framing and assembly, then position fields from the bit reader: no allocation per sentence. */
    public static OursAis zeroAllocation() {
        return new OursAis(false);
    }

    public long decode(byte[] sentence) {
        stream.line(sentence, 0, sentence.length);
        return sum;
    }
}
