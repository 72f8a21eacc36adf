package org.deconflict.sim.world;

import java.util.List;

/**
 * Real identifier blocks used to give background traffic plausible identities: ICAO 24-bit address blocks per
 * State (ICAO Annex 10 Vol III Part I Ch. 9, Appendix Table 9-1), MMSI maritime identification digits
 * (ITU-R M.585-9 and the ITU MID table), and airline ICAO designators (ICAO Doc 8585).
 */
final class Registries {

    /** Nation (ISO 3166 alpha-2), first and last address of its ICAO block, airline designators registered there. */
    record AddressBlock(String nation, int first, int last, List<String> airlines) {
    }

    static final List<AddressBlock> AIRCRAFT = List.of(
            new AddressBlock("DK", 0x458000, 0x45FFFF, List.of("SAS", "DTR")),
            new AddressBlock("SE", 0x4A8000, 0x4AFFFF, List.of("SAS", "BRX")),
            new AddressBlock("NO", 0x478000, 0x47FFFF, List.of("NOZ", "NSZ")),
            new AddressBlock("FI", 0x460000, 0x467FFF, List.of("FIN")),
            new AddressBlock("DE", 0x3C0000, 0x3FFFFF, List.of("DLH", "EWG", "CFG")),
            new AddressBlock("PL", 0x488000, 0x48FFFF, List.of("LOT", "ENT")),
            new AddressBlock("LV", 0x502C00, 0x502FFF, List.of("BTI")),
            new AddressBlock("EE", 0x511000, 0x5113FF, List.of("MYX")),
            new AddressBlock("NL", 0x480000, 0x487FFF, List.of("KLM", "TRA")),
            new AddressBlock("IE", 0x4CA000, 0x4CAFFF, List.of("RYR")),
            new AddressBlock("GB", 0x400000, 0x43FFFF, List.of("BAW", "EZY")),
            new AddressBlock("FR", 0x380000, 0x3BFFFF, List.of("AFR")));

    /** Airliner types with their ADS-B emitter category (0xA2 small, 0xA3 large, 0xA5 heavy). */
    record AirlinerType(String icaoType, int category) {
    }

    static final List<AirlinerType> AIRLINERS = List.of(
            new AirlinerType("A320", 0xA3), new AirlinerType("A20N", 0xA3), new AirlinerType("A321", 0xA3),
            new AirlinerType("B738", 0xA3), new AirlinerType("B38M", 0xA3), new AirlinerType("E190", 0xA3),
            new AirlinerType("CRJ9", 0xA2), new AirlinerType("AT76", 0xA2), new AirlinerType("B789", 0xA5),
            new AirlinerType("A333", 0xA5));

    /** Nation and its maritime identification digits. */
    record Mid(String nation, int mid) {
    }

    static final List<Mid> MIDS = List.of(
            new Mid("DK", 219), new Mid("DK", 220), new Mid("SE", 265), new Mid("SE", 266), new Mid("FI", 230),
            new Mid("DE", 211), new Mid("DE", 218), new Mid("PL", 261), new Mid("EE", 276), new Mid("LV", 275),
            new Mid("LT", 277), new Mid("RU", 273), new Mid("NO", 257), new Mid("NL", 244), new Mid("MT", 248),
            new Mid("LR", 636), new Mid("PA", 352), new Mid("AG", 305), new Mid("CY", 210), new Mid("BS", 311));

    static final List<String> NAME_FIRST = List.of("BALTIC", "NORDIC", "AMBER", "ARKONA", "BOTHNIA", "GOTLAND",
            "HANSA", "POLARIS", "STELLA", "SKAGEN", "VIKING", "AURORA", "FINN", "KORSOR", "SEA", "OCEAN", "NORTHERN",
            "WESTERN", "EASTERN", "SILVER");
    static final List<String> NAME_SECOND = List.of("TRADER", "STAR", "PIONEER", "SPIRIT", "BREEZE", "CARRIER",
            "EXPRESS", "MARINER", "FORTUNE", "HIGHWAY", "LINK", "WAVE", "QUEEN", "VENTURE", "HORIZON", "ARROW");

    private Registries() {
    }
}
