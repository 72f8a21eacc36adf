package org.deconflict.ais;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A decoded AIS message (ITU-R M.1371-5 Annex 8 §3). Fields keep the raw transmitted integers (so output can be
 * compared with gpsd's unscaled JSON and re-encoded exactly); accessors with units return the scaled value, or an
 * empty optional where the standard's "not available" value was sent. {@link #bitLength()} below the nominal
 * length of the type means the tail of the message was missing and reads as zero ({@link #truncated()}).
 */
public sealed interface AisMessage {

    /** Message id 1..27. */
    int type();

    /** Repeat indicator 0..3. */
    int repeat();

    /** Source MMSI (30 bits). */
    int mmsi();

    /** Payload length in bits as received. */
    int bitLength();

    /** Nominal length in bits for this type (the shortest valid length for variable-length types). */
    int nominalBits();

    default boolean truncated() {
        return bitLength() < nominalBits();
    }

    // ---- scaling helpers shared by the records (ITU-R M.1371-5 Annex 8 Table 50) ----

    /** Longitude in 1/10000 min to degrees; 181° (108600000) means not available. */
    static OptionalDouble lonDeg(int raw) {
        return raw == 108_600_000 || raw > 108_000_000 || raw < -108_000_000 ? OptionalDouble.empty()
                : OptionalDouble.of(raw / 600_000.0);
    }

    /** Latitude in 1/10000 min to degrees; 91° (54600000) means not available. */
    static OptionalDouble latDeg(int raw) {
        return raw == 54_600_000 || raw > 54_000_000 || raw < -54_000_000 ? OptionalDouble.empty()
                : OptionalDouble.of(raw / 600_000.0);
    }

    /** Speed over ground in 1/10 kn; 1023 means not available, 1022 means 102.2 kn or more. */
    static OptionalDouble speedKt(int raw) {
        return raw == 1023 ? OptionalDouble.empty() : OptionalDouble.of(raw / 10.0);
    }

    /** Course over ground in 1/10°; 3600 means not available (values above are invalid). */
    static OptionalDouble courseDeg(int raw) {
        return raw >= 3600 ? OptionalDouble.empty() : OptionalDouble.of(raw / 10.0);
    }

    /** True heading in degrees; 511 means not available. */
    static OptionalInt headingDeg(int raw) {
        return raw >= 360 ? OptionalInt.empty() : OptionalInt.of(raw);
    }

    /** Second of UTC minute of the report; 60 not available, 61..63 positioning-system states. */
    static OptionalInt utcSecond(int raw) {
        return raw >= 60 ? OptionalInt.empty() : OptionalInt.of(raw);
    }

    /** Ship dimensions from the reference point (m), shared by types 5, 19, 21 and 24B. */
    record Dimensions(int toBowM, int toSternM, int toPortM, int toStarboardM) {
        public int lengthM() {
            return toBowM + toSternM;
        }

        public int beamM() {
            return toPortM + toStarboardM;
        }
    }

    /** A message with a position in 1/10000 min (types 1-4, 9, 11, 18, 19, 21). */
    interface Located {
        int lonRaw();

        int latRaw();

        /** Latitude in degrees, empty when not available (91°). */
        default OptionalDouble latDeg() {
            return AisMessage.latDeg(latRaw());
        }

        /** Longitude in degrees, empty when not available (181°). */
        default OptionalDouble lonDeg() {
            return AisMessage.lonDeg(lonRaw());
        }

        default boolean hasPosition() {
            return latDeg().isPresent() && lonDeg().isPresent();
        }
    }

    /** A vessel report with speed, course and heading (types 1-3, 18, 19). */
    interface Moving {
        int sogRaw();

        int cogRaw();

        int heading();

        /** Speed over ground in knots, empty when not available (1023). */
        default OptionalDouble speedKt() {
            return AisMessage.speedKt(sogRaw());
        }

        /** Course over ground in degrees, empty when not available (3600). */
        default OptionalDouble courseDeg() {
            return AisMessage.courseDeg(cogRaw());
        }

        /** True heading in degrees, empty when not available (511). */
        default OptionalInt headingDeg() {
            return AisMessage.headingDeg(heading());
        }
    }

    /** Types 1, 2, 3: class A position report (ITU-R M.1371-5 Annex 8 §3.1). */
    record PositionReport(int type, int repeat, int mmsi, int status, int rotRaw, int sogRaw, boolean accuracy,
                          int lonRaw, int latRaw, int cogRaw, int heading, int second, int maneuver, boolean raim,
                          int radio, int bitLength) implements AisMessage, Located, Moving {
        public int nominalBits() {
            return 168;
        }

        /**
         * Rate of turn in °/min: ROT_AIS = 4.733·√(ROT_sensor) (ITU-R M.1371-5 Annex 8 Table 45), signed; empty for
         * −128 (not available) and for ±127 (turning faster than 5°/30 s, no turn indicator).
         */
        public OptionalDouble rateOfTurnDegPerMin() {
            if (rotRaw == -128 || rotRaw == 127 || rotRaw == -127) {
                return OptionalDouble.empty();
            }
            double r = rotRaw / 4.733; // ITU-R M.1371-5 Annex 8 Table 45
            return OptionalDouble.of(Math.copySign(r * r, rotRaw));
        }
    }

    /** Types 4 (base station report) and 11 (UTC/date response) (ITU-R M.1371-5 Annex 8 §3.2). */
    record BaseStationReport(int type, int repeat, int mmsi, int year, int month, int day, int hour, int minute,
                             int second, boolean accuracy, int lonRaw, int latRaw, int epfd, boolean raim, int radio,
                             int bitLength) implements AisMessage, Located {
        public int nominalBits() {
            return 168;
        }
    }

    /** Type 5: static and voyage related data (ITU-R M.1371-5 Annex 8 §3.3). Draught in 1/10 m. */
    record StaticVoyageData(int type, int repeat, int mmsi, int aisVersion, int imo, String callsign, String shipname,
                            int shipType, Dimensions dimensions, int epfd, int etaMonth, int etaDay, int etaHour,
                            int etaMinute, int draughtDm, String destination, int dte, int bitLength)
            implements AisMessage {
        public int nominalBits() {
            return 424;
        }

        public double draughtM() {
            return draughtDm / 10.0;
        }
    }

    /** Type 6: addressed binary message (ITU-R M.1371-5 Annex 8 §3.4). */
    record AddressedBinary(int type, int repeat, int mmsi, int seqno, int destMmsi, boolean retransmit, int dac,
                           int fid, ApplicationData data, int bitLength) implements AisMessage {
        public int nominalBits() {
            return 88;
        }
    }

    /** Types 7 (binary acknowledge) and 13 (safety acknowledge): up to four acknowledged MMSIs, 0 when absent. */
    record Acknowledge(int type, int repeat, int mmsi, int mmsi1, int seq1, int mmsi2, int seq2, int mmsi3, int seq3,
                       int mmsi4, int seq4, int bitLength) implements AisMessage {
        public int nominalBits() {
            return 72;
        }
    }

    /** Type 8: broadcast binary message (ITU-R M.1371-5 Annex 8 §3.6). */
    record BroadcastBinary(int type, int repeat, int mmsi, int dac, int fid, ApplicationData data, int bitLength)
            implements AisMessage {
        public int nominalBits() {
            return 56;
        }
    }

    /** Type 9: SAR aircraft position report; altitude in m (4095 n/a), SOG in whole knots (1023 n/a). */
    record SarAircraftReport(int type, int repeat, int mmsi, int altitudeM, int sogKt, boolean accuracy, int lonRaw,
                             int latRaw, int cogRaw, int second, int regional, int dte, boolean assigned, boolean raim,
                             int radio, int bitLength) implements AisMessage, Located {
        public int nominalBits() {
            return 168;
        }

        public OptionalInt altitude() {
            return altitudeM == 4095 ? OptionalInt.empty() : OptionalInt.of(altitudeM);
        }
    }

    /** Type 10: UTC and date inquiry. */
    record UtcInquiry(int type, int repeat, int mmsi, int destMmsi, int bitLength) implements AisMessage {
        public int nominalBits() {
            return 72;
        }
    }

    /** Type 12: addressed safety related message. */
    record SafetyAddressed(int type, int repeat, int mmsi, int seqno, int destMmsi, boolean retransmit, String text,
                           int bitLength) implements AisMessage {
        public int nominalBits() {
            return 72;
        }
    }

    /** Type 14: safety related broadcast message. */
    record SafetyBroadcast(int type, int repeat, int mmsi, String text, int bitLength) implements AisMessage {
        public int nominalBits() {
            return 40;
        }
    }

    /** Type 15: interrogation (fields absent from a short message are 0). */
    record Interrogation(int type, int repeat, int mmsi, int mmsi1, int type11, int offset11, int type12, int offset12,
                         int mmsi2, int type21, int offset21, int bitLength) implements AisMessage {
        public int nominalBits() {
            return 88;
        }
    }

    /** Type 16: assigned mode command (second station 0 when absent). */
    record AssignedModeCommand(int type, int repeat, int mmsi, int mmsi1, int offset1, int increment1, int mmsi2,
                               int offset2, int increment2, int bitLength) implements AisMessage {
        public int nominalBits() {
            return 96;
        }
    }

    /** Type 17: DGNSS broadcast; position in 1/10 min; correction data as raw bits. */
    record DgnssBroadcast(int type, int repeat, int mmsi, int lonRaw, int latRaw, RawData data, int bitLength)
            implements AisMessage {
        public int nominalBits() {
            return 80;
        }
    }

    /** Type 18: class B position report (ITU-R M.1371-5 Annex 8 §3.17). */
    record ClassBPositionReport(int type, int repeat, int mmsi, int reserved, int sogRaw, boolean accuracy, int lonRaw,
                                int latRaw, int cogRaw, int heading, int second, int regional, boolean cs,
                                boolean display, boolean dsc, boolean band, boolean msg22, boolean assigned,
                                boolean raim, int radio, int bitLength) implements AisMessage, Located, Moving {
        public int nominalBits() {
            return 168;
        }
    }

    /** Type 19: extended class B position report with static data. */
    record ExtendedClassBReport(int type, int repeat, int mmsi, int reserved, int sogRaw, boolean accuracy, int lonRaw,
                                int latRaw, int cogRaw, int heading, int second, int regional, String shipname,
                                int shipType, Dimensions dimensions, int epfd, boolean raim, int dte, boolean assigned,
                                int bitLength) implements AisMessage, Located, Moving {
        public int nominalBits() {
            return 312;
        }
    }

    /** One slot reservation of a type 20 message (0s when absent). */
    record SlotReservation(int offset, int number, int timeout, int increment) {
    }

    /** Type 20: data link management, always four reservations (zero when not transmitted). */
    record DataLinkManagement(int type, int repeat, int mmsi, List<SlotReservation> reservations, int bitLength)
            implements AisMessage {
        public int nominalBits() {
            return 72;
        }
    }

    /** Type 21: aid-to-navigation report; name includes the name extension. */
    record AidToNavigation(int type, int repeat, int mmsi, int aidType, String name, boolean accuracy, int lonRaw,
                           int latRaw, Dimensions dimensions, int epfd, int second, boolean offPosition, int regional,
                           boolean raim, boolean virtualAid, boolean assigned, int bitLength)
            implements AisMessage, Located {
        public int nominalBits() {
            return 272;
        }
    }

    /** Type 22: channel management; corners in 1/10 min when broadcast, destination MMSIs when addressed. */
    record ChannelManagement(int type, int repeat, int mmsi, int channelA, int channelB, int txrx, boolean power,
                             int neLonRaw, int neLatRaw, int swLonRaw, int swLatRaw, int dest1, int dest2,
                             boolean addressed, boolean bandA, boolean bandB, int zoneSize, int bitLength)
            implements AisMessage {
        public int nominalBits() {
            return 168;
        }
    }

    /** Type 23: group assignment command; corners in 1/10 min. */
    record GroupAssignment(int type, int repeat, int mmsi, int neLonRaw, int neLatRaw, int swLonRaw, int swLatRaw,
                           int stationType, int shipType, int txrx, int interval, int quiet, int bitLength)
            implements AisMessage {
        public int nominalBits() {
            return 160;
        }
    }

    /**
     * Type 24: class B static data report, part A (shipname) or part B (type, 3-character vendor id, unit model and
     * serial number as in M.1371-5, callsign, dimensions or mothership MMSI for auxiliary craft). Fields of the other
     * part are null / -1.
     */
    record StaticDataReport(int type, int repeat, int mmsi, int partNumber, String shipname, int shipType,
                            String vendorId, int model, int serial, String callsign, Dimensions dimensions,
                            int mothershipMmsi, int bitLength) implements AisMessage {
        public int nominalBits() {
            return partNumber == 0 ? 160 : 168;
        }

        public boolean partA() {
            return partNumber == 0;
        }
    }

    /** Type 25: single-slot binary message; data are the bits after the optional destination and application id. */
    record SingleSlotBinary(int type, int repeat, int mmsi, boolean addressed, boolean structured, int destMmsi,
                            int appId, RawData data, int bitLength) implements AisMessage {
        public int nominalBits() {
            return 40;
        }
    }

    /** Type 26: multi-slot binary message with communication state. */
    record MultiSlotBinary(int type, int repeat, int mmsi, boolean addressed, boolean structured, int destMmsi,
                           int appId, RawData data, int radio, int bitLength) implements AisMessage {
        public int nominalBits() {
            return 60;
        }
    }

    /**
     * Type 27: long-range broadcast; position in 1/10 min (181°/91° n/a), SOG in kn (63 n/a), COG in ° (511 n/a);
     * {@code gnss} is bit 94 as sent (M.1371-5: position latency over 5 s; gpsd calls it "gnss").
     */
    record LongRangeReport(int type, int repeat, int mmsi, boolean accuracy, boolean raim, int status, int lonRaw,
                           int latRaw, int sogKt, int cogDeg, boolean gnss, int bitLength) implements AisMessage {
        public int nominalBits() {
            return 96;
        }

        public OptionalDouble latDeg() {
            return latRaw == 91 * 600 ? OptionalDouble.empty() : OptionalDouble.of(latRaw / 600.0);
        }

        public OptionalDouble lonDeg() {
            return lonRaw == 181 * 600 ? OptionalDouble.empty() : OptionalDouble.of(lonRaw / 600.0);
        }

        public OptionalInt speed() {
            return sogKt == 63 ? OptionalInt.empty() : OptionalInt.of(sogKt);
        }

        public OptionalInt course() {
            return cogDeg == 511 ? OptionalInt.empty() : OptionalInt.of(cogDeg);
        }
    }
}
