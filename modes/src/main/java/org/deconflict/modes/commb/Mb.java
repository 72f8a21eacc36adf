package org.deconflict.modes.commb;

/**
 * The 56-bit MB field (message bits 33-88) of DF20/21 held in a long, with MB-relative 1-based bit numbers
 * (MB bit 1 = message bit 33, ICAO Annex 10 Vol IV §3.1.2.6.6.1). Reading it once and extracting fields by shifts
 * keeps register inference cheap.
 */
final class Mb {
    private Mb() {
    }

    /** The MB field of the frame at {@code off}. */
    static long of(byte[] b, int off) {
        long v = 0;
        for (int i = 4; i < 11; i++) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    static int get(long mb, int start, int n) {
        return (int) ((mb >>> (57 - start - n)) & ((1L << n) - 1));
    }

    static int bit(long mb, int pos) {
        return (int) (mb >>> (56 - pos)) & 1;
    }

    /** Mask of MB bits {@code from..to} (1-based, inclusive) in the long returned by {@link #of}. */
    static long bits(int from, int to) {
        int n = to - from + 1;
        return ((1L << n) - 1) << (56 - to);
    }

    /**
     * A register's status groups checked in a few word operations: a field (MB bits first..last) added to its
     * all-ones mask carries into the bit just above it exactly when it is non-zero. That carry bit is the group's
     * status bit, or the bit below it when a sign bit sits between status and field.
     */
    record StatusGroups(long fields, long carryAtStatus, long carryBelowStatus) {
        /** Groups as (status bit, first field bit, last field bit) triples, MB-relative 1-based. */
        static StatusGroups of(int... sbFromTo) {
            long fields = 0;
            long at = 0;
            long below = 0;
            for (int i = 0; i < sbFromTo.length; i += 3) {
                int sb = sbFromTo[i];
                int from = sbFromTo[i + 1];
                long f = bits(from, sbFromTo[i + 2]);
                long carry = bits(from - 1, from - 1);
                if ((fields & f) != 0 || (from - sb != 1 && from - sb != 2)) {
                    throw new IllegalArgumentException("overlapping or detached status group at MB bit " + sb);
                }
                fields |= f;
                if (from - sb == 1) {
                    at |= carry;
                } else {
                    below |= carry;
                }
            }
            if (((at | below) & fields) != 0) {
                throw new IllegalArgumentException("a carry bit falls inside another field");
            }
            return new StatusGroups(fields, at, below);
        }

        /** True when no group has its status bit clear while its field is non-zero. */
        boolean consistent(long mb) {
            long nonZero = (mb & fields) + fields;
            return (((nonZero & carryAtStatus) | ((nonZero & carryBelowStatus) << 1)) & ~mb) == 0;
        }
    }

    /*
     * Status-gated values without a branch: which status bits a reply sets varies from aircraft to aircraft, so a
     * branch on them is mispredicted in a mixed stream; these select with a mask made from the bit instead.
     */

    /** {@code value} when MB bit {@code statusPos} is set, else -1. */
    static int orMinusOne(long mb, int statusPos, int value) {
        return value | (bit(mb, statusPos) - 1);
    }

    /** {@code value} when MB bit {@code statusPos} is set, else {@code absent}. */
    static int orElse(long mb, int statusPos, int value, int absent) {
        return value ^ ((value ^ absent) & (bit(mb, statusPos) - 1));
    }

    /** {@code value} when MB bit {@code statusPos} is set, else NaN. */
    static double orNaN(long mb, int statusPos, double value) {
        long nanIfClear = (bit(mb, statusPos) - 1L) & 0x7FF8_0000_0000_0000L; // quiet NaN exponent and mantissa bit
        return Double.longBitsToDouble(Double.doubleToRawLongBits(value) | nanIfClear);
    }

    /** Two's-complement value with a separate sign bit at {@code signPos} followed by {@code n} magnitude bits. */
    static int signed(long mb, int signPos, int n) {
        // the sign bit moved to bit 63, then an arithmetic shift sign-extends the n+1 bit field (no branch)
        return (int) ((mb << (7 + signPos)) >> (63 - n));
    }
}
