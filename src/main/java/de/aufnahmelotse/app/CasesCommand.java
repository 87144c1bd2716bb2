package de.aufnahmelotse.app;

import de.aufnahmelotse.cases.CaseDatabase;
import de.aufnahmelotse.cases.CaseService;
import de.aufnahmelotse.cases.CaseViews;
import de.aufnahmelotse.cases.CasesUnavailableException;
import de.aufnahmelotse.http.WebApp;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cases purge-expired} and {@code cases stats}: operator commands on the case database (issue 14). */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "Operator commands for the case database (the same --data / --database-url as serve).",
        subcommands = {CasesCommand.PurgeExpired.class, CasesCommand.Stats.class})
final class CasesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Opens the database, runs {@code work}, closes it; exit 1 with one message when it cannot be reached. */
    static int withCases(CaseStorageOptions storage, java.util.function.ToIntFunction<CaseService> work) {
        CaseDatabase.Settings settings;
        try {
            settings = storage.settings();
        } catch (IOException e) {
            System.err.println("aufnahmelotse: " + e.getMessage());
            return 1;
        }
        try (CaseDatabase db = new CaseDatabase(settings, 2, CaseDatabase.CONNECTION_TIMEOUT_MILLIS)) {
            // no evaluation happens here: purge and stats need no rules
            CaseService cases = new CaseService(db, null, WebApp.objectMapper(), Clock.systemUTC(),
                    storage.retentionMonths);
            return work.applyAsInt(cases);
        } catch (CasesUnavailableException e) {
            System.err.println("aufnahmelotse: case database " + settings.describe() + " not reachable: "
                    + e.getMessage() + (settings.postgres() ? ""
                    : " (an embedded database is open in one process at a time: is serve running with this --data?)"));
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("aufnahmelotse: " + e.getMessage());
            return 1;
        }
    }

    @Command(name = "purge-expired", mixinStandardHelpOptions = true,
            description = "Delete every case whose last change is longer ago than the retention (serve does this "
                    + "hourly by itself).")
    static final class PurgeExpired implements Callable<Integer> {
        @Mixin
        CaseStorageOptions storage = new CaseStorageOptions();

        @Override
        public Integer call() {
            return withCases(storage, cases -> {
                int purged = cases.purgeExpired();
                System.out.println("purged " + purged + " case(s) unchanged for more than " + cases.retentionMonths()
                        + " months");
                return 0;
            });
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Counts of cases, evaluations, step states and history entries; nothing about any one case.")
    static final class Stats implements Callable<Integer> {
        @Mixin
        CaseStorageOptions storage = new CaseStorageOptions();

        @Override
        public Integer call() {
            return withCases(storage, cases -> {
                CaseViews.Stats s = cases.stats();
                System.out.println("database:        " + cases.database().settings().describe());
                System.out.println("cases:           " + s.cases());
                System.out.println("evaluations:     " + s.evaluations());
                System.out.println("step states:     " + s.steps());
                System.out.println("history entries: " + s.historyEntries());
                System.out.println("oldest change:   " + (s.oldestChange() == null ? "-" : s.oldestChange()));
                System.out.println("retention:       " + s.retentionMonths() + " months after the last change; "
                        + s.expiringWithin30Days() + " case(s) expire within 30 days");
                return 0;
            });
        }
    }
}
