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

    /**
     * Shortest length (bits) accepted per type, index = type: through the last field that carries the message's
     * content (position for reports, draught for type 5, ...), bit positions of ITU-R M.1371-5 Annex 8 §3.
     */
    private static final int[] MIN_BITS = {
        0, 116, 116, 116, 134, 302, 88, 70, 56, 116, 70, 134, 72, 70, 40, 88, 92, 80, 112, 301, 70, 219, 145, 154,
        40, 40, 60, 79};

    private RejectReason lastReject;

    /** Why the last {@link #decode} returned null. */
    public RejectReason lastReject() {
        return lastReject;
    }

    /** Decodes the message in {@code r}, or returns null (see {@link #lastReject()}). */
    public AisMessage decode(BitReader r) {
        int n = r.bitLength();
        if (n < 38) {
            lastReject = RejectReason.MESSAGE_TOO_SHORT; // not even type, repeat and MMSI
            return null;
        }
        int type = r.ubits(0, 6);
        if (type < 1 || type > 27) {
            lastReject = RejectReason.UNKNOWN_MESSAGE_TYPE;
            return null;
        }
        if (n < MIN_BITS[type]) {
            lastReject = RejectReason.MESSAGE_TOO_SHORT;
            return null;
        }
        int repeat = r.ubits(6, 2);
        int mmsi = r.ubits(8, 30);
        switch (type) {
            case 1, 2, 3:
                return positionReport(r, type, repeat, mmsi, n);
            case 4, 11:
                return baseStation(r, type, repeat, mmsi, n);
            case 5:
                return staticVoyage(r, type, repeat, mmsi, n);
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
                return classB(r, type, repeat, mmsi, n);
            case 19:
                return extendedClassB(r, type, repeat, mmsi, n);
            case 20:
                return dataLinkManagement(r, type, repeat, mmsi, n);
            case 21:
                return aidToNavigation(r, type, repeat, mmsi, n);
            case 22:
                return channelManagement(r, type, repeat, mmsi, n);
            case 23:
                return groupAssignment(r, type, repeat, mmsi, n);
            case 24:
                return type24(r, repeat, mmsi, n);
            case 25:
                return singleSlotBinary(r, type, repeat, mmsi, n);
            case 26:
                return multiSlotBinary(r, type, repeat, mmsi, n);
            default:
                return longRange(r, type, repeat, mmsi, n);
        }
    }

    private AisMessage positionReport(BitReader r, int type, int repeat, int mmsi, int n) {
        return new PositionReport(type, repeat, mmsi, r.ubits(38, 4), r.sbits(42, 8), r.ubits(50, 10),
                r.bit(60), r.sbits(61, 28), r.sbits(89, 27), r.ubits(116, 12), r.ubits(128, 9),
                r.ubits(137, 6), r.ubits(143, 2), r.bit(148), commState(r, 149, 19), n);
    }

    private AisMessage baseStation(BitReader r, int type, int repeat, int mmsi, int n) {
        return new BaseStationReport(type, repeat, mmsi, r.ubits(38, 14), r.ubits(52, 4), r.ubits(56, 5),
                r.ubits(61, 5), r.ubits(66, 6), r.ubits(72, 6), r.bit(78), r.sbits(79, 28), r.sbits(107, 27),
                r.ubits(134, 4), r.bit(148), r.ubits(149, 19), n);
    }

    private AisMessage staticVoyage(BitReader r, int type, int repeat, int mmsi, int n) {
        return new StaticVoyageData(type, repeat, mmsi, r.ubits(38, 2), r.ubits(40, 30), r.text(70, 7),
                r.text(112, 20), r.ubits(232, 8), dims(r, 240), r.ubits(270, 4), r.ubits(274, 4),
                r.ubits(278, 5), r.ubits(283, 5), r.ubits(288, 6), r.ubits(294, 8), r.text(302, 20),
                r.ubits(422, 1), n);
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

    private AisMessage classB(BitReader r, int type, int repeat, int mmsi, int n) {
        return new ClassBPositionReport(type, repeat, mmsi, r.ubits(38, 8), r.ubits(46, 10), r.bit(56),
                r.sbits(57, 28), r.sbits(85, 27), r.ubits(112, 12), r.ubits(124, 9), r.ubits(133, 6),
                r.ubits(139, 2), r.bit(141), r.bit(142), r.bit(143), r.bit(144), r.bit(145), r.bit(146),
                r.bit(147), r.ubits(148, 20), n);
    }

    private AisMessage extendedClassB(BitReader r, int type, int repeat, int mmsi, int n) {
        return new ExtendedClassBReport(type, repeat, mmsi, r.ubits(38, 8), r.ubits(46, 10), r.bit(56),
                r.sbits(57, 28), r.sbits(85, 27), r.ubits(112, 12), r.ubits(124, 9), r.ubits(133, 6),
                r.ubits(139, 4), r.text(143, 20), r.ubits(263, 8), dims(r, 271), r.ubits(301, 4), r.bit(305),
                r.ubits(306, 1), r.bit(307), n);
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

    private AisMessage aidToNavigation(BitReader r, int type, int repeat, int mmsi, int n) {
        String name = r.text(43, 20);
        if (name.length() == 20 && n > 272) {
            name = name + r.text(272, (n - 272) / 6); // ITU-R M.1371-5 Annex 8 §3.20: name extension
        }
        return new AidToNavigation(type, repeat, mmsi, r.ubits(38, 5), name, r.bit(163), r.sbits(164, 28),
                r.sbits(192, 27), dims(r, 219), r.ubits(249, 4), r.ubits(253, 6), r.bit(259), r.ubits(260, 8),
                r.bit(268), r.bit(269), r.bit(270), n);
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

    private AisMessage longRange(BitReader r, int type, int repeat, int mmsi, int n) {
        return new LongRangeReport(type, repeat, mmsi, r.bit(38), r.bit(39), r.ubits(40, 4), r.sbits(44, 18),
                r.sbits(62, 17), r.ubits(79, 6), r.ubits(85, 9), r.bit(94), n);
    }

    private AisMessage type24(BitReader r, int repeat, int mmsi, int n) {
        int part = r.ubits(38, 2);
        if (part == 0) {
            return new StaticDataReport(24, repeat, mmsi, 0, r.text(40, 20), -1, null, -1, -1, null, null, -1, n);
        }
        if (part != 1) {
            lastReject = RejectReason.BAD_TYPE24_PART;
            return null;
        }
        if (n < 132) {
            lastReject = RejectReason.MESSAGE_TOO_SHORT;
            return null;
        }
        boolean auxiliary = mmsi / 10_000_000 == 98; // ITU-R M.585: 98MIDXXXX craft associated with a parent ship
        return new StaticDataReport(24, repeat, mmsi, 1, null, r.ubits(40, 8), r.text(48, 3), r.ubits(66, 4),
                r.ubits(70, 20), r.text(90, 7), auxiliary ? null : dims(r, 132), auxiliary ? r.ubits(132, 30) : -1, n);
    }

    /** A communication state cut short keeps the bits that are there, right-aligned (as gpsd reads it). */
    private static int commState(BitReader r, int at, int width) {
        int present = Math.max(0, Math.min(width, r.bitLength() - at));
        return r.ubits(at, present);
    }

    private static Dimensions dims(BitReader r, int at) {
        return new Dimensions(r.ubits(at, 9), r.ubits(at + 9, 9), r.ubits(at + 18, 6), r.ubits(at + 24, 6));
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
