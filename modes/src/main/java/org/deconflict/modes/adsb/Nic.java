package org.deconflict.modes.adsb;

/**
 * Navigation integrity category of position messages from the type code and NIC supplements, per ADS-B version
 * (DO-260B Tables 2-14 and 2-15 for v2, DO-260A Table 2-14 for v1; for version 0, NUCp of DO-260 Table 2-9).
 */
public final class Nic {
    private Nic() {
    }

    /** NIC (v1/v2) or NUCp (v0) of an airborne position; {@code nicA}/{@code nicB}: supplements A (TC31) and B. */
    public static int airborne(int tc, int version, int nicA, int nicB) {
        if (version == 0) {
            return switch (tc) { // DO-260 Table 2-9 (NUCp)
                case 9, 20 -> 9;
                case 10, 21 -> 8;
                case 11 -> 7;
                case 12 -> 6;
                case 13 -> 5;
                case 14 -> 4;
                case 15 -> 3;
                case 16 -> 2;
                case 17 -> 1;
                default -> 0;
            };
        }
        boolean high = version == 1 ? nicA == 1 : (nicA == 1 && nicB == 1);
        return switch (tc) { // DO-260B Table 2-14
            case 9, 20 -> 11;
            case 10, 21 -> 10;
            case 11 -> high ? 9 : 8;
            case 12 -> 7;
            case 13 -> 6;
            case 14 -> 5;
            case 15 -> 4;
            case 16 -> high ? 3 : 2;
            case 17 -> 1;
            default -> 0;
        };
    }

    /** NIC (v1/v2) or NUCp (v0) of a surface position; {@code nicA}/{@code nicC}: supplements from TC31. */
    public static int surface(int tc, int version, int nicA, int nicC) {
        if (version == 0) {
            return switch (tc) { // DO-260 Table 2-9 (NUCp)
                case 5 -> 9;
                case 6 -> 8;
                case 7 -> 7;
                case 8 -> 6;
                default -> 0;
            };
        }
        return switch (tc) { // DO-260B Table 2-15
            case 5 -> 11;
            case 6 -> 10;
            case 7 -> nicA == 1 ? 9 : 8;
            case 8 -> version == 1 ? (nicA == 1 ? 6 : 0) : (nicA == 1 && nicC == 1 ? 7 : (nicA + nicC == 1 ? 6 : 0));
            default -> 0;
        };
    }
}
