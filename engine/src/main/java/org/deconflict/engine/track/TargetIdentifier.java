package org.deconflict.engine.track;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Nation and military identification from bundled data tables: ICAO 24-bit address blocks by State (ICAO Annex 10
 * Vol III Part I Ch. 9 Appendix Table 9-1), military address sub-blocks, military callsign prefixes, and the ITU
 * Maritime Identification Digits. Immutable after loading; {@link #standard()} is shared.
 */
public final class TargetIdentifier {

    /** AIS ship type "engaged in military operations" (ITU-R M.1371-5 Table 53). */
    public static final int AIS_TYPE_MILITARY_OPS = 35;

    private static final class Holder {
        static final TargetIdentifier STANDARD = new TargetIdentifier();
    }

    private final AddressRanges stateBlocks;
    private final AddressRanges militaryBlocks;
    private final Map<String, String[]> callsignPrefixes = new HashMap<>();
    private final String[] midNation = new String[1000];
    private final String[] midDetail = new String[1000];

    private TargetIdentifier() {
        stateBlocks = AddressRanges.load("icao-address-blocks.csv");
        militaryBlocks = AddressRanges.load("military-address-ranges.csv");
        for (String[] r : AddressRanges.Csv.read("military-callsigns.csv", 3)) {
            callsignPrefixes.put(r[0], new String[] {r[1].intern(), r[2]});
        }
        List<String[]> mids = AddressRanges.Csv.read("mid-nations.csv", 3);
        for (String[] r : mids) {
            int mid = Integer.parseInt(r[0]);
            midNation[mid] = r[1].intern();
            midDetail[mid] = "MID " + mid + " " + r[2];
        }
    }

    /** The identifier loaded from the bundled tables. */
    public static TargetIdentifier standard() {
        return Holder.STANDARD;
    }

    /** ISO 3166-1 alpha-2 of the State whose block holds the ICAO address, null if unallocated. */
    public String nationOfAddress(int address24) {
        int i = stateBlocks.find(address24);
        return i < 0 ? null : stateBlocks.nation(i);
    }

    /** Nation and military flag from an ICAO-assigned address alone (military sub-blocks). */
    public Identification identifyAddress(int address24) {
        String nation = nationOfAddress(address24);
        int m = militaryBlocks.find(address24);
        if (m >= 0) {
            return new Identification(nation, true, MilitaryReason.ADDRESS_BLOCK, militaryBlocks.label(m));
        }
        return new Identification(nation, false, MilitaryReason.NONE, null);
    }

    /**
     * The evidence string when the callsign belongs to a military operator, else null. A callsign matches a listed
     * prefix followed by 1-4 digits and at most one letter (RCH123, NATO01, LAGR221A).
     */
    public String militaryCallsign(String callsign) {
        String[] hit = callsignEntry(callsign);
        return hit == null ? null : "callsign prefix " + hit[2] + ": " + hit[1];
    }

    /** Nation of the operator behind a military callsign prefix (XX multinational), else null. */
    public String callsignNation(String callsign) {
        String[] hit = callsignEntry(callsign);
        return hit == null ? null : hit[0];
    }

    /** {nation, rationale, prefix} of a matching military callsign, or null. */
    private String[] callsignEntry(String callsign) {
        if (callsign == null) {
            return null;
        }
        String c = callsign.strip().toUpperCase(Locale.ROOT);
        int p = 0;
        while (p < c.length() && c.charAt(p) >= 'A' && c.charAt(p) <= 'Z') {
            p++;
        }
        int q = p;
        while (q < c.length() && c.charAt(q) >= '0' && c.charAt(q) <= '9') {
            q++;
        }
        int digits = q - p;
        int tail = c.length() - q;
        if (p < 3 || digits < 1 || digits > 4 || tail > 1 || (tail == 1 && !(c.charAt(q) >= 'A' && c.charAt(q) <= 'Z'))) {
            return null;
        }
        String prefix = c.substring(0, p);
        String[] hit = callsignPrefixes.get(prefix);
        return hit == null ? null : new String[] {hit[0], hit[1], prefix};
    }

    /**
     * Maritime Identification Digits of an MMSI per ITU-R M.585-9 Annex 1: ship MIDxxxxxx, group 0MIDxxxxx, coast
     * station 00MIDxxxx, SAR aircraft 111MIDxxx, handheld 8MIDxxxxx, craft with parent ship 98MIDxxxx, AtoN 99MIDxxxx.
     * Returns -1 for SART/MOB/EPIRB (970/972/974) and anything else without a MID.
     */
    public static int mid(int mmsi) {
        if (mmsi < 0 || mmsi > 999_999_999) {
            return -1;
        }
        int d1 = mmsi / 100_000_000;
        int mid;
        if (d1 >= 2 && d1 <= 7) {
            mid = mmsi / 1_000_000;
        } else if (d1 == 0) {
            mid = mmsi < 10_000_000 ? mmsi / 10_000 : mmsi / 100_000;   // 00MIDxxxx coast, 0MIDxxxxx group
        } else if (mmsi / 1_000_000 == 111) {
            mid = (mmsi / 1_000) % 1000;                                 // 111MIDxxx SAR aircraft
        } else if (d1 == 8) {
            mid = (mmsi / 100_000) % 1000;                               // 8MIDxxxxx handheld
        } else if (mmsi / 10_000_000 == 98 || mmsi / 10_000_000 == 99) {
            mid = (mmsi / 10_000) % 1000;                                // 98/99 MIDxxxx
        } else {
            return -1;
        }
        return mid >= 201 && mid <= 775 ? mid : -1;
    }

    /** ISO 3166-1 alpha-2 of the MMSI's MID, null when the MID is unassigned or absent. */
    public String nationOfMmsi(int mmsi) {
        int mid = mid(mmsi);
        return mid < 0 ? null : midNation[mid];
    }

    /** "MID 219 Denmark" for an MMSI's MID, null when absent. */
    public String midDetail(int mmsi) {
        int mid = mid(mmsi);
        return mid < 0 ? null : midDetail[mid];
    }

    /** Evidence when an AIS ship type marks military operations, else null. */
    public String militaryShipType(int shipType) {
        return shipType == AIS_TYPE_MILITARY_OPS ? "AIS ship type 35: engaged in military operations (ITU-R M.1371-5 Table 53)" : null;
    }

    /** Evidence when an AIS name announces a warship ("WARSHIP 23", "NATO WARSHIP A22"), else null. */
    public String militaryShipName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toUpperCase(Locale.ROOT);
        int i = n.indexOf("WARSHIP");
        boolean word = i >= 0 && (i == 0 || !Character.isLetter(n.charAt(i - 1)))
                && (i + 7 == n.length() || !Character.isLetter(n.charAt(i + 7)));
        return word ? "AIS name \"" + name.strip() + "\" announces a warship" : null;
    }

    /** Number of State blocks loaded (for diagnostics). */
    public int stateBlockCount() {
        return stateBlocks.size();
    }
}
