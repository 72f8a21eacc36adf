package org.deconflict.ais;

/**
 * Human-readable names of AIS code values, worded as gpsd's JSON prints them so output can be diffed against
 * {@code gpsdecode -j}. Sources: ITU-R M.1371-5 Annex 8 Tables 45 (navigational status), 50 (EPFD), 53 (ship type),
 * Table 74 (aid-to-navigation type) and §3.22 (station type); UN/ECE ERI ship types; GLA AtoN monitoring.
 */
public final class AisText {

    private AisText() {
    }

    private static final String[] STATUS = {
        "Under way using engine", "At anchor", "Not under command", "Restricted manoeuverability",
        "Constrained by her draught", "Moored", "Aground", "Engaged in fishing", "Under way sailing",
        "Reserved for HSC", "Reserved for WIG", "Reserved", "Reserved", "Reserved", "Reserved", "Not defined"};

    private static final String[] EPFD = {
        "Undefined", "GPS", "GLONASS", "Combined GPS/GLONASS", "Loran-C", "Chayka", "Integrated navigation system",
        "Surveyed", "Galileo"};

    private static final String[] SHIP_TYPE_20S = {"Wing in ground (WIG)", "", "", "", "", "", "", "", "", ""};

    private static final String[] SHIP_TYPE_30S = {
        "Fishing", "Towing", "Towing: length exceeds 200m or breadth exceeds 25m", "Dredging or underwater ops",
        "Diving ops", "Military ops", "Sailing", "Pleasure Craft", "Reserved", "Reserved"};

    private static final String[] SHIP_TYPE_50S = {
        "Pilot Vessel", "Search and Rescue vessel", "Tug", "Port Tender", "Anti-pollution equipment",
        "Law Enforcement", "Spare - Local Vessel", "Spare - Local Vessel", "Medical Transport",
        "Ship according to RR Resolution No. 18"};

    private static final String[] CATEGORY = {
        "all ships of this type", "Hazardous category A", "Hazardous category B", "Hazardous category C",
        "Hazardous category D", "Reserved for future use", "Reserved for future use", "Reserved for future use",
        "Reserved for future use", "No additional information"};

    private static final String[] AID_TYPE = {
        "Unspecified", "Reference point", "RACON", "Fixed offshore structure", "Spare, Reserved for future use.",
        "Light, without sectors", "Light, with sectors", "Leading Light Front", "Leading Light Rear",
        "Beacon, Cardinal N", "Beacon, Cardinal E", "Beacon, Cardinal S", "Beacon, Cardinal W", "Beacon, Port hand",
        "Beacon, Starboard hand", "Beacon, Preferred Channel port hand", "Beacon, Preferred Channel starboard hand",
        "Beacon, Isolated danger", "Beacon, Safe water", "Beacon, Special mark", "Cardinal Mark N",
        "Cardinal Mark E", "Cardinal Mark S", "Cardinal Mark W", "Port hand Mark", "Starboard hand Mark",
        "Preferred Channel Port hand", "Preferred Channel Starboard hand", "Isolated danger", "Safe Water",
        "Special Mark", "Light Vessel / LANBY / Rigs"};

    private static final String[] STATION_TYPE = {
        "All types of mobiles", "Reserved for future use", "All types of Class B mobile stations",
        "SAR airborne mobile station", "Aid to Navigation station", "Class B shipborne mobile station",
        "Regional use and inland waterways", "Regional use and inland waterways",
        "Regional use and inland waterways", "Regional use and inland waterways"};

    private static final String[] RACON = {"No RACON installed", "RACON not monitored", "RACON operational",
        "RACON ERROR"};
    private static final String[] LIGHT = {"No light or no monitoring", "Light ON", "Light OFF", "Light ERROR"};
    private static final String[] HAZARD = {"0 blue cones/lights", "1 blue cone/light", "2 blue cones/lights",
        "3 blue cones/lights", "4 B-Flag", "Unknown"};
    private static final String[] LOADED = {"N/A (default)", "Unloaded", "Loaded", "Not used"};
    /** Pressure / water-level tendency as gpsd words codes 0..3 (its 1/2 order differs from IMO SN.1/Circ.289). */
    private static final String[] TREND = {"steady", "increasing", "decreasing", "N/A"};
    private static final String[] PRECIPITATION = {"reserved", "rain", "thunderstorm", "freezing rain",
        "mixed/ice", "snow", "reserved", "N/A"};
    private static final String[] ICE = {"no", "yes", "reserved", "N/A"};

