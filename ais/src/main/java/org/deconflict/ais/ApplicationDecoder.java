package org.deconflict.ais;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.ais.ApplicationData.AtonMonitoring;
import org.deconflict.ais.ApplicationData.ClearanceTime;
import org.deconflict.ais.ApplicationData.DangerousCargo;
import org.deconflict.ais.ApplicationData.InlandShipStatic;
import org.deconflict.ais.ApplicationData.MetHydro;
import org.deconflict.ais.ApplicationData.PersonsOnBoard;
import org.deconflict.ais.ApplicationData.Raw;
import org.deconflict.ais.ApplicationData.TextDescription;
import org.deconflict.ais.ApplicationData.Tidal;
import org.deconflict.ais.ApplicationData.TidalWindow;

/**
 * Decodes the application part of type 6 (data from bit 88) and type 8 (data from bit 56) messages by DAC/FI.
 * Bit positions below are absolute within the message, as the IMO circulars and the ERI/GLA specifications give
 * them. A known DAC/FI is decoded from the bits that are there (missing bits read as zero, as gpsd does); the
 * inland static data (DAC 200 FI 10), whose length is fixed at one slot, is kept {@link Raw} when it is not.
 */
final class ApplicationDecoder {

    private static final int TYPE6_DATA = 88; // ITU-R M.1371-5 Annex 8 §3.4
    private static final int TYPE8_DATA = 56; // ITU-R M.1371-5 Annex 8 §3.6

    private ApplicationDecoder() {
    }

    static ApplicationData addressed(BitReader r, int dac, int fid) {
        int n = r.bitLength();
        if (dac == 1) {
            switch (fid) {
                case 12: // IMO SN.1/Circ.236 Annex 2: dangerous cargo indication
                    return new DangerousCargo(r.text(88, 5), r.ubits(118, 4), r.ubits(122, 5), r.ubits(127, 5),
                            r.ubits(132, 6), r.text(138, 5), r.ubits(168, 4), r.ubits(172, 5), r.ubits(177, 5),
                            r.ubits(182, 6), r.text(188, 20), r.text(308, 4), r.ubits(332, 13), r.ubits(345, 10),
                            r.ubits(355, 2));
                case 14: // IMO SN.1/Circ.236 Annex 4: tidal window, 93-bit entries from bit 97
                    return tidal(r, 93, 27, 28, true);
                case 18: // IMO SN.1/Circ.289 Annex 4: clearance time to enter port
                    return new ClearanceTime(r.ubits(88, 10), r.ubits(98, 4), r.ubits(102, 5), r.ubits(107, 5),
                            r.ubits(112, 6), r.text(118, 20), r.text(238, 5), r.sbits(268, 25), r.sbits(293, 24));
                case 30: // IMO SN.1/Circ.289 Annex 9: text description, addressed
                    return new TextDescription(r.ubits(88, 10), r.text(98, Math.max(0, n - 98) / 6));
                case 32: // IMO SN.1/Circ.289 Annex 11: tidal window, 88-bit entries from bit 97
                    return tidal(r, 88, 25, 24, false);
                default:
                    break;
            }
        } else if (dac == 200 && fid == 55) { // CCNR inland AIS: number of persons on board
            return new PersonsOnBoard(r.ubits(88, 8), r.ubits(96, 13), r.ubits(109, 8));
        } else if ((dac == 235 || dac == 250) && fid == 10) { // GLA AtoN monitoring (UK / Ireland)
            return new AtonMonitoring(r.ubits(88, 10), r.ubits(98, 10), r.ubits(108, 10), r.ubits(118, 2),
                    r.ubits(120, 2), r.bit(122), r.ubits(123, 8), r.bit(131));
        }
        return new Raw(MessageDecoder.raw(r, TYPE6_DATA, n));
    }

