package org.deconflict.ais;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.ais.AisMessage.Acknowledge;
import org.deconflict.ais.AisMessage.AddressedBinary;
import org.deconflict.ais.AisMessage.AidToNavigation;
import org.deconflict.ais.AisMessage.AssignedModeCommand;
import org.deconflict.ais.AisMessage.BaseStationReport;
import org.deconflict.ais.AisMessage.BroadcastBinary;
import org.deconflict.ais.AisMessage.ChannelManagement;
import org.deconflict.ais.AisMessage.ClassBPositionReport;
import org.deconflict.ais.AisMessage.DataLinkManagement;
import org.deconflict.ais.AisMessage.DgnssBroadcast;
import org.deconflict.ais.AisMessage.Dimensions;
import org.deconflict.ais.AisMessage.ExtendedClassBReport;
import org.deconflict.ais.AisMessage.GroupAssignment;
import org.deconflict.ais.AisMessage.Interrogation;
import org.deconflict.ais.AisMessage.LongRangeReport;
import org.deconflict.ais.AisMessage.MultiSlotBinary;
import org.deconflict.ais.AisMessage.PositionReport;
import org.deconflict.ais.AisMessage.SafetyAddressed;
import org.deconflict.ais.AisMessage.SafetyBroadcast;
import org.deconflict.ais.AisMessage.SarAircraftReport;
import org.deconflict.ais.AisMessage.SingleSlotBinary;
import org.deconflict.ais.AisMessage.SlotReservation;
import org.deconflict.ais.AisMessage.StaticDataReport;
import org.deconflict.ais.AisMessage.StaticVoyageData;
import org.deconflict.ais.AisMessage.UtcInquiry;

/**
 * Decodes AIS payload bits into {@link AisMessage} records, bit positions per ITU-R M.1371-5 Annex 8 §3.
 * Never throws on bad input: returns null and leaves the reason in {@link #lastReject()}. A message shorter than its
 * nominal length is decoded as far as it goes (missing bits read as zero, {@link AisMessage#truncated()} is true);
 * only one too short for its fixed header fields is rejected. One instance per thread.
 */
public final class MessageDecoder {

    private RejectReason lastReject;

    /** Why the last {@link #decode} returned null. */
    public RejectReason lastReject() {
        return lastReject;
    }

    private final MessageView view = new MessageView();

    /** Decodes the message in {@code r}, or returns null (see {@link #lastReject()}). */
    public AisMessage decode(BitReader r) {
        MessageView v = view;
        if (!v.decode(r)) {
            lastReject = v.lastReject();
            return null;
        }
        int type = v.type();
        int repeat = v.repeat();
        int mmsi = v.mmsi();
        int n = v.bitLength();
        switch (type) {
            case 1, 2, 3:
                return positionReport(v);
            case 4, 11:
                return baseStation(v);
            case 5:
                return staticVoyage(v);
            case 6:
                return addressedBinary(r, type, repeat, mmsi, n);
            case 7, 13:
                return acknowledge(r, type, repeat, mmsi, n);
            case 8:
                return broadcastBinary(r, type, repeat, mmsi, n);
            case 9:
                return sarAircraft(r, type, repeat, mmsi, n);
            case 10:
                return utcInquiry(r, type, repeat, mmsi, n);
            case 12:
                return safetyAddressed(r, type, repeat, mmsi, n);
            case 14:
                return safetyBroadcast(r, type, repeat, mmsi, n);
            case 15:
                return interrogation(r, type, repeat, mmsi, n);
            case 16:
                return assignedMode(r, type, repeat, mmsi, n);
            case 17:
                return dgnss(r, type, repeat, mmsi, n);
            case 18:
                return classB(v);
            case 19:
                return extendedClassB(v);
            case 20:
                return dataLinkManagement(r, type, repeat, mmsi, n);
            case 21:
                return aidToNavigation(v);
            case 22:
                return channelManagement(r, type, repeat, mmsi, n);
            case 23:
                return groupAssignment(r, type, repeat, mmsi, n);
            case 24:
                return type24(v);
            case 25:
                return singleSlotBinary(r, type, repeat, mmsi, n);
            case 26:
                return multiSlotBinary(r, type, repeat, mmsi, n);
            default:
                return longRange(v);
        }
    }

    private static AisMessage positionReport(MessageView v) {
        return new PositionReport(v.type(), v.repeat(), v.mmsi(), v.status(), v.rotRaw(), v.sogRaw(), v.accuracy(),
                v.lonRaw(), v.latRaw(), v.cogRaw(), v.heading(), v.second(), v.maneuver(), v.raim(), v.radio(),
                v.bitLength());
    }

    private static AisMessage baseStation(MessageView v) {
        return new BaseStationReport(v.type(), v.repeat(), v.mmsi(), v.year(), v.month(), v.day(), v.hour(),
                v.minute(), v.second(), v.accuracy(), v.lonRaw(), v.latRaw(), v.epfd(), v.raim(), v.radio(),
                v.bitLength());
    }

