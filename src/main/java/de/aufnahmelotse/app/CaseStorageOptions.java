package de.aufnahmelotse.app;

import de.aufnahmelotse.cases.CaseDatabase;
import de.aufnahmelotse.cases.CaseService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where cases are kept (issue 14), for {@code serve} and {@code cases}: H2 under {@code --data DIR} (env DATA_DIR,
 * default ./aufnahmelotse-data), or PostgreSQL with {@code --database-url} (env DATABASE_URL; user and password only
 * from the environment, DATABASE_USER / DATABASE_PASSWORD, never on the command line). Retention in months after a
 * case's last change (env CASE_RETENTION_MONTHS, default 24).
 */
final class CaseStorageOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the embedded case database (default: env DATA_DIR, else ./aufnahmelotse-data).")
    Path data;

    @Option(names = "--database-url", paramLabel = "URL",
            description = "PostgreSQL for cases instead of the embedded database, e.g. jdbc:postgresql://db:5432/lotse; "
                    + "user and password from env DATABASE_USER / DATABASE_PASSWORD (default: env DATABASE_URL).")
    String databaseUrl;

    @Option(names = "--case-retention-months", paramLabel = "N",
            defaultValue = "${env:CASE_RETENTION_MONTHS:-" + CaseService.DEFAULT_RETENTION_MONTHS + "}",
            description = "Delete a case this many months after its last change (default: env CASE_RETENTION_MONTHS, "
                    + "else ${DEFAULT-VALUE}).")
    int retentionMonths;

    Path dataDir() {
        return data != null ? data : Path.of(System.getenv().getOrDefault("DATA_DIR", "aufnahmelotse-data"));
    }

    String url() {
        String url = databaseUrl != null ? databaseUrl : System.getenv("DATABASE_URL");
        return url == null || url.isBlank() ? null : url.trim();
    }

    /** The connection settings; creates the data directory for H2. */
    CaseDatabase.Settings settings() throws IOException {
        String url = url();
        if (url != null) {
            if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
                throw new IOException("--database-url must be a jdbc:postgresql: URL (or jdbc:h2:), not " + url);
            }
            return new CaseDatabase.Settings(url, System.getenv("DATABASE_USER"), System.getenv("DATABASE_PASSWORD"));
        }
        Path dir = dataDir();
        Files.createDirectories(dir);
        return CaseDatabase.Settings.h2(dir);
    }
}
