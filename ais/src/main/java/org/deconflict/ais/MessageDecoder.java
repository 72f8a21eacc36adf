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
        switch (v.type()) {
            case 1, 2, 3:
                return positionReport(v);
            case 4, 11:
                return baseStation(v);
            case 5:
                return staticVoyage(v);
            case 6:
                return new AddressedBinary(6, v.repeat(), v.mmsi(), v.seqno(), v.destMmsi(), v.retransmit(), v.dac(),
                        v.fid(), ApplicationDecoder.addressed(r, v.dac(), v.fid()), v.bitLength());
            case 7, 13:
                return new Acknowledge(v.type(), v.repeat(), v.mmsi(), v.stationMmsi(0), v.stationSeq(0),
                        v.stationMmsi(1), v.stationSeq(1), v.stationMmsi(2), v.stationSeq(2), v.stationMmsi(3),
                        v.stationSeq(3), v.bitLength());
            case 8:
                return new BroadcastBinary(8, v.repeat(), v.mmsi(), v.dac(), v.fid(),
                        ApplicationDecoder.broadcast(r, v.dac(), v.fid()), v.bitLength());
            case 9:
                return new SarAircraftReport(9, v.repeat(), v.mmsi(), v.altitudeM(), v.sogRaw(), v.accuracy(),
                        v.lonRaw(), v.latRaw(), v.cogRaw(), v.second(), v.regional(), v.dte(), v.assigned(), v.raim(),
                        v.radio(), v.bitLength());
            case 10:
                return new UtcInquiry(10, v.repeat(), v.mmsi(), v.destMmsi(), v.bitLength());
            case 12:
                return new SafetyAddressed(12, v.repeat(), v.mmsi(), v.seqno(), v.destMmsi(), v.retransmit(),
                        v.text().toString(), v.bitLength());
            case 14:
                return new SafetyBroadcast(14, v.repeat(), v.mmsi(), v.text().toString(), v.bitLength());
            case 15:
                return new Interrogation(15, v.repeat(), v.mmsi(), v.stationMmsi(0), v.requestedType(0),
                        v.requestedOffset(0), v.requestedType(1), v.requestedOffset(1), v.stationMmsi(1),
                        v.requestedType(2), v.requestedOffset(2), v.bitLength());
            case 16:
                return new AssignedModeCommand(16, v.repeat(), v.mmsi(), v.stationMmsi(0), v.assignedOffset(0),
                        v.assignedIncrement(0), v.stationMmsi(1), v.assignedOffset(1), v.assignedIncrement(1),
                        v.bitLength());
            case 17:
                return new DgnssBroadcast(17, v.repeat(), v.mmsi(), v.lonRaw(), v.latRaw(), data(r, v), v.bitLength());
            case 18:
                return classB(v);
            case 19:
                return extendedClassB(v);
            case 20:
                return dataLinkManagement(v);
            case 21:
                return aidToNavigation(v);
            case 22:
                return new ChannelManagement(22, v.repeat(), v.mmsi(), v.channelA(), v.channelB(), v.txrx(),
                        v.power(), v.neLonRaw(), v.neLatRaw(), v.swLonRaw(), v.swLatRaw(), v.stationMmsi(0),
                        v.stationMmsi(1), v.addressed(), v.bandA(), v.bandB(), v.zoneSize(), v.bitLength());
            case 23:
                return new GroupAssignment(23, v.repeat(), v.mmsi(), v.neLonRaw(), v.neLatRaw(), v.swLonRaw(),
                        v.swLatRaw(), v.stationType(), v.shipType(), v.txrx(), v.interval(), v.quiet(),
                        v.bitLength());
            case 24:
                return type24(v);
            case 25:
                return new SingleSlotBinary(25, v.repeat(), v.mmsi(), v.addressed(), v.structured(), v.destMmsi(),
                        v.appId(), data(r, v), v.bitLength());
            case 26:
                return new MultiSlotBinary(26, v.repeat(), v.mmsi(), v.addressed(), v.structured(), v.destMmsi(),
                        v.appId(), data(r, v), v.radio(), v.bitLength());
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

    private static AisMessage aidToNavigation(MessageView v) {
        return new AidToNavigation(v.type(), v.repeat(), v.mmsi(), v.aidType(), v.name().toString(), v.accuracy(),
                v.lonRaw(), v.latRaw(), dims(v), v.epfd(), v.second(), v.offPosition(), v.regional(), v.raim(),
                v.virtualAid(), v.assigned(), v.bitLength());
    }

    private static AisMessage dataLinkManagement(MessageView v) {
        List<SlotReservation> list = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            list.add(new SlotReservation(v.reservationOffset(i), v.reservationSlots(i), v.reservationTimeout(i),
                    v.reservationIncrement(i)));
        }
        return new DataLinkManagement(20, v.repeat(), v.mmsi(), List.copyOf(list), v.bitLength());
    }

    private static RawData data(BitReader r, MessageView v) {
        return raw(r, v.dataStart(), v.dataStart() + v.dataBits());
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