    private static AisMessage staticVoyage(MessageView v) {
        return new StaticVoyageData(v.type(), v.repeat(), v.mmsi(), v.aisVersion(), v.imo(), v.callsign().toString(),
                v.name().toString(), v.shipType(), dims(v), v.epfd(), v.month(), v.day(), v.hour(), v.minute(),
                v.draughtDm(), v.destination().toString(), v.dte(), v.bitLength());
    }

    private AisMessage addressedBinary(BitReader r, int type, int repeat, int mmsi, int n) {
        int dac = r.ubits(72, 10);
        int fid = r.ubits(82, 6);
        return new AddressedBinary(type, repeat, mmsi, r.ubits(38, 2), r.ubits(40, 30), r.bit(70), dac, fid,
                ApplicationDecoder.addressed(r, dac, fid), n);
    }

    private AisMessage acknowledge(BitReader r, int type, int repeat, int mmsi, int n) {
        return new Acknowledge(type, repeat, mmsi, ackMmsi(r, 0), ackSeq(r, 0), ackMmsi(r, 1), ackSeq(r, 1),
                ackMmsi(r, 2), ackSeq(r, 2), ackMmsi(r, 3), ackSeq(r, 3), n);
    }

    private AisMessage broadcastBinary(BitReader r, int type, int repeat, int mmsi, int n) {
        int dac = r.ubits(40, 10);
        int fid = r.ubits(50, 6);
        return new BroadcastBinary(type, repeat, mmsi, dac, fid, ApplicationDecoder.broadcast(r, dac, fid), n);
    }

    private AisMessage sarAircraft(BitReader r, int type, int repeat, int mmsi, int n) {
        return new SarAircraftReport(type, repeat, mmsi, r.ubits(38, 12), r.ubits(50, 10), r.bit(60),
                r.sbits(61, 28), r.sbits(89, 27), r.ubits(116, 12), r.ubits(128, 6), r.ubits(134, 8),
                r.ubits(142, 1), r.bit(146), r.bit(147), r.ubits(148, 20), n);
    }

    private AisMessage utcInquiry(BitReader r, int type, int repeat, int mmsi, int n) {
        return new UtcInquiry(type, repeat, mmsi, r.ubits(40, 30), n);
    }

    private AisMessage safetyAddressed(BitReader r, int type, int repeat, int mmsi, int n) {
        return new SafetyAddressed(type, repeat, mmsi, r.ubits(38, 2), r.ubits(40, 30), r.bit(70),
                r.text(72, (n - 72) / 6), n);
    }

    private AisMessage safetyBroadcast(BitReader r, int type, int repeat, int mmsi, int n) {
        return new SafetyBroadcast(type, repeat, mmsi, r.text(40, (n - 40) / 6), n);
    }

    private AisMessage interrogation(BitReader r, int type, int repeat, int mmsi, int n) {
        boolean second = n > 90;
        boolean third = n > 110;
        return new Interrogation(type, repeat, mmsi, r.ubits(40, 30), r.ubits(70, 6), r.ubits(76, 12),
                second ? r.ubits(90, 6) : 0, second ? r.ubits(96, 12) : 0, third ? r.ubits(110, 30) : 0,
                third ? r.ubits(140, 6) : 0, third ? r.ubits(146, 12) : 0, n);
    }

    private AisMessage assignedMode(BitReader r, int type, int repeat, int mmsi, int n) {
        boolean two = n >= 144;
        return new AssignedModeCommand(type, repeat, mmsi, r.ubits(40, 30), r.ubits(70, 12), r.ubits(82, 10),
                two ? r.ubits(92, 30) : 0, two ? r.ubits(122, 12) : 0, two ? r.ubits(134, 10) : 0, n);
    }

    private AisMessage dgnss(BitReader r, int type, int repeat, int mmsi, int n) {
        return new DgnssBroadcast(type, repeat, mmsi, r.sbits(40, 18), r.sbits(58, 17), raw(r, 80, n), n);
    }

    private static AisMessage classB(MessageView v) {
        return new ClassBPositionReport(v.type(), v.repeat(), v.mmsi(), v.reserved(), v.sogRaw(), v.accuracy(),
                v.lonRaw(), v.latRaw(), v.cogRaw(), v.heading(), v.second(), v.regional(), v.cs(), v.display(),
                v.dsc(), v.band(), v.msg22(), v.assigned(), v.raim(), v.radio(), v.bitLength());
    }

    private static AisMessage extendedClassB(MessageView v) {
        return new ExtendedClassBReport(v.type(), v.repeat(), v.mmsi(), v.reserved(), v.sogRaw(), v.accuracy(),
                v.lonRaw(), v.latRaw(), v.cogRaw(), v.heading(), v.second(), v.regional(), v.name().toString(),
                v.shipType(), dims(v), v.epfd(), v.raim(), v.dte(), v.assigned(), v.bitLength());
    }

