package org.deconflict.modes.adsb;

/** TC23 test message (DO-260B §2.2.3.2.8); subtype 7 carries the Mode A code ({@code squawk}, else null). */
public record TestMessage(int subtype, Integer squawk) implements AdsbMessage {
    @Override
    public int typecode() {
        return 23;
    }
}
