package org.deconflict.bench.ais;

import org.deconflict.ais.AisFrame;
import org.deconflict.ais.AisMessage;
import org.deconflict.ais.AisReport;
import org.deconflict.ais.AisStreamDecoder;
import org.deconflict.ais.BitReader;
import org.deconflict.ais.MessageDecoder;
import org.deconflict.ais.MessageView;
import org.deconflict.ais.RejectReason;

/**
 * Our side: sentence bytes through {@link AisStreamDecoder} (checksum, fields, multi-part assembly, de-armoring),
 * then every field of the message. {@link #records} builds immutable records ({@link AisReport} +
 * {@link AisMessage}); {@link #view} decodes every field of all 27 types into a reused {@link MessageView} (text
 * into reused buffers) and folds each of them, every text character and every binary data bit into a sum.
 */
public final class OursAis {

    public long messages;
    public long rejects;
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
                BitReader r = frame.bits();
                if (!view.decode(r)) {
                    rejects++;
                    return;
                }
                messages++;
                sum += consume(view, r);
            }

            @Override
            public void onReject(RejectReason reason, long lineNumber) {
                rejects++;
            }
        });
    }

    /** Every field the view decoded for the message's type, folded into one number so none can be skipped. */
    private static long consume(MessageView v, BitReader r) {
        long s = v.type() + v.repeat() + v.mmsi() + v.bitLength();
        switch (v.type()) {
            case 1, 2, 3 -> s += v.status() + v.rotRaw() + v.sogRaw() + flag(v.accuracy()) + v.lonRaw() + v.latRaw()
                    + v.cogRaw() + v.heading() + v.second() + v.maneuver() + flag(v.raim()) + v.radio();
            case 4, 11 -> s += v.year() + v.month() + v.day() + v.hour() + v.minute() + v.second()
                    + flag(v.accuracy()) + v.lonRaw() + v.latRaw() + v.epfd() + flag(v.raim()) + v.radio();
            case 5 -> s += v.aisVersion() + v.imo() + text(v.callsign()) + text(v.name()) + v.shipType()
                    + dimensions(v) + v.epfd() + v.month() + v.day() + v.hour() + v.minute() + v.draughtDm()
                    + text(v.destination()) + v.dte();
            case 6 -> s += v.seqno() + v.destMmsi() + flag(v.retransmit()) + v.dac() + v.fid() + data(v, r);
            case 7, 13 -> {
                for (int i = 0; i < 4; i++) {
                    s += v.stationMmsi(i) + v.stationSeq(i);
                }
            }
            case 8 -> s += v.dac() + v.fid() + data(v, r);
            case 9 -> s += v.altitudeM() + v.sogRaw() + flag(v.accuracy()) + v.lonRaw() + v.latRaw() + v.cogRaw()
                    + v.second() + v.regional() + v.dte() + flag(v.assigned()) + flag(v.raim()) + v.radio();
            case 10 -> s += v.destMmsi();
            case 12 -> s += v.seqno() + v.destMmsi() + flag(v.retransmit()) + text(v.text());
            case 14 -> s += text(v.text());
            case 15 -> s += v.stationMmsi(0) + v.requestedType(0) + v.requestedOffset(0) + v.requestedType(1)
                    + v.requestedOffset(1) + v.stationMmsi(1) + v.requestedType(2) + v.requestedOffset(2);
            case 16 -> s += v.stationMmsi(0) + v.assignedOffset(0) + v.assignedIncrement(0) + v.stationMmsi(1)
                    + v.assignedOffset(1) + v.assignedIncrement(1);
            case 17 -> s += v.lonRaw() + v.latRaw() + data(v, r);
            case 18 -> s += v.reserved() + v.sogRaw() + flag(v.accuracy()) + v.lonRaw() + v.latRaw() + v.cogRaw()
                    + v.heading() + v.second() + v.regional() + flag(v.cs()) + flag(v.display()) + flag(v.dsc())
                    + flag(v.band()) + flag(v.msg22()) + flag(v.assigned()) + flag(v.raim()) + v.radio();
            case 19 -> s += v.reserved() + v.sogRaw() + flag(v.accuracy()) + v.lonRaw() + v.latRaw() + v.cogRaw()
                    + v.heading() + v.second() + v.regional() + text(v.name()) + v.shipType() + dimensions(v)
                    + v.epfd() + flag(v.raim()) + v.dte() + flag(v.assigned());
            case 20 -> {
                for (int i = 0; i < 4; i++) {
                    s += v.reservationOffset(i) + v.reservationSlots(i) + v.reservationTimeout(i)
                            + v.reservationIncrement(i);
                }
            }
            case 21 -> s += v.aidType() + text(v.name()) + flag(v.accuracy()) + v.lonRaw() + v.latRaw()
                    + dimensions(v) + v.epfd() + v.second() + flag(v.offPosition()) + v.regional() + flag(v.raim())
                    + flag(v.virtualAid()) + flag(v.assigned());
            case 22 -> s += v.channelA() + v.channelB() + v.txrx() + flag(v.power()) + v.neLonRaw() + v.neLatRaw()
                    + v.swLonRaw() + v.swLatRaw() + v.stationMmsi(0) + v.stationMmsi(1) + flag(v.addressed())
                    + flag(v.bandA()) + flag(v.bandB()) + v.zoneSize();
            case 23 -> s += v.neLonRaw() + v.neLatRaw() + v.swLonRaw() + v.swLatRaw() + v.stationType()
                    + v.shipType() + v.txrx() + v.interval() + v.quiet();
            case 24 -> s += v.partNumber() == 0 ? text(v.name())
                    : v.shipType() + text(v.vendorId()) + v.model() + v.serial() + text(v.callsign())
                            + (v.auxiliaryCraft() ? v.mothershipMmsi() : dimensions(v));
            case 25, 26 -> s += flag(v.addressed()) + flag(v.structured()) + v.destMmsi() + v.appId() + data(v, r)
                    + v.radio();
            default -> s += flag(v.accuracy()) + flag(v.raim()) + v.status() + v.lonRaw() + v.latRaw() + v.sogRaw()
                    + v.cogRaw() + flag(v.gnss());
        }
        return s;
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }

    private static long dimensions(MessageView v) {
        return v.toBowM() + v.toSternM() + v.toPortM() + v.toStarboardM();
    }

    /**
     * Every character of the text, weighted by position: the terms are independent, so the sum is not one serial
     * chain of multiplications through the whole text.
     */
    private static long text(MessageView.Text t) {
        int n = t.length();
        long s = n;
        for (int i = 0; i < n; i++) {
            s += (long) t.charAt(i) * (i + 1);
        }
        return s;
    }

    /** Every bit of the binary data, 32 at a time (AisLib copies them into its BinArray). */
    private static long data(MessageView v, BitReader r) {
        long s = 0;
        int end = v.dataStart() + v.dataBits();
        for (int at = v.dataStart(); at < end; at += 32) {
            s = 31 * s + r.ubits(at, Math.min(32, end - at));
        }
        return s;
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

    /** Full decode into the reused view, every field of every type consumed. */
    public static OursAis view() {
        return new OursAis(false);
    }

    public long decode(byte[] sentence) {
        stream.line(sentence, 0, sentence.length);
        return sum;
    }

    /** Every sentence in order, one line each: the loop the timed passes run. */
    public long decodeAll(byte[][] sentences) {
        for (byte[] sentence : sentences) {
            stream.line(sentence, 0, sentence.length);
        }
        return sum;
    }
}
