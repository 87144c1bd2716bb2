package de.aufnahmelotse.cases;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where cases are kept: H2 in file mode under a data directory (the default) or PostgreSQL. A pool (HikariCP) that
 * starts even when the database is down, Flyway migrations from {@code db/cases} applied on first use (retried
 * until they succeed), and JDBI on top. A database that cannot be reached surfaces as
 * {@link CasesUnavailableException} (HTTP 503); everything else about the service keeps working.
 */
public final class CaseDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaseDatabase.class);
    /** How long a request waits for a connection before the case routes answer 503. */
    public static final long CONNECTION_TIMEOUT_MILLIS = 10_000;
    /** Connections in the pool: transactions are short (no JSON is parsed while a case row is locked). */
    public static final int MAX_CONNECTIONS = 16;

    /** Connection settings. {@code user}/{@code password} may be null (H2 needs none). */
    public record Settings(String url, String user, String password) {
        /**
         * H2 in file mode: {@code DIR/cases.mv.db}. {@code WRITE_DELAY=0} makes every commit reach the file before
         * it is acknowledged (H2's default delays the write by up to 500 ms, which a killed process would lose).
         */
        public static Settings h2(Path dataDir) {
            Path file = dataDir.toAbsolutePath().normalize().resolve("cases");
            return new Settings("jdbc:h2:file:" + file + ";WRITE_DELAY=0", "sa", "");
        }

        public boolean postgres() {
            return url.startsWith("jdbc:postgresql:");
        }

        /** The URL without credentials or query parameters, for logs. */
        public String describe() {
            int q = url.indexOf(postgres() ? '?' : ';');
            return q < 0 ? url : url.substring(0, q);
        }
    }

    private final Settings settings;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private volatile boolean migrated;

    public CaseDatabase(Settings settings) {
        this(settings, MAX_CONNECTIONS, CONNECTION_TIMEOUT_MILLIS);
    }

    /** {@code connectionTimeoutMillis}: how long a request waits for a connection before it answers 503. */
    public CaseDatabase(Settings settings, int maxConnections, long connectionTimeoutMillis) {
        this.settings = settings;
        HikariConfig config = new HikariConfig();
        config.setPoolName("cases");
        config.setJdbcUrl(settings.url());
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(settings.postgres() ? 1 : maxConnections);
        config.setConnectionTimeout(connectionTimeoutMillis);
        config.setValidationTimeout(1_000);
        config.setInitializationFailTimeout(-1); // start without the database; requests answer 503 until it is there
        config.setAutoCommit(true);
        this.pool = new HikariDataSource(config);
        this.jdbi = Jdbi.create(pool);
    }

    public Settings settings() {
        return settings;
    }

    /** Applies pending migrations now; false (logged) when the database cannot be reached. */
    public boolean migrate() {
        try {
            ready();
            return true;
        } catch (CasesUnavailableException e) {
            LOG.warn("case database {} not reachable yet: {}", settings.describe(), e.getMessage());
            return false;
        }
    }

    private void ready() {
        if (migrated) {
            return;
        }
        synchronized (this) {
            if (migrated) {
                return;
            }
            try {
                var result = Flyway.configure().dataSource(pool).locations("classpath:db/cases")
                        .table("cases_schema_history").baselineOnMigrate(false).load().migrate();
                LOG.info("case database {}: schema version {} ({} migration(s) applied)", settings.describe(),
                        result.targetSchemaVersion, result.migrationsExecuted);
                migrated = true;
            } catch (RuntimeException e) {
                throw new CasesUnavailableException("migration failed: " + rootMessage(e), e);
            }
        }
    }

    /** Runs {@code work} in one transaction (READ COMMITTED; writers lock the case row first). */
    <T> T inTransaction(Function<Handle, T> work) {
        ready();
        try {
            return jdbi.inTransaction(work::apply);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** Runs {@code work} on one handle without an explicit transaction (reads). */
    <T> T withHandle(Function<Handle, T> work) {
        ready();
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    private static RuntimeException translate(JdbiException e) {
        return unreachable(e) ? new CasesUnavailableException(rootMessage(e), e) : e;
    }

    /** Whether {@code e} says the database cannot be reached (rather than that a statement was wrong). */
    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectionException || t instanceof SQLTransientException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                String message = String.valueOf(s.getMessage()).toLowerCase(Locale.ROOT);
                if ((state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("90020")
                        || state.equals("90098") || state.equals("90121"))) || message.contains("has been closed")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    @Override
    public void close() {
        pool.close();
    }
}
