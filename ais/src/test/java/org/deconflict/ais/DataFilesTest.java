package org.deconflict.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every AIS file in the shared data decodes with every reject accounted for: per file, the messages by type and the
 * rejects by reason are asserted, and the type counts are checked against gpsdecode's counts in
 * {@code ais/SOURCES.md} (type 24 aside: gpsd prints matched A+B pairs, we count parts). Where we decode more than
 * gpsd, the case says why.
 */
class DataFilesTest {

    /** One file: our message counts by type, our rejects, and the types where we knowingly differ from gpsd. */
    record Case(String file, String types, String rejects, String differFromGpsd) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> cases() {
        return List.of(
                // $PSTT base-station status lines are NMEA but not AIS
                new Case("dma-aisabnormal/212123000_drift_1.ais", "1:1741,3:822,5:562,11:5", "NOT_AIS=33", ""),
                new Case("dma-aisabnormal/219165000_ssc_1.ais", "1:33,3:26,5:9,10:12", "NOT_AIS=1", ""),
                new Case("dma-aisabnormal/538004030_drift_1.ais", "1:4975,3:54,5:223", "NOT_AIS=80", ""),
                // eight type 5s whose two sentences sit on one line joined by the text "\r\n": gpsd loses them
                new Case("dma-aislib/ais250.txt", "1:162,3:13,4:19,5:8,8:1,18:23,21:3,24:14", "", "5"),
                new Case("dma-aislib/decode_encode_messages.txt", "1:282,3:35,4:71,5:15,8:30,18:103,20:37,24:28", "", ""),
                new Case("dma-aislib/replay_dump.txt", "1:43,3:1,4:2,5:1,18:1,24:2", "", ""),
                // a part 1 superseded by another part 1 of the same sequence id, and a part 2 alone
                new Case("dma-aislib/retry_example.txt", "1:3,5:2,8:1", "ORPHAN_FRAGMENT=1,INCOMPLETE_MESSAGE=1", ""),
                // $PFOO, an orphan !BSVDO part 2; we also read the channel-C sentences and the "!--VDM" talker
                new Case("dma-aislib/small_cb_example.txt", "1:5,5:4,8:1,20:1", "NOT_AIS=1,ORPHAN_FRAGMENT=1", "1,8"),
                // no trailing newline: still decoded (gpsdecode prints nothing)
                new Case("dma-aislib/small_example.txt", "24:1", "", ""),
                new Case("gpsd/ais-nmea-type6-fid55.log",
                        "1:573,2:12,3:111,4:30,5:130,6:68,7:2,8:73,17:5,18:110,19:1,20:12,21:133,23:2,24:63,27:1", "", ""),
                new Case("gpsd/ais_unpack_sixbit.log", "5:6,19:2,21:3,24:2", "", ""),
                // one sentence lacks its leading '!' ("AIVDM,2,2,1,B,...")
                new Case("gpsd/sample.aivdm", "1:4,2:1,3:1,4:4,5:3,6:13,7:3,8:18,9:2,10:2,11:1,12:7,13:1,14:3,15:3,"
                        + "16:2,17:2,18:3,19:1,20:5,21:2,22:3,23:1,24:7,25:3,26:5,27:2", "GARBAGE=1", ""),
                new Case("libais/tagblock.nmea", "1:3,5:1", "", ""),
                // libais's robustness cases: random payloads of type 28+ and types 23/26/27 too short for their
                // fixed fields; gpsd also rejects messages of odd lengths that we decode as far as they go
                new Case("libais/test.aivdm", "1:4,2:1,3:3,4:3,5:2,6:10,7:6,8:13,9:6,10:7,11:7,12:10,13:6,14:12,15:18,"
                        + "16:9,17:7,18:11,19:3,20:13,21:9,22:9,23:9,24:10,25:16,26:10,27:15",
                        "UNKNOWN_MESSAGE_TYPE=17,MESSAGE_TOO_SHORT=15", "*"),
                new Case("libais/typeexamples.nmea", "1:1,2:1,3:1,4:1,5:1,6:1,7:1,8:1,9:1,10:1,11:1,12:1,13:1,14:1,15:1,"
                        + "16:1,17:1,18:1,20:1,21:1,22:1,23:1,24:1,25:1,26:1,27:1", "", ""),
                // the last line has no newline
                new Case("pyais/ais_test_messages", "1:6,5:1", "", "5"),
                // a $PGHP whose year was changed without fixing its checksum
                new Case("pyais/gatehouse.nmea", "1:4", "BAD_CHECKSUM=1", ""),
                // the last line has no newline
                new Case("pyais/messages.ais", "1:6", "", "1"),
                // non-AIS NMEA, free text, tag blocks with a one-digit checksum (sentence still read), a sentence
                // without checksum, a $PGHP with a bad checksum
                new Case("pyais/mixed.txt", "1:10,5:2",
                        "GARBAGE=2,NOT_AIS=4,BAD_CHECKSUM=1,MALFORMED_SENTENCE=1,BAD_TAG_BLOCK=3", ""),
                // empty payloads ("!AIVDM,1,1,,B,,0*25") and 20 part-1 sentences whose part 2 is not in the file;
                // one type 1 of odd length gpsd rejects
                new Case("pyais/nmea_data_sample.txt", "1:667,3:76,4:6,15:7,18:19,20:1,24:2",
                        "EMPTY_PAYLOAD=100,INCOMPLETE_MESSAGE=20", "1"),
                // as mixed.txt, plus a fragment count of 0 under a tag block with a wrong checksum
                new Case("pyais/sample.ais", "1:10,5:1", "GARBAGE=1,BAD_CHECKSUM=1,MALFORMED_SENTENCE=2,BAD_TAG_BLOCK=4",
                        ""),
                new Case("pyais/timestamped.ais", "1:4", "BAD_CHECKSUM=1", ""));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyRejectIsAccountedFor(Case c) throws IOException {
        AisStats stats = decode(SharedData.require("ais/" + c.file()));
        assertThat(typesOf(stats)).as("messages by type").isEqualTo(c.types());
        assertThat(rejectsOf(stats)).as("rejects by reason").isEqualTo(parseRejects(c.rejects()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void typeCountsAgreeWithGpsdecode(Case c) throws IOException {
        if (c.differFromGpsd().equals("*")) {
            return; // libais/test.aivdm: see the case comment
        }
        Map<Integer, Long> gpsd = gpsdTypes(c.file());
        Map<Integer, Long> ours = parseTypes(typesOf(decode(SharedData.require("ais/" + c.file()))));
        List<String> allowed = Arrays.asList(c.differFromGpsd().split(","));
        for (int t = 1; t <= 27; t++) {
            if (t == 24 || allowed.contains(Integer.toString(t))) {
                continue;
            }
            assertThat(ours.getOrDefault(t, 0L)).as(c.file() + " type " + t).isEqualTo(gpsd.getOrDefault(t, 0L));
        }
    }

    @Test
    void emptyPayloadAndIncompleteCountsMatchTheFile() throws IOException {
        Path p = SharedData.require("ais/pyais/nmea_data_sample.txt");
        List<String> lines = Files.readAllLines(p, StandardCharsets.ISO_8859_1);
        long empty = lines.stream().filter(l -> l.matches("!AIVDM,1,1,,[AB]?,,0\\*..\\s*")).count();
        long firstParts = lines.stream().filter(l -> l.matches("!AIVDM,2,1,.*")).count();
        long secondParts = lines.stream().filter(l -> l.matches("!AIVDM,2,2,.*")).count();
        AisStats stats = decode(p);
        assertThat(stats.rejects(RejectReason.EMPTY_PAYLOAD)).isEqualTo(empty).isEqualTo(100);
        assertThat(secondParts).isZero();
        assertThat(stats.rejects(RejectReason.INCOMPLETE_MESSAGE)).isEqualTo(firstParts);
    }

    @Test
    void pstTLinesAreTheOnlyNonAisLinesInTheDmaTracks() throws IOException {
        for (String f : List.of("212123000_drift_1.ais", "219165000_ssc_1.ais", "538004030_drift_1.ais")) {
            Path p = SharedData.require("ais/dma-aisabnormal/" + f);
            long pstt = Files.readAllLines(p, StandardCharsets.ISO_8859_1).stream()
                    .filter(l -> l.startsWith("$PSTT")).count();
            assertThat(decode(p).rejects(RejectReason.NOT_AIS)).as(f).isEqualTo(pstt).isPositive();
        }
    }

    static AisStats decode(Path p) throws IOException {
        AisReader reader = new AisReader(r -> { });
        try (InputStream in = Files.newInputStream(p)) {
            reader.readAll(in);
        }
        return reader.stats();
    }

    private static String typesOf(AisStats s) {
        StringBuilder sb = new StringBuilder();
        for (int t = 1; t <= 27; t++) {
            if (s.messages(t) > 0) {
                sb.append(sb.length() > 0 ? "," : "").append(t).append(':').append(s.messages(t));
            }
        }
        return sb.toString();
    }

    private static Map<RejectReason, Long> rejectsOf(AisStats s) {
        return new EnumMap<>(s.rejectCounts());
    }

    private static Map<RejectReason, Long> parseRejects(String spec) {
        Map<RejectReason, Long> m = new EnumMap<>(RejectReason.class);
        if (!spec.isEmpty()) {
            for (String kv : spec.split(",")) {
                String[] p = kv.split("=");
                m.put(RejectReason.valueOf(p[0]), Long.parseLong(p[1]));
            }
        }
        return m;
    }

    private static Map<Integer, Long> parseTypes(String spec) {
        Map<Integer, Long> m = new TreeMap<>();
        if (!spec.isBlank()) {
            for (String kv : spec.split(",")) {
                String[] p = kv.trim().split(":");
                m.put(Integer.parseInt(p[0]), Long.parseLong(p[1]));
            }
        }
        return m;
    }

    /** gpsdecode's counts by type: the last column of the counts table in ais/SOURCES.md. */
    private static Map<Integer, Long> gpsdTypes(String file) throws IOException {
        Pattern row = Pattern.compile("^\\|\\s*" + Pattern.quote(file) + "\\s*\\|.*");
        try (Stream<String> lines = Files.lines(SharedData.require("ais/SOURCES.md"))) {
            String line = lines.filter(l -> row.matcher(l).matches()).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + file + " in SOURCES.md"));
            List<String> cells = Arrays.stream(line.split("\\|")).map(String::trim).collect(Collectors.toList());
            return parseTypes(cells.get(cells.size() - 1).equals("") ? "" : cells.get(cells.size() - 1));
        }
    }
}