    static ApplicationData broadcast(BitReader r, int dac, int fid) {
        int n = r.bitLength();
        if (dac == 1 && fid == 11) { // IMO SN.1/Circ.236 Annex 2: meteorological and hydrological data
            return new MetHydro(false, r.sbits(80, 25), r.sbits(56, 24), false, r.ubits(105, 5), r.ubits(110, 5),
                    r.ubits(115, 6), r.ubits(121, 7), r.ubits(128, 7), r.ubits(135, 9), r.ubits(144, 9),
                    r.ubits(153, 11), r.ubits(164, 7), r.ubits(171, 10), r.ubits(181, 9), r.ubits(190, 2), false,
                    r.ubits(192, 8), r.ubits(200, 9), r.ubits(209, 2), r.ubits(211, 8), r.ubits(219, 9),
                    r.ubits(228, 8), r.ubits(236, 9), r.ubits(245, 5), r.ubits(250, 8), r.ubits(258, 9),
                    r.ubits(267, 5), r.ubits(272, 8), r.ubits(280, 6), r.ubits(286, 9), r.ubits(295, 8),
                    r.ubits(303, 6), r.ubits(309, 9), r.ubits(318, 4), r.ubits(322, 10), r.ubits(332, 3),
                    r.ubits(335, 9), r.ubits(344, 2));
        }
        if (dac == 1 && fid == 31) { // IMO SN.1/Circ.289 Annex 3: meteorological and hydrographic data
            return new MetHydro(true, r.sbits(56, 25), r.sbits(81, 24), r.bit(105), r.ubits(106, 5), r.ubits(111, 5),
                    r.ubits(116, 6), r.ubits(122, 7), r.ubits(129, 7), r.ubits(136, 9), r.ubits(145, 9),
                    r.sbits(154, 11), r.ubits(165, 7), r.sbits(172, 10), r.ubits(182, 9), r.ubits(191, 2), r.bit(193),
                    r.ubits(194, 7), r.ubits(201, 12), r.ubits(213, 2), r.ubits(215, 8), r.ubits(223, 9),
                    r.ubits(232, 8), r.ubits(240, 9), r.ubits(249, 5), r.ubits(254, 8), r.ubits(262, 9),
                    r.ubits(271, 5), r.ubits(276, 8), r.ubits(284, 6), r.ubits(290, 9), r.ubits(299, 8),
                    r.ubits(307, 6), r.ubits(313, 9), r.ubits(322, 4), r.sbits(326, 10), r.ubits(336, 3),
                    r.ubits(339, 9), r.ubits(348, 2));
        }
        if (dac == 200 && fid == 10 && n >= 160 && n <= 168) { // ERI inland ship static and voyage data, one slot
            return new InlandShipStatic(r.text(56, 8), r.ubits(104, 13), r.ubits(117, 10), r.ubits(127, 14),
                    r.ubits(141, 3), r.ubits(144, 11), r.ubits(155, 2), r.bit(157), r.bit(158), r.bit(159));
        }
        if (dac == 1 && fid == 29) { // IMO SN.1/Circ.289 Annex 9: text description, broadcast
            return new TextDescription(r.ubits(56, 10), r.text(66, Math.max(0, n - 66) / 6));
        }
        return new Raw(MessageDecoder.raw(r, TYPE8_DATA, n));
    }

    /**
     * Tidal window entries of {@code size} bits from bit 97; each starts with two signed coordinates of
     * {@code firstBits} and {@code secondBits} (latitude first in IMO 236, longitude first in IMO 289).
     */
    private static TidalWindow tidal(BitReader r, int size, int firstBits, int secondBits, boolean latFirst) {
        List<Tidal> list = new ArrayList<>();
        for (int a = 97; a < r.bitLength(); a += size) { // an entry cut short decodes its present fields
            int first = r.sbits(a, firstBits);
            int second = r.sbits(a + firstBits, secondBits);
            int lat = latFirst ? first : second;
            int lon = latFirst ? second : first;
            int t = a + firstBits + secondBits;
            list.add(new Tidal(lon, lat, r.ubits(t, 5), r.ubits(t + 5, 6), r.ubits(t + 11, 5), r.ubits(t + 16, 6),
                    r.ubits(t + 22, 9), r.ubits(t + 31, size - (t + 31 - a))));
        }
        return new TidalWindow(r.ubits(88, 4), r.ubits(92, 5), List.copyOf(list));
    }
}
