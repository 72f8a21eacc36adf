package org.deconflict.engine.track;

import static org.assertj.core.api.Assertions.assertThat;

import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.Channel;
import org.deconflict.engine.ingest.IdentityObservation;
import org.deconflict.engine.ingest.PositionObservation;
import org.deconflict.engine.ingest.PositionSource;
import org.deconflict.engine.ingest.ReceiverList;
import org.deconflict.engine.ingest.ReplyObservation;
import org.deconflict.engine.ingest.TargetKey;
import org.junit.jupiter.api.Test;

/** Nation and military identification on known addresses, callsigns, DF19, AIS type 35 and MMSI MIDs. */
class TargetIdentifierTest {

    private final TargetIdentifier id = TargetIdentifier.standard();

    @Test
    void nationsFromIcaoBlocks() {
        // Addresses from the shared test data (SOURCES.md) and the State blocks of ICAO Annex 10 Vol III Table 9-1.
        assertThat(id.nationOfAddress(0x4840d6)).isEqualTo("NL");   // 480000-487FFF Netherlands
        assertThat(id.nationOfAddress(0x406b90)).isEqualTo("GB");   // EZY85MH, easyJet UK
        assertThat(id.nationOfAddress(0x4d2023)).isEqualTo("MT");   // antirez modes1.bin aircraft, Malta block
        assertThat(id.nationOfAddress(0x3c6444)).isEqualTo("DE");
        assertThat(id.nationOfAddress(0x151234)).isEqualTo("RU");   // 100000-1FFFFF
        assertThat(id.nationOfAddress(0x48d800)).isEqualTo("PL");
        assertThat(id.nationOfAddress(0x4a8123)).isEqualTo("SE");
        assertThat(id.nationOfAddress(0x461abc)).isEqualTo("FI");
        assertThat(id.nationOfAddress(0x45a001)).isEqualTo("DK");
        assertThat(id.nationOfAddress(0x478100)).isEqualTo("NO");
        assertThat(id.nationOfAddress(0x511010)).isEqualTo("EE");
        assertThat(id.nationOfAddress(0x502c33)).isEqualTo("LV");
        assertThat(id.nationOfAddress(0x503c01)).isEqualTo("LT");
        assertThat(id.nationOfAddress(0x510100)).isEqualTo("BY");
        assertThat(id.nationOfAddress(0x508000)).isEqualTo("UA");
        assertThat(id.nationOfAddress(0x44f000)).isEqualTo("BE");
        assertThat(id.nationOfAddress(0x300001)).isEqualTo("IT");
        assertThat(id.nationOfAddress(0x345678)).isEqualTo("ES");
        assertThat(id.nationOfAddress(0x3a0000)).isEqualTo("FR");
        assertThat(id.nationOfAddress(0xc01234)).isEqualTo("CA");
        assertThat(id.nationOfAddress(0x4bb123)).isEqualTo("TR");
        assertThat(id.nationOfAddress(0x780abc)).isEqualTo("CN");
        assertThat(id.nationOfAddress(0xa12345)).isEqualTo("US");
        assertThat(id.nationOfAddress(0xc0ffee)).isEqualTo("CA");   // java-adsb README test address
        // Gaps between blocks and reserved space belong to nobody
        assertThat(id.nationOfAddress(0x000000)).isNull();
        assertThat(id.nationOfAddress(0x510400)).isNull();          // after Belarus 510000-5103FF
        assertThat(id.nationOfAddress(0xf00001)).isNull();
        assertThat(id.stateBlockCount()).isGreaterThan(180);
    }

    @Test
    void militaryAddressBlocks() {
        Identification usaf = id.identifyAddress(0xae1234);
        assertThat(usaf.nation()).isEqualTo("US");
        assertThat(usaf.military()).isTrue();
        assertThat(usaf.reason()).isEqualTo(MilitaryReason.ADDRESS_BLOCK);
        assertThat(usaf.detail()).contains("AE0000");
        Identification raf = id.identifyAddress(0x43c6f1);
        assertThat(raf.nation()).isEqualTo("GB");
        assertThat(raf.military()).isTrue();
        // civil twins: last civil N-number address and a UK civil address
        assertThat(id.identifyAddress(0xadf7c7).military()).isFalse();
        assertThat(id.identifyAddress(0x406b90).military()).isFalse();
        assertThat(id.identifyAddress(0x406b90).reason()).isEqualTo(MilitaryReason.NONE);
    }

    @Test
    void militaryCallsigns() {
        assertThat(id.militaryCallsign("RCH123")).contains("REACH");
        assertThat(id.militaryCallsign("FORTE10")).isNotNull();
        assertThat(id.militaryCallsign("NATO01 ")).isNotNull();
        assertThat(id.militaryCallsign("LAGR221A")).isNotNull();
        assertThat(id.militaryCallsign("GAF618")).isNotNull();
        assertThat(id.callsignNation("GAF618")).isEqualTo("DE");
        assertThat(id.callsignNation("RFF7081")).isEqualTo("RU");
        // civil twins: airline callsigns and words that merely begin alike
        assertThat(id.militaryCallsign("EZY85MH")).isNull();
        assertThat(id.militaryCallsign("KLM1017")).isNull();
        assertThat(id.militaryCallsign("RCHX12")).isNull();
        assertThat(id.militaryCallsign("NATO")).isNull();
        assertThat(id.militaryCallsign("GAF61845")).isNull();
        assertThat(id.militaryCallsign(null)).isNull();
    }

