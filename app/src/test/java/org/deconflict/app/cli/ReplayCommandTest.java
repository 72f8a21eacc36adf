package org.deconflict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.deconflict.app.pipeline.feed.FeedFixtures;
import org.deconflict.app.pipeline.feed.SbsLines;
import org.deconflict.ledger.FiledIncident;
import org.deconflict.ledger.Incident;
import org.deconflict.ledger.Ledger;
import org.deconflict.sim.Simulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deconflict replay}: a child JVM replaying a simulator recording into SQLite is SIGKILLed mid-way; the same
 * command run again resumes from the stored marker, and the store ends equal, table by table, to that of an
 * uninterrupted replay; its ledger holds each incident once, as the uninterrupted replay's does.
 */
class ReplayCommandTest {

    /** The receiver on Bornholm, which hears the crossing scenario's encounters. */
    private static final int RECEIVER = 3;
    private static final int SIGKILL_EXIT = 128 + 9;
    private static final List<String> TABLES = List.of("targets", "flights", "positions", "events", "incidents",
            "incident_participants");

    @TempDir
    static Path dir;
    static Path beast;
    static Path nmea;
    static String start;

    @BeforeAll
    static void record() throws Exception {
        Simulation sim = FeedFixtures.scenario("crossing-busy");
        beast = dir.resolve("bornholm.beast");
        nmea = dir.resolve("ais.nmea");
        FeedFixtures.record(sim, RECEIVER, beast, nmea);
        start = Instant.ofEpochSecond(0, sim.scenario().startNanos()).toString();
    }

    /** Replays the recordings into {@code db}, filing incidents into the ledger directory beside it. */
    private static String[] args(Path db, String... more) {
        return args(db, ledgerOf(db), more);
    }

