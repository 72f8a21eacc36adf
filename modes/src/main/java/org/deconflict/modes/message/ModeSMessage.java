package org.deconflict.modes.message;

/** A decoded Mode S downlink frame, one record per downlink format family. */
public sealed interface ModeSMessage permits ShortAcas, AltitudeReply, IdentityReply, AllCallReply, LongAcas,
        ExtendedSquitter, MilitarySquitter, CommBReply, CommDReply {

    /** Header information common to all formats. */
    FrameInfo frame();

    /** Downlink format. */
    default int df() {
        return frame().df();
    }

    /** 24-bit aircraft address. */
    default int icao() {
        return frame().icao();
    }
}