    @Test
    void mmsiMidsAndFormats() {
        assertThat(id.nationOfMmsi(219165000)).isEqualTo("DK");     // dma-aisabnormal vessel
        assertThat(id.nationOfMmsi(212123000)).isEqualTo("CY");
        assertThat(id.nationOfMmsi(538004030)).isEqualTo("MH");
        assertThat(id.nationOfMmsi(273123456)).isEqualTo("RU");
        assertThat(id.nationOfMmsi(261000001)).isEqualTo("PL");
        assertThat(id.nationOfMmsi(2655001)).isEqualTo("SE");       // 00MIDxxxx coast station 00265 5001
        assertThat(id.nationOfMmsi(23010000)).isEqualTo("FI");      // 0MIDxxxxx group call
        assertThat(id.nationOfMmsi(111219001)).isEqualTo("DK");     // SAR aircraft
        assertThat(id.nationOfMmsi(992761234)).isEqualTo("EE");     // AtoN
        assertThat(id.nationOfMmsi(970012345)).isNull();            // AIS-SART: no MID
        assertThat(id.nationOfMmsi(217000000)).isNull();            // MID 217 unassigned
        assertThat(id.midDetail(219165000)).isEqualTo("MID 219 Denmark");
    }

    @Test
    void shipTypeAndName() {
        assertThat(id.militaryShipType(35)).isNotNull();
        assertThat(id.militaryShipType(36)).isNull();
        assertThat(id.militaryShipName("NATO WARSHIP A22")).isNotNull();
        assertThat(id.militaryShipName("WARSHIP 23")).isNotNull();
        assertThat(id.militaryShipName("WARSHIPPER")).isNull();
        assertThat(id.militaryShipName("MAERSK KIEL")).isNull();
    }

    @Test
    void tracksCarryNationAndMilitaryReason() {
        RecordingListener l = new RecordingListener();
        Tracker t = new Tracker(TrackerConfig.defaults(), new ReceiverRegistry(), l);
        ReceiverList r = ReceiverList.of(1);
        // DF19 on a German address
        TargetKey de = TargetKey.icao(0x3f8001, AddressType.ICAO);
        t.accept(new ReplyObservation(de, Obs.T0, r, Channel.MODE_S, 4, 20_000, -1, -1, false));
        assertThat(t.get(de).military()).isFalse();
        assertThat(l.last().transponder()).isEqualTo(TransponderMode.MODE_S_ONLY);
        t.accept(new PositionObservation(de, Obs.T0 + Obs.S, r, Channel.MILITARY_ES,
                PositionSource.ADSB_AIRBORNE_GLOBAL, 54.0, 12.0, 20_000, false, false, -1, -1));
        assertThat(t.get(de).military()).isTrue();
        assertThat(t.get(de).militaryReason()).isEqualTo(MilitaryReason.DF19);
        assertThat(l.last().nation()).isEqualTo("DE");
        assertThat(l.last().military()).isTrue();
        assertThat(l.last().transponder()).isEqualTo(TransponderMode.ADSB);

        // callsign on a civil-block address
        TargetKey pl = TargetKey.icao(0x48d001, AddressType.ICAO);
        t.accept(IdentityObservation.aircraft(pl, Obs.T0, r, Channel.ADSB, "PLF101", 0xA3));
        assertThat(t.get(pl).militaryReason()).isEqualTo(MilitaryReason.CALLSIGN);
        assertThat(t.get(pl).nation()).isEqualTo("PL");
        assertThat(t.get(pl).category()).isEqualTo(0xA3);

        // AIS type 35 and a civil ship twin
        TargetKey warship = TargetKey.mmsi(273123456);
        TargetKey ferry = TargetKey.mmsi(265123456);
        t.accept(new IdentityObservation(warship, Obs.T0, r, Channel.AIS, "UBKL", "SOOBRAZITELNY", 35, -1, 50, 54, 8, 8));
        t.accept(new IdentityObservation(ferry, Obs.T0, r, Channel.AIS, "SKPG", "STENA SPIRIT", 60, 8_000_000, 100, 75, 15, 15));
        assertThat(t.get(warship).militaryReason()).isEqualTo(MilitaryReason.AIS_SHIP_TYPE);
        assertThat(t.get(warship).nation()).isEqualTo("RU");
        assertThat(t.get(warship).lengthM()).isEqualTo(104);
        assertThat(t.get(ferry).military()).isFalse();
        assertThat(t.get(ferry).nation()).isEqualTo("SE");
        assertThat(t.get(ferry).callsignOrName()).isEqualTo("STENA SPIRIT");
    }
}
