package org.deconflict.sim.emit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.deconflict.ais.AisMessage;
import org.deconflict.ais.AisMessage.ClassBPositionReport;
import org.deconflict.ais.AisMessage.Dimensions;
import org.deconflict.ais.AisMessage.PositionReport;
import org.deconflict.ais.AisMessage.StaticDataReport;
import org.deconflict.ais.AisMessage.StaticVoyageData;
import org.deconflict.sim.motion.ShipMover;
import org.deconflict.sim.world.SimShip;

/**
 * What a ship's AIS transponder sends, as {@link AisMessage}s for the project's AIS encoder: class A position
 * reports (type 1) and static and voyage data (type 5); class B "CS" position reports (type 18) and static data
 * (type 24 parts A and B).
 */
final class AisTransmitter {

    /** Class B "CS" communication state: selector 1, carrier-sense value 1100000000000000110b (ITU-R M.1371-5 Annex 8 §3.16). */
    private static final int CS_RADIO = 0b1100000000000000110;
    /** ROT_AIS = 4.733·√(°/min), ±126 at most for a turn indicator (ITU-R M.1371-5 Annex 8 Table 45). */
    private static final double ROT_FACTOR = 4.733;
    private static final int ROT_MAX = 126;
    /** Electronic position fixing device 1 = GPS (ITU-R M.1371-5 Table 51); AIS version 2 = M.1371-5. */
    private static final int EPFD_GPS = 1, AIS_VERSION = 2;
    private static final int SLOTS_PER_MINUTE = 2250;

    private int reports;

    /** The position report of {@code s} at {@code tNanos} (type 1 for class A, type 18 for class B). */
    AisMessage position(SimShip s, ShipMover m, long tNanos) {
        int sog = (int) Math.min(1022, Math.round(m.speedKt() * 10));
        int lon = (int) Math.round(m.sampleLonDeg() * 600_000);
        int lat = (int) Math.round(m.sampleLatDeg() * 600_000);
        int cog = (int) (Math.round(m.trackDeg() * 10) % 3600);
        int second = (int) Math.floorMod(Math.floorDiv(tNanos, 1_000_000_000L), 60L);
        if (s.classB()) {
            return new ClassBPositionReport(18, 0, s.mmsi(), 0, sog, false, lon, lat, cog, 511, second, 0, true, false,
                    true, true, true, false, false, CS_RADIO, 168);
        }
        double rotDegMin = m.turnRateDegS() * 60;
        int rot = (int) Math.round(Math.copySign(Math.min(ROT_MAX, ROT_FACTOR * Math.sqrt(Math.abs(rotDegMin))), rotDegMin));
        int heading = (int) (Math.round(m.trackDeg()) % 360);
        return new PositionReport(1, 0, s.mmsi(), m.navStatus(), rot, sog, true, lon, lat, cog, heading, second, 0,
                false, sotdmaState(tNanos), 168);
    }

    /** Static data: type 5 for class A, type 24 parts A and B for class B. */
    List<AisMessage> staticData(SimShip s, long tNanos) {
        int toBow = (int) Math.round(s.lengthM() * 0.7), toStern = (int) Math.round(s.lengthM()) - toBow;
        int toPort = (int) Math.round(s.beamM() / 2), toStar = (int) Math.round(s.beamM()) - toPort;
        Dimensions dims = new Dimensions(toBow, toStern, toPort, toStar);
        if (s.classB()) {
            return List.of(
                    new StaticDataReport(24, 0, s.mmsi(), 0, s.name(), 0, "", 0, 0, "", null, 0, 160),
                    new StaticDataReport(24, 0, s.mmsi(), 1, "", s.shipType(), "DCF", 1, s.mmsi() % 1_000_000,
                            s.callsign(), dims, 0, 168));
        }
        ZonedDateTime eta = Instant.ofEpochSecond(Math.floorDiv(tNanos, 1_000_000_000L) + 86_400).atZone(ZoneOffset.UTC);
        return List.of(new StaticVoyageData(5, 0, s.mmsi(), AIS_VERSION, s.imo(), s.callsign(), s.name(), s.shipType(),
                dims, EPFD_GPS, eta.getMonthValue(), eta.getDayOfMonth(), eta.getHour(), eta.getMinute(),
                (int) Math.round(s.draughtM() * 10), s.destination(), 0, 424));
    }

    /**
     * SOTDMA communication state (ITU-R M.1371-5 Annex 2 §3.3.7.2.3): UTC direct sync, slot time-out counting
     * down 7..0, and the sub-message the time-out calls for (slot offset, UTC hour and minute, slot number,
     * received stations).
     */
    private int sotdmaState(long tNanos) {
        int timeout = 7 - (reports++ % 8);
        long secOfDay = Math.floorMod(Math.floorDiv(tNanos, 1_000_000_000L), 86_400L);
        int slot = (int) (Math.floorMod(tNanos, 60_000_000_000L) / (60_000_000_000L / SLOTS_PER_MINUTE));
        int sub = switch (timeout) {
            case 0 -> 0;
            case 1 -> (int) (((secOfDay / 3600) << 9) | (((secOfDay / 60) % 60) << 2));
            case 2, 4, 6 -> slot;
            default -> 0;
        };
        return (timeout << 14) | (sub & 0x3FFF);
    }
}
