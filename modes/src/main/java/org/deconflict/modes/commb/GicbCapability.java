package org.deconflict.modes.commb;

import java.util.ArrayList;
import java.util.List;

/** BDS 1,7 common usage GICB capability report (ICAO Doc 9871 Table A-2-23): the registers the transponder serves. */
public record GicbCapability(List<String> registers) implements CommBRegister {
    /** Register served for each of MB bits 1-24 and 27-28 (null = unassigned). ICAO Doc 9871 Table A-2-23. */
    private static final String[] REGISTER_BY_BIT = {"0,5", "0,6", "0,7", "0,8", "0,9", "0,A", "2,0", "2,1", "4,0",
        "4,1", "4,2", "4,3", "4,4", "4,5", "4,8", "5,0", "5,1", "5,2", "5,3", "5,4", "5,5", "5,6", "5,F", "6,0",
        null, null, "E,1", "E,2"};
    /** MB bit of BDS 2,0 support. */
    private static final int BDS20_BIT = 7;

    /** Heuristic: MB 29-56 reserved (zero) and the aircraft at least serves its identification (BDS 2,0). */
    public static boolean isValid(long mb) {
        return Mb.get(mb, 29, 28) == 0 && Mb.bit(mb, BDS20_BIT) == 1;
    }

    /** MB bits 1-28 as served-register flags (bit 27 = MB bit 1 = register 0,5 ... bit 0 = MB 28 = E,2). */
    public static int servedBits(long mb) {
        return Mb.get(mb, 1, 28);
    }

    public static GicbCapability decode(long mb) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < REGISTER_BY_BIT.length; i++) {
            if (REGISTER_BY_BIT[i] != null && Mb.bit(mb, i + 1) == 1) {
                out.add(REGISTER_BY_BIT[i]);
            }
        }
        return new GicbCapability(List.copyOf(out));
    }

    /** As {@link #isValid(long)} on the frame at {@code off}. */
    public static boolean isValid(byte[] b, int off) {
        return isValid(Mb.of(b, off));
    }

    /** As {@link #decode(long)} on the frame at {@code off}. */
    public static GicbCapability decode(byte[] b, int off) {
        return decode(Mb.of(b, off));
    }

    @Override
    public Bds bds() {
        return Bds.BDS17;
    }
}
