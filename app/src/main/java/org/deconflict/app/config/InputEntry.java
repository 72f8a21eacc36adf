package org.deconflict.app.config;

import org.deconflict.app.input.InputSpec;
import org.deconflict.app.input.InputSpecs;

/**
 * One item of the {@code inputs} list, written {@code - KIND: VALUE} exactly as the {@code run} option of that name
 * ({@code - beast: localhost:30005}, {@code - ais: udp://:10110}, {@code - file: nmea:ais.log}).
 *
 * @param kind  one of {@link InputSpecs#OPTIONS}
 * @param value the option's value
 * @param spec  the parsed input
 */
public record InputEntry(String kind, String value, InputSpec spec) {

    /** Parses {@code kind: value}; a bad value is an {@link org.deconflict.app.input.Sources.InputException}. */
    public static InputEntry parse(String kind, String value) {
        return new InputEntry(kind, value, InputSpecs.parse(kind, value));
    }
}
