package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
class FileInputTest {
    private static final InputConfig SMALL_CHUNKS = InputConfig.defaults().withReadBufferBytes(512);

    @TempDir
    Path dir;

    /** Reads {@code path} to its end through an input; returns the handler. */
    private static RecordingHandler readAll(Input in, RecordingHandler h) throws InterruptedException {
        assertThat(in.awaitTermination(Duration.ofSeconds(5))).isTrue();
        assertThat(h.violations()).isEmpty();
        return h;
    }

    private static Input start(InputSpec spec, RecordingHandler h) {
        return Inputs.start(spec, h, SMALL_CHUNKS, new ReceiverIds());
    }

    @Test
    void plainAndGzippedRecordingsOfEveryFormatAreDetectedAndDeliveredIntact() throws Exception {
        ByteArrayOutputStream bigNmea = new ByteArrayOutputStream();
        for (int i = 0; i < 2000; i++) {
            bigNmea.writeBytes(Samples.ascii("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23\r\n"));
        }
        List<Object[]> cases = List.of(
                new Object[] {"beast.bin", Samples.beastStream(500), StreamFormat.BEAST},
                new Object[] {"avr.txt", Samples.ascii("*8d4840d6202cc371c32ce0576098;\n*5d3981e46dc8e0;\n"),
                    StreamFormat.AVR},
                new Object[] {"sbs.csv", Samples.ascii("MSG,8,1,1,4CA7B6,1,2020/02/12,10:07:01.000,2020/02/12,"
                        + "10:07:01.000,,,,,,,,,,,,0\n"), StreamFormat.SBS},
                new Object[] {"ais.nmea", bigNmea.toByteArray(), StreamFormat.NMEA},
                new Object[] {"frames.hex", Samples.ascii("8D4840D6202CC371C32CE0576098\n"), StreamFormat.HEX});
        for (Object[] c : cases) {
            byte[] content = (byte[]) c[1];
            for (boolean gz : new boolean[] {false, true}) {
                String name = (String) c[0] + (gz ? ".gz" : "");
                Path p = gz ? Samples.writeGzip(dir, name, content) : Samples.write(dir, name, content);
                RecordingHandler h = new RecordingHandler();
                Input in = start(InputSpecs.parseFile(p.toString()), h);
                readAll(in, h);
                assertThat(in.id().format()).as(name).isEqualTo(c[2]);
                assertThat(h.bytes(in.id())).as(name).isEqualTo(content);
                assertThat(h.disconnects(in.id())).as(name).containsExactly(DisconnectCause.END_OF_STREAM);
                InputStats s = in.stats();
                assertThat(s.state()).as(name).isEqualTo(InputState.FINISHED);
                assertThat(s.bytes()).as(name).isEqualTo(content.length);
                assertThat(s.chunks()).as(name).isGreaterThanOrEqualTo((content.length + 511) / 512);
                assertThat(s.sourceBytesTotal()).as(name).isEqualTo(Files.size(p));
                assertThat(s.sourceBytesRead()).as(name).isEqualTo(Files.size(p));
                in.close();
                assertThat(in.stats().state()).as(name).isEqualTo(InputState.FINISHED);
            }
        }
    }

    @Test
    void aNamedFormatOverridesDetection() throws Exception {
        Path p = Samples.write(dir, "odd.txt", Samples.ascii("*8d4840d6202cc371c32ce0576098;\n"));
        RecordingHandler h = new RecordingHandler();
        Input in = start(InputSpecs.parseFile("hex:" + p), h);
        readAll(in, h);
        assertThat(in.id().format()).isEqualTo(StreamFormat.HEX);
        assertThat(h.bytes(in.id())).hasSize(31);
    }

    @Test
    void realRecordingsAreRecognised() throws Exception {
        Object[][] cases = {
            {"modes/traffic/sample_dump1090.bin", StreamFormat.BEAST, 4218},
            {"modes/traffic/sample_dump1090.dump1090-fa.avr.txt", StreamFormat.AVR, 4649},
            {"ais/pyais/nmea_data_sample.txt", StreamFormat.NMEA, 41758},
            {"ais/pyais/messages.ais", StreamFormat.NMEA, 350},
            {"ais/libais/tagblock.nmea", StreamFormat.NMEA, -1},
            {"modes/pyModeS/sample_data_adsb.csv", StreamFormat.HEX, -1},
        };
        for (Object[] c : cases) {
            Path p = SharedData.require((String) c[0]);
            RecordingHandler h = new RecordingHandler();
            Input in = start(InputSpecs.parseFile(p.toString()), h);
            readAll(in, h);
            assertThat(in.id().format()).as((String) c[0]).isEqualTo(c[1]);
            assertThat(h.bytes(in.id())).as((String) c[0]).isEqualTo(Files.readAllBytes(p));
            if ((int) c[2] >= 0) {
                assertThat(in.stats().bytes()).isEqualTo((int) c[2]); // sizes from SOURCES.md
            }
        }
    }

    @Test
    void rawIqSamplesAreNoKnownFormatAndSaySoInOneLine() {
        Path iq = SharedData.require("modes/antirez-dump1090/modes1.bin");
        assertThatThrownBy(() -> start(InputSpecs.parseFile(iq.toString()), new RecordingHandler()))
                .isInstanceOf(Sources.InputException.class)
                .hasMessageStartingWith("cannot tell the format of ")
                .hasMessageContaining("beast:")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aTruncatedGzipFailsAfterDeliveringWhatItCould() throws Exception {
        byte[] content = Samples.beastStream(3000);
        Path whole = Samples.writeGzip(dir, "whole.bin.gz", content);
        byte[] gz = Files.readAllBytes(whole);
        Path cut = Samples.write(dir, "cut.bin.gz", Arrays.copyOf(gz, gz.length * 2 / 3));
        RecordingHandler h = new RecordingHandler();
        Input in = start(new InputSpec.File(cut, StreamFormat.BEAST), h);
        readAll(in, h);
        assertThat(h.disconnects(in.id())).containsExactly(DisconnectCause.ERROR);
        InputStats s = in.stats();
        assertThat(s.state()).isEqualTo(InputState.FAILED);
        assertThat(s.errors(InputError.READ_FAILED)).isEqualTo(1);
        assertThat(s.lastError()).startsWith("READ_FAILED");
        byte[] got = h.bytes(in.id());
        assertThat(got.length).isGreaterThan(content.length / 3).isLessThan(content.length);
        assertThat(got).isEqualTo(Arrays.copyOf(content, got.length));
    }

    @Test
    void closingMidFileStopsAndSignalsShutdown() throws Exception {
        Path p = Samples.write(dir, "big.bin", Samples.beastStream(200_000));
        CountDownLatch firstChunk = new CountDownLatch(1);
        RecordingHandler h = new RecordingHandler() {
            @Override
            public synchronized void onBytes(InputId id, byte[] buf, int off, int len, long receivedNanos) {
                super.onBytes(id, buf, off, len, receivedNanos);
                firstChunk.countDown();
                try {
                    Thread.sleep(1); // a slow consumer
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Input in = start(new InputSpec.File(p, null), h);
        firstChunk.await();
        in.close();
        assertThat(h.disconnects(in.id())).containsExactly(DisconnectCause.SHUTDOWN);
        assertThat(in.stats().state()).isEqualTo(InputState.CLOSED);
        assertThat(in.stats().bytes()).isEqualTo(h.bytes(in.id()).length).isLessThan(Files.size(p));
        assertThat(InputThreads.alive(in.id().name())).isEmpty();
    }
}
