package org.deconflict.app.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deconflict decode}: one JSON object per accepted frame or AIS message on stdout, a summary on stderr. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode Mode S / ADS-B frames (or AIS sentences with --ais) to JSON lines.")
public final class DecodeCommand implements Callable<Integer> {

    @Option(names = "--format", description = "Mode S input format: beast, avr, sbs, hex (default: beast)")
    String format = "beast";

    @Option(names = "--ais", description = "Decode AIS NMEA sentences instead of Mode S")
    boolean ais;

    @Option(names = "--no-address-filter", description = "Mode S streams: accept address/parity replies from unknown aircraft")
    boolean noAddressFilter;

    @Parameters(index = "0", description = "FILE, - (stdin), tcp://host:port, or udp://:port")
    String source;

    @Override
    public Integer call() {
        if (ais) {
            return AisDecodeRunner.run(source, System.out, System.err);
        }
        return ModesDecodeRunner.run(source, format, !noAddressFilter, System.out, System.err);
    }
}
