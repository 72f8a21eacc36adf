package org.deconflict.app.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 15-minute scenario small enough for a loaded test machine: an airliner (SAS1417) and a Russian military jet
 * converging at FL240 over Bornholm (a loss of separation), a Su-24 making low passes over a ferry, an Il-20 that
 * switches its transponder off at 700 s (dark at the end), a short flight that ends (and expires, filing its
 * compliance) early, and a few ships.
 */
final class TestScenario {

    static final String YAML = """
            name: http-test
            description: converging airliner and military jet, low passes over a ferry, a reconnaissance aircraft going dark
            start: 2014-03-03T12:00:00Z
            durationS: 900
            seed: 11
            area: {south: 54.0, west: 12.0, north: 57.0, east: 20.0}
            receivers:
              - {id: 1, name: bornholm, lat: 55.13, lon: 14.92, antennaHeightM: 160, maxRangeNm: 250, aisRangeNm: 60, lossRate: 0.02}
              - {id: 2, name: gotland, lat: 57.10, lon: 18.30, antennaHeightM: 80, maxRangeNm: 250, aisRangeNm: 60, lossRate: 0.02}
            aircraft:
              - address: 4ab3c2
                callsign: SAS1417
                nation: SE
                type: B736
                category: A3
                military: false
                squawk: "4315"
                startS: 0
                route:
                  - {lat: 55.00, lon: 14.00, altFt: 24000, speedKt: 420}
                  - {lat: 55.00, lon: 17.00, altFt: 24000, speedKt: 420}
                transponder: [{fromS: 0, mode: ADSB}]
              - address: 155a21
                callsign: RFF7512
                nation: RU
                type: SU27
                category: A6
                military: true
                startS: 12
                route:
                  - {lat: 55.80, lon: 15.50, altFt: 24000, speedKt: 400}
                  - {lat: 54.20, lon: 15.50, altFt: 24000, speedKt: 400}
                transponder: [{fromS: 0, mode: ADSB}]
              - address: 15c0de
                callsign: RFF1024
                nation: RU
                type: SU24
                category: A6
                military: true
                startS: 30
                maxBankDeg: 60
                climbFpm: 12000
                descentFpm: 10000
                route:
                  - {lat: 55.00, lon: 18.60, altFt: 5000, speedKt: 400}
                  - passes: {target: "mmsi:265547000", count: 3, altFt: 150, speedKt: 420, runoutNm: 3}
                  - {lat: 54.90, lon: 19.80, altFt: 10000, speedKt: 400}
                transponder: [{fromS: 0, mode: ADSB}]
              - address: 15b020
                callsign: RFF9311
                nation: RU
                type: IL20
                category: A3
                military: true
                startS: 0
                route:
                  - {lat: 56.20, lon: 19.50, altFt: 12800, speedKt: 330}
                  - {lat: 56.60, lon: 16.00, altFt: 12800, speedKt: 330}
                transponder:
                  - {fromS: 0, mode: ADSB}
                  - {fromS: 700, mode: OFF}
              - address: 48a2c4
                callsign: LOT3CX
                nation: PL
                type: E175
                category: A3
                military: false
                startS: 0
                route:
                  - {lat: 54.50, lon: 16.00, altFt: 18000, speedKt: 420}
                  - {lat: 54.50, lon: 16.80, altFt: 18000, speedKt: 420}
                transponder: [{fromS: 0, mode: ADSB}]
              - address: 4acaf1
                callsign: SAS441
                nation: SE
                type: A320
                category: A3
                military: false
                startS: 0
                route:
                  - {lat: 56.90, lon: 13.00, altFt: 35000, speedKt: 450}
                  - {lat: 56.90, lon: 19.00, altFt: 35000, speedKt: 450}
                transponder: [{fromS: 0, mode: ADSB}]
            ships:
              - {mmsi: 265547000, imo: 9235517, name: EXAMPLE FERRY, callsign: SABC, shipType: 60, aisClass: A, lengthM: 180, beamM: 28, draughtM: 6.5, destination: GDYNIA,
                 route: [{lat: 55.20, lon: 18.20, speedKt: 18}, {lat: 54.80, lon: 18.90, speedKt: 18}], ais: [{fromS: 0, on: true}]}
              - {mmsi: 230123000, name: BALTIC TRADER, shipType: 70, aisClass: A, lengthM: 120, beamM: 18, draughtM: 7, destination: HELSINKI,
                 route: [{lat: 55.50, lon: 15.80, speedKt: 12}, {lat: 56.20, lon: 17.00, speedKt: 12}], ais: [{fromS: 0, on: true}]}
              - {mmsi: 273456000, name: VOLGONEFT 5, shipType: 80, aisClass: A, lengthM: 140, beamM: 17, draughtM: 4, destination: KALININGRAD,
                 route: [{lat: 55.90, lon: 19.00, speedKt: 10}, {lat: 55.00, lon: 19.80, speedKt: 10}], ais: [{fromS: 0, on: true}]}
            """;

    private TestScenario() {
    }

    /** Writes the scenario into {@code dir} and returns its path (what {@code --scenario} takes). */
    static String write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("http-test.yaml");
            Files.writeString(file, YAML);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