    /** ERI ship and combination types (UN/ECE ERI Standard, ship types 8000-8370) worded as gpsd prints them. */
    private static final int[] ERI_CODES = {
        8000, 8010, 8020, 8021, 8022, 8023, 8030, 8040, 8050, 8060, 8070, 8080, 8090, 8100, 8110, 8120, 8130, 8140,
        8150, 8160, 8161, 8162, 8163, 8170, 8180, 8210, 8220, 8230, 8240, 8250, 8260, 8270, 8280, 8290, 8310, 8320,
        8330, 8340, 8350, 8360, 8370};
    private static final String[] ERI_NAMES = {
        "Vessel, type unknown", "Motor freighter", "Motor tanker", "Motor tanker, liquid cargo, type N",
        "Motor tanker, liquid cargo, type C", "Motor tanker, dry cargo as if liquid (e.g. cement)",
        "Container vessel", "Gas tanker", "Motor freighter, tug", "Motor tanker, tug",
        "Motor freighter with one or more ships alongside", "Motor freighter with tanker",
        "Motor freighter pushing one or more freighters", "Motor freighter pushing at least one tank-ship",
        "Tug, freighter", "Tug, tanker", "Tug freighter, coupled", "Tug, freighter/tanker, coupled", "Freightbarge",
        "Tankbarge", "Tankbarge, liquid cargo, type N", "Tankbarge, liquid cargo, type C",
        "Tankbarge, dry cargo as if liquid (e.g. cement)", "Freightbarge with containers", "Tankbarge, gas",
        "Pushtow, one cargo barge", "Pushtow, two cargo barges", "Pushtow, three cargo barges",
        "Pushtow, four cargo barges", "Pushtow, five cargo barges", "Pushtow, six cargo barges",
        "Pushtow, seven cargo barges", "Pushtow, eigth cargo barges", "Pushtow, nine or more barges",
        "Pushtow, one tank/gas barge", "Pushtow, two barges at least one tanker or gas barge",
        "Pushtow, three barges at least one tanker or gas barge",
        "Pushtow, four barges at least one tanker or gas barge",
        "Pushtow, five barges at least one tanker or gas barge",
        "Pushtow, six barges at least one tanker or gas barge",
        "Pushtow, seven barges at least one tanker or gas barg"};

    public static String navigationStatus(int status) {
        return STATUS[status & 15];
    }

    public static String epfd(int epfd) {
        return epfd >= 0 && epfd < EPFD.length ? EPFD[epfd] : "INVALID EPFD";
    }

    /** ITU-R M.1371-5 Annex 8 Table 53 ship and cargo type (0..99). */
    public static String shipType(int t) {
        if (t == 0) {
            return "Not available";
        }
        if (t < 20 || t > 99) {
            return t < 20 && t > 0 ? "Reserved for future use" : "Unknown";
        }
        int tens = t / 10;
        int unit = t % 10;
        return switch (tens) {
            case 2 -> SHIP_TYPE_20S[0] + " - " + CATEGORY[unit];
            case 3 -> SHIP_TYPE_30S[unit];
            case 4 -> "High speed craft (HSC) - " + CATEGORY[unit];
            case 5 -> SHIP_TYPE_50S[unit];
            case 6 -> "Passenger - " + category(unit);
            case 7 -> "Cargo - " + category(unit);
            case 8 -> "Tanker - " + category(unit);
            default -> "Other Type - " + (unit == 9 ? "no additional information" : CATEGORY[unit]);
        };
    }

    private static String category(int unit) {
        return unit == 9 ? "No additional information" : CATEGORY[unit];
    }

    public static String aidType(int t) {
        return AID_TYPE[t & 31];
    }

    public static String stationType(int t) {
        return t < STATION_TYPE.length ? STATION_TYPE[t] : "Reserved for future use";
    }

    public static String racon(int v) {
        return RACON[v & 3];
    }

    public static String light(int v) {
        return LIGHT[v & 3];
    }

    public static String hazard(int v) {
        return v < HAZARD.length ? HAZARD[v] : "INVALID HAZARD TYPE";
    }

    public static String loaded(int v) {
        return LOADED[v & 3];
    }

    public static String trend(int v) {
        return TREND[v & 3];
    }

    public static String precipitation(int v) {
        return PRECIPITATION[v & 7];
    }

    public static String ice(int v) {
        return ICE[v & 3];
    }

    /** ERI ship type name, or gpsd's "Illegal ship type value." for codes outside its table. */
    public static String eriShipType(int code) {
        for (int i = 0; i < ERI_CODES.length; i++) {
            if (ERI_CODES[i] == code) {
                return ERI_NAMES[i];
            }
        }
        return "Illegal ship type value.";
    }
}
