package org.deconflict.app.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL + PostGIS server for tests and benchmarks: {@code initdb} into a fresh folder under the
 * temp dir, {@code pg_ctl start} on a free loopback port with trust authentication, a template database with PostGIS,
 * and {@code pg_ctl stop} plus folder removal on {@link #close()} (or at JVM exit). PostgreSQL refuses to run as
 * root, so when this JVM is root the binaries run as the {@code postgres} user via {@code runuser}.
 */
public final class LocalPostgres implements AutoCloseable {

    /** Environment variable naming the folder holding initdb and pg_ctl (overrides the search). */
    public static final String BIN_ENV = "DECONFLICT_PG_BIN";
    private static final String TEMPLATE = "deconflict_template";
    private static final String SUPERUSER = "postgres";
    private static final long COMMAND_TIMEOUT_S = 120;

    private final Path binDir;
    private final Path root;
    private final int port;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();
    private final Thread shutdownHook;
    private boolean stopped;

    private LocalPostgres(Path binDir, Path root, int port, boolean asPostgresUser) {
        this.binDir = binDir;
        this.root = root;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
        this.shutdownHook = new Thread(this::stopQuietly, "local-postgres-stop");
    }

    /**
     * The folder with {@code initdb} and {@code pg_ctl}: {@value #BIN_ENV} if set, else the newest
     * {@code /usr/lib/postgresql/<major>/bin} (Debian layout); empty when none is installed.
     */
    public static Optional<Path> findBinaries() {
        String env = System.getenv(BIN_ENV);
        if (env != null && !env.isBlank()) {
            Path p = Paths.get(env);
            return hasBinaries(p) ? Optional.of(p) : Optional.empty();
        }
        Path base = Paths.get("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return Optional.empty();
        }
        try (Stream<Path> majors = Files.list(base)) {
            return majors.map(m -> m.resolve("bin")).filter(LocalPostgres::hasBinaries)
                    .max(Comparator.comparingInt(LocalPostgres::majorOf));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean hasBinaries(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    private static int majorOf(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Creates and starts a server. {@code durable=false} turns fsync off (fast, for tests: a crash of the server
     * may then lose data, a crash of a client never does).
     */
    public static LocalPostgres start(Path binDir, boolean durable) throws IOException {
        boolean root = isRoot();
        Path dir = root
                ? Paths.get(run(List.of("runuser", "-u", SUPERUSER, "--", "mktemp", "-d",
                        System.getProperty("java.io.tmpdir") + "/deconflict-pg-XXXXXX"), null).strip())
                : Files.createTempDirectory("deconflict-pg-");
        try {
            new LocalPostgres(binDir, dir, 0, root).initdb();
        } catch (IOException e) {
            deleteTree(dir);
            throw e;
        }
        LocalPostgres pg = null;
        IOException last = null;
        for (int attempt = 0; attempt < 3 && pg == null; attempt++) {
            LocalPostgres candidate = new LocalPostgres(binDir, dir, freePort(), root);
            try {
                candidate.startServer(durable);
                pg = candidate;
            } catch (IOException e) {
                last = e; // most likely the port was taken meanwhile: try another
            }
        }
        if (pg == null) {
            deleteTree(dir);
            throw last;
        }
        Runtime.getRuntime().addShutdownHook(pg.shutdownHook);
        try {
            pg.createTemplate();
        } catch (SQLException e) {
            pg.close();
            throw new IOException("cannot create the PostGIS template database: " + e.getMessage(), e);
        }
        return pg;
    }

    private void initdb() throws IOException {
        cmd(List.of(binDir.resolve("initdb").toString(), "-D", dataDir().toString(), "-U", SUPERUSER,
                "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"));
    }

    private void startServer(boolean durable) throws IOException {
        String opts = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + root
                + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        try {
            cmd(List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir().toString(), "-l",
                    root.resolve("server.log").toString(), "-w", "-t", "60", "-o", opts, "start"));
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "\n" + logTail(), e);
        }
    }

    private void createTemplate() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + TEMPLATE);
        }
        try (Connection c = connect(TEMPLATE); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION postgis");
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates a fresh empty database with PostGIS installed; returns its {@code postgresql://} URL for the store. */
    public String createDatabase() throws SQLException {
        String name = "deconflict_" + databases.incrementAndGet();
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " STRATEGY FILE_COPY");
        }
        return url(name);
    }

    /** The store URL of a database on this server. */
    public String url(String database) {
        return "postgresql://" + SUPERUSER + "@127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Stops the server (fast shutdown) and deletes its folder. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook runs anyway
        }
        stopQuietly();
    }

    private synchronized void stopQuietly() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            cmd(List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir().toString(), "-m", "fast", "-w",
                    "stop"));
        } catch (IOException e) {
            System.err.println("local PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        deleteTree(root);
    }

    private Path dataDir() {
        return root.resolve("data");
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(root.resolve("server.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no server log)";
        }
    }

    private void cmd(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(command);
        run(full, root);
    }

    /** Runs a command to completion; returns its output, throws with the output when it fails. */
    private static String run(List<String> command, Path workDir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(COMMAND_TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("failed (exit " + p.exitValue() + "): " + String.join(" ", command) + "\n" + text);
        }
        return text;
    }

    private static boolean isRoot() {
        try {
            return "0".equals(run(List.of("id", "-u"), null).strip());
        } catch (IOException e) {
            return "root".equals(System.getProperty("user.name").toLowerCase(Locale.ROOT));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("cannot delete " + dir + ": " + e.getMessage());
        }
    }
}
