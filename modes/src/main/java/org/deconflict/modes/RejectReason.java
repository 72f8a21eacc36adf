package org.deconflict.modes;

/** Why a frame was not accepted. Every rejection is counted by the decoder ({@link ModeSDecoder#rejectCount}). */
public enum RejectReason {
    /** Frame length is not 7 or 14 bytes, or does not match the length its DF implies. */
    BAD_LENGTH,
    /** The DF is not a defined downlink format (1-3, 6-10, 12-15, 22, 23). */
    UNSUPPORTED_DF,
    /** DF11/17/18/19 parity failed and could not be corrected within the allowed number of bits. */
    BAD_CRC,
    /** Address/parity reply (DF0/4/5/16/20/21/24) from an address not confirmed recently (known-address filter). */
    UNKNOWN_ADDRESS,
    /** Corrected frame whose address is not confirmed: a bit fix may have invented the address. */
    CORRECTED_UNKNOWN_ADDRESS
}