    private static String[] args(Path db, Path ledger, String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("replay", beast.toString(), nmea.toString(), "--start",
                start, "--db", db.toString(), "--ledger", ledger.toString(), "--node", "replay-node",
                "--no-progress"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static Result replay(String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int rc = Main.commandLine().execute(args);
            return new Result(rc, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
    }

    private record Result(int rc, String err) {
    }

    private static Path ledgerOf(Path db) {
        return db.resolveSibling(db.getFileName() + ".ledger");
    }

    /** The incidents in a node's ledger, in log order (each as its full record, evidence included). */
    private static List<Incident> filed(Path ledgerDir) throws Exception {
        try (Ledger ledger = Ledger.open(ledgerDir)) {
            return ledger.incidents().stream().map(FiledIncident::incident).toList();
        }
    }

    /** Bytes in the journal of a node ledger just created, holding no entry. */
    private static long emptyLedgerJournalBytes() throws java.io.IOException {
        Path empty = dir.resolve("empty.ledger");
        org.deconflict.app.pipeline.ledger.NodeLedger.openOrCreate(empty, "replay-node", null).ledger().close();
        return bytesIn(empty.resolve("journal"));
    }

    /** Bytes in the files of {@code dir} (a ledger's write-ahead journal: it grows as entries become durable). */
    private static long bytesIn(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            long n = 0;
            for (Path f : (Iterable<Path>) files::iterator) {
                n += Files.isRegularFile(f) ? Files.size(f) : 0;
            }
            return n;
        }
    }

    private static List<String> ids(List<Incident> incidents) {
        return incidents.stream().map(Incident::id).toList();
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void killedReplayResumesAndEndsEqualToAnUninterruptedOne() throws Exception {
        Path full = dir.resolve("full.db");
        Result whole = replay(args(full));
        assertThat(whole.rc()).as(whole.err()).isZero();
        assertThat(FeedFixtures.dump(full, "incidents")).as("the scenario's low pass is found").isNotEmpty();
        assertThat(FeedFixtures.dump(full, "positions")).hasSizeGreaterThan(100);
        List<Incident> fullFiled = filed(ledgerOf(full));
        assertThat(fullFiled).as("replay files its incidents into the ledger").isNotEmpty();
        assertThat(ids(fullFiled)).doesNotHaveDuplicates();

        Path resumed = dir.resolve("resumed.db");
        long size = Files.size(beast);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp", cp, Main.class.getName()));
        cmd.addAll(List.of(args(resumed, "--speed", "10")));
        Path childErr = dir.resolve("child.err");
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(childErr.toFile()).start();
        long killedAt;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            long offset = -1;
            // killed a quarter in or later, once an incident is in its ledger (its journal grew past the empty log)
            Path journal = ledgerOf(resumed).resolve("journal");
            long emptyJournal = emptyLedgerJournalBytes();
            while ((offset < size / 4 || bytesIn(journal) <= emptyJournal) && child.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
                offset = storedOffset(resumed, beast);
            }
            assertThat(child.isAlive()).as("child still replaying when killed; its output: %s",
                    Files.exists(childErr) ? Files.readString(childErr) : "").isTrue();
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            killedAt = storedOffset(resumed, beast);
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(SIGKILL_EXIT);
        assertThat(killedAt).as("killed mid-way").isPositive().isLessThan(size);
        assertThat(FeedFixtures.dump(resumed, "positions").size())
                .as("the killed run stored only part").isLessThan(FeedFixtures.dump(full, "positions").size());

        int filedBeforeKill = filed(ledgerOf(resumed)).size();
        assertThat(filedBeforeKill).as("incidents filed before the kill").isPositive().isLessThan(fullFiled.size() + 1);

        Result again = replay(args(resumed));
        assertThat(again.rc()).as(again.err()).isZero();
        assertThat(again.err()).contains("resuming after it")
                .containsPattern("ledger\\.already-filed +" + filedBeforeKill + "\\n");
        assertThat(storedOffset(resumed, beast)).as("marked as read to the end").isEqualTo(size);
        for (String table : TABLES) {
            assertThat(FeedFixtures.dump(resumed, table)).as(table).isEqualTo(FeedFixtures.dump(full, table));
        }
        // each incident filed once, whether the kill came before or after it was durable, and filed alike
        assertThat(filed(ledgerOf(resumed))).containsExactlyInAnyOrderElementsOf(fullFiled);

        Result third = replay(args(resumed));
        assertThat(third.rc()).isZero();
        assertThat(third.err()).contains("nothing new");
        for (String table : TABLES) {
            assertThat(FeedFixtures.dump(resumed, table)).as(table).isEqualTo(FeedFixtures.dump(full, table));
        }
        assertThat(filed(ledgerOf(resumed))).containsExactlyInAnyOrderElementsOf(fullFiled);

        Result fromStart = replay(args(dir.resolve("again.db"), ledgerOf(full)));
        assertThat(fromStart.rc()).as(fromStart.err()).isZero();
        assertThat(fromStart.err()).containsPattern("ledger\\.already-filed +" + fullFiled.size() + "\\n")
                .containsPattern("ledger\\.filed +0\\n");
        assertThat(filed(ledgerOf(full))).as("a second replay of the same files into the same ledger files nothing")
                .isEqualTo(fullFiled);
    }

    @Test
    void noLedgerFilesNothing() throws Exception {
        Path db = dir.resolve("no-ledger.db");
        Result r = replay(args(db, "--no-ledger"));
        assertThat(r.rc()).as(r.err()).isZero();
        assertThat(FeedFixtures.dump(db, "incidents")).isNotEmpty();
        assertThat(ledgerOf(db)).doesNotExist();
        assertThat(r.err()).doesNotContain("ledger.filed");
    }



    @Test
    void aGzippedSbsRecordingIsToldFromItsContentAndReplayed() throws Exception {
        long start = Instant.parse("2024-06-01T12:00:00Z").toEpochMilli();
        String text = SbsLines.flight(0x4840D6, "KLM1023", start, 10) + "MSG,3,not a record\r\n"
                + "STA,,5,179,4840D6,10103,2024/06/01,12:00:10.000,2024/06/01,12:00:10.000,RM\r\n";
        Path file = dir.resolve("flight.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        }
        Result r = replay("replay", file.toString(), "--no-store", "--no-ledger", "--no-progress");
        assertThat(r.rc()).as(r.err()).isZero();
        assertThat(r.err()).contains("replay: " + file + " (sbs")
                .containsPattern("decoded\\.observations +30\\b")
                .containsPattern("tracks\\.live +1\\b")
                .containsPattern("rejected sbs +1 ")
                .containsPattern("ignored sbs records +1 ");
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        Result r = replay("replay", dir.resolve("nope.beast").toString(), "--no-store", "--no-ledger");
        assertThat(r.rc()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("replay: no such file: " + dir.resolve("nope.beast"));
    }

    @Test
    void aFileOfNoKnownFormatIsOneLineAndExitTwo() throws Exception {
        Path junk = dir.resolve("junk.bin");
        Files.write(junk, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        Result r = replay("replay", junk.toString(), "--no-store", "--no-ledger");
        assertThat(r.rc()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("replay: cannot tell the format of").doesNotContain("\n");
    }

    /** The stored marker of the Beast file, or -1 while there is none (or the store is not created yet). */
    private static long storedOffset(Path db, Path file) {
        if (!Files.exists(db)) {
            return -1;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT byte_offset FROM replay_progress WHERE input_name = '"
                     + file.toAbsolutePath().normalize() + "'")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            return -1; // not migrated yet
        }
    }
}
