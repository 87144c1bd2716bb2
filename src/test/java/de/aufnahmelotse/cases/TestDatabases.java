package de.aufnahmelotse.cases;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the case tests run against: H2 in file mode in a temporary directory, and a real PostgreSQL. For
 * PostgreSQL: {@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USER}, {@code TEST_DATABASE_PASSWORD}) when set —
 * {@code .ci/run} starts a throwaway cluster and sets it — else a cluster of our own from Debian's {@code initdb}
 * (as user {@code postgres} when we are root), stopped when the JVM ends. Without either the PostgreSQL variant is
 * skipped with a message, except under CI ({@code CI=true}), where it fails. Each call gets an empty database.
 */
public final class TestDatabases {
    public static final List<String> KINDS = List.of("h2", "postgres");
    private static String adminUrl;
    private static String adminUser;
    private static String adminPassword;
    private static String unavailable;

    private TestDatabases() {
    }

    /** A fresh, empty database of {@code kind} ("h2" or "postgres"). */
    public static CaseDatabase.Settings fresh(String kind) throws IOException {
        if (kind.equals("h2")) {
            Path dir = Files.createTempDirectory("cases-h2-");
            dir.toFile().deleteOnExit();
            return CaseDatabase.Settings.h2(dir);
        }
        return freshPostgres();
    }

    public static synchronized CaseDatabase.Settings freshPostgres() {
        if (adminUrl == null && unavailable == null) {
            locate();
        }
        if (adminUrl == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("PostgreSQL is required under CI: " + unavailable);
            }
            Assumptions.abort("PostgreSQL variant skipped: " + unavailable);
        }
        String name = "cases_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + adminUrl + ": " + e.getMessage(), e);
        }
        String base = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1);
        return new CaseDatabase.Settings(base + name, adminUser, adminPassword);
    }

    private static void locate() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            adminUrl = url.trim();
            adminUser = System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
            adminPassword = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
            return;
        }
        Path bin = postgresBin();
        if (bin == null) {
            unavailable = "TEST_DATABASE_URL is unset and no initdb was found (apt-get install postgresql)";
            return;
        }
        try {
            startOwnCluster(bin);
        } catch (IOException | InterruptedException | RuntimeException e) {
            unavailable = "could not start a PostgreSQL cluster with " + bin + ": " + e.getMessage();
        }
    }

    private static Path postgresBin() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.naturalOrder()).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static void startOwnCluster(Path bin) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("cases-pg-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        if (root) {
            run(List.of("chown", "postgres", dir.toString()));
        }
        Path data = dir.resolve("data");
        run(asPostgres(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                "--no-sync", "-E", "UTF8", "--locale=C"));
        run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off "
                        + "-c max_connections=200", "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                        "stop"));
            } catch (IOException | InterruptedException | RuntimeException ignored) {
                // the directory goes anyway
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort
            }
        }));
        adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        adminUser = "postgres";
        adminPassword = "";
    }

    private static List<String> asPostgres(boolean root, String... command) {
        List<String> c = new ArrayList<>();
        if (root) {
            c.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        c.addAll(List.of(command));
        return c;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command).toLowerCase(Locale.ROOT).contains("initdb")
                    ? "initdb failed: " + output : String.join(" ", command) + " failed: " + output);
        }
    }
}
