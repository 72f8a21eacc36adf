package org.deconflict.modes.adsb;

/** An ME field this library recognises but does not break down (TC0, 24-27, 30, reserved subtypes); raw 56 bits. */
public record OtherAdsb(int typecode, long me) implements AdsbMessage {
}
