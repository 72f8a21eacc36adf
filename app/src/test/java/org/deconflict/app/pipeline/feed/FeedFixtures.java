package org.deconflict.app.pipeline.feed;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.deconflict.sim.Protocol;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.Simulation;
import org.deconflict.sim.out.BeastFrames;

/** Test scenarios, recordings generated from them, and dumps of a SQLite store for comparisons. */
public final class FeedFixtures {

    private FeedFixtures() {
    }

    /** A scenario from the test resources ({@code feed/NAME.yaml}) with its own seed. */
    public static Simulation scenario(String name) {
        try {
            Path yaml = Path.of(FeedFixtures.class.getResource("/feed/" + name + ".yaml").toURI());
            Simulation probe = Simulation.load(yaml.toString(), SimOptions.of(0));
            return new Simulation(probe.scenario(), SimOptions.of(probe.scenario().seed()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes receiver {@code receiverId}'s Mode S frames as Beast (counter zero at the scenario start, as
     * {@code deconflict simulate} does) to {@code beast}, and every AIS sentence to {@code nmea}.
     */
    public static void record(Simulation sim, int receiverId, Path beast, Path nmea) throws IOException {
        long start = sim.scenario().startNanos();
        byte[] buf = new byte[64];
        try (OutputStream b = new BufferedOutputStream(Files.newOutputStream(beast), 1 << 16);
             OutputStream a = new BufferedOutputStream(Files.newOutputStream(nmea), 1 << 16)) {
            sim.run((rx, t, protocol, frame, off, len, signal) -> {
                try {
                    if (protocol == Protocol.MODE_S) {
                        if (rx == receiverId) {
                            b.write(buf, 0, BeastFrames.write(buf, 0, BeastFrames.ticks(t, start), signal, frame, off,
                                    len));
                        }
                    } else {
                        a.write(frame, off, len);
                        a.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, null);
        }
    }

    /** Every row of {@code table}, each as one text line, sorted. */
    public static List<String> dump(Path sqlite, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    sb.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                }
                rows.add(sb.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
