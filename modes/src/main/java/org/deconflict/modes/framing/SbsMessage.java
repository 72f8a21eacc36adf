package org.deconflict.modes.framing;

/**
 * One SBS/BaseStation record (readsb/dump1090 port 30003): {@code MSG,type,session,aircraft,hexident,flight,
 * dateGen,timeGen,dateLog,timeLog,callsign,altitude,groundSpeed,track,lat,lon,verticalRate,squawk,alert,emergency,
 * spi,isOnGround}. {@code kind} is the first field (MSG, SEL, ID, AIR, STA, CLK); {@code transmissionType} 1-8 for
 * MSG (1 ES identification, 2 ES surface position, 3 ES airborne position, 4 ES velocity, 5 surveillance altitude,
 * 6 surveillance identity, 7 air-to-air, 8 all-call), else 0. Units: ft, kt, degrees, ft/min. Null = empty field.
 * {@code nonIcao}: the hexident carried readsb's {@code ~} marker — {@code icao} is then a non-ICAO address
 * (anonymous, TIS-B track number or ground vehicle), not an aircraft's ICAO-assigned one.
 */
public record SbsMessage(String kind, int transmissionType, int icao, String dateGenerated, String timeGenerated,
        String callsign, Integer altitudeFt, Double groundSpeedKt, Double trackDeg, Double latitudeDeg,
        Double longitudeDeg, Integer verticalRateFpm, String squawk, Boolean alert, Boolean emergency, Boolean spi,
        Boolean onGround, boolean nonIcao) {

    /** A record whose hexident is an ICAO-assigned address (no {@code ~} marker). */
    public SbsMessage(String kind, int transmissionType, int icao, String dateGenerated, String timeGenerated,
                      String callsign, Integer altitudeFt, Double groundSpeedKt, Double trackDeg, Double latitudeDeg,
                      Double longitudeDeg, Integer verticalRateFpm, String squawk, Boolean alert, Boolean emergency,
                      Boolean spi, Boolean onGround) {
        this(kind, transmissionType, icao, dateGenerated, timeGenerated, callsign, altitudeFt, groundSpeedKt, trackDeg,
                latitudeDeg, longitudeDeg, verticalRateFpm, squawk, alert, emergency, spi, onGround, false);
    }
}