    private AisMessage dataLinkManagement(BitReader r, int type, int repeat, int mmsi, int n) {
        List<SlotReservation> list = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            int b = 40 + 30 * i;
            list.add(b + 30 <= n
                    ? new SlotReservation(r.ubits(b, 12), r.ubits(b + 12, 4), r.ubits(b + 16, 3),
                            r.ubits(b + 19, 11))
                    : new SlotReservation(0, 0, 0, 0));
        }
        return new DataLinkManagement(type, repeat, mmsi, List.copyOf(list), n);
    }

    private static AisMessage aidToNavigation(MessageView v) {
        return new AidToNavigation(v.type(), v.repeat(), v.mmsi(), v.aidType(), v.name().toString(), v.accuracy(),
                v.lonRaw(), v.latRaw(), dims(v), v.epfd(), v.second(), v.offPosition(), v.regional(), v.raim(),
                v.virtualAid(), v.assigned(), v.bitLength());
    }

    private AisMessage channelManagement(BitReader r, int type, int repeat, int mmsi, int n) {
        boolean addressed = r.bit(139);
        return new ChannelManagement(type, repeat, mmsi, r.ubits(40, 12), r.ubits(52, 12), r.ubits(64, 4),
                r.bit(68), addressed ? 0 : r.sbits(69, 18), addressed ? 0 : r.sbits(87, 17),
                addressed ? 0 : r.sbits(104, 18), addressed ? 0 : r.sbits(122, 17),
                addressed ? r.ubits(69, 30) : 0, addressed ? r.ubits(104, 30) : 0, addressed, r.bit(140),
                r.bit(141), r.ubits(142, 3), n);
    }

    private AisMessage groupAssignment(BitReader r, int type, int repeat, int mmsi, int n) {
        return new GroupAssignment(type, repeat, mmsi, r.sbits(40, 18), r.sbits(58, 17), r.sbits(75, 18),
                r.sbits(93, 17), r.ubits(110, 4), r.ubits(114, 8), r.ubits(144, 2), r.ubits(146, 4),
                r.ubits(150, 4), n);
    }

    private AisMessage singleSlotBinary(BitReader r, int type, int repeat, int mmsi, int n) {
        boolean addressed = r.bit(38);
        boolean structured = r.bit(39);
        int start = 40 + (addressed ? 30 : 0) + (structured ? 16 : 0);
        if (n < start) {
            lastReject = RejectReason.MESSAGE_TOO_SHORT;
            return null;
        }
        return new SingleSlotBinary(type, repeat, mmsi, addressed, structured, addressed ? r.ubits(40, 30) : 0,
                structured ? r.ubits(addressed ? 70 : 40, 16) : 0, raw(r, start, n), n);
    }

    private AisMessage multiSlotBinary(BitReader r, int type, int repeat, int mmsi, int n) {
        boolean addressed = r.bit(38);
        boolean structured = r.bit(39);
        int start = 40 + (addressed ? 30 : 0) + (structured ? 16 : 0);
        if (n < start + 20) {
            lastReject = RejectReason.MESSAGE_TOO_SHORT;
            return null;
        }
        return new MultiSlotBinary(type, repeat, mmsi, addressed, structured, addressed ? r.ubits(40, 30) : 0,
                structured ? r.ubits(addressed ? 70 : 40, 16) : 0, raw(r, start, n - 20),
                r.ubits(n - 20, 20), n);
    }

    private static AisMessage longRange(MessageView v) {
        return new LongRangeReport(v.type(), v.repeat(), v.mmsi(), v.accuracy(), v.raim(), v.status(), v.lonRaw(),
                v.latRaw(), v.sogRaw(), v.cogRaw(), v.gnss(), v.bitLength());
    }

    private static AisMessage type24(MessageView v) {
        if (v.partNumber() == 0) {
            return new StaticDataReport(24, v.repeat(), v.mmsi(), 0, v.name().toString(), -1, null, -1, -1, null, null,
                    -1, v.bitLength());
        }
        return new StaticDataReport(24, v.repeat(), v.mmsi(), 1, null, v.shipType(), v.vendorId().toString(),
                v.model(), v.serial(), v.callsign().toString(), v.auxiliaryCraft() ? null : dims(v),
                v.mothershipMmsi(), v.bitLength());
    }

    private static Dimensions dims(MessageView v) {
        return new Dimensions(v.toBowM(), v.toSternM(), v.toPortM(), v.toStarboardM());
    }

    private static int ackMmsi(BitReader r, int i) {
        return r.bitLength() > 40 + 32 * i ? r.ubits(40 + 32 * i, 30) : 0;
    }

    private static int ackSeq(BitReader r, int i) {
        return r.bitLength() > 40 + 32 * i ? r.ubits(70 + 32 * i, 2) : 0;
    }

    /**
     * The bits {@code [start, end)} as {@link RawData}; the pad bits of the last byte are the message bits that follow
     * {@code end} (zero past the end of the message), which is how gpsd prints binary data.
     */
    static RawData raw(BitReader r, int start, int end) {
        int count = Math.max(0, end - start);
        byte[] out = new byte[(count + 7) / 8];
        int n = r.bitLength();
        for (int i = 0; i < out.length; i++) {
            int at = start + 8 * i;
            int w = Math.max(0, Math.min(8, n - at));
            out[i] = (byte) (r.ubits(at, w) << (8 - w));
        }
        return new RawData(count, out);
    }
}
