package de.aufnahmelotse.app;

import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.catalog.ProgramEntry;
import de.aufnahmelotse.engine.RuleCompilationException;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import de.aufnahmelotse.ruleset.RuleSet;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.ruleset.RuleSetLoader;
import de.aufnahmelotse.screening.ScreenOutput;
import de.aufnahmelotse.screening.Screener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Evaluate every municipality of the directory (the embedded one unless --gemeinden) and "
                + "rank the programs by how many municipalities are ELIGIBLE / NEEDS_INFO / NOT_ELIGIBLE; --by-state "
                + "for the per-Land view; --out keeps every detail (CSV or NDJSON).")
final class ScreenCommand implements Callable<Integer> {
    @Mixin
    DirectoryOptions directory = new DirectoryOptions();

    @Option(names = "--rules", description = "Rules directory (default: env RULES_DIR, else ./rules).")
    Path rules;

    @Option(names = "--asOf", paramLabel = "DATE", description = "Reference date of the advice (default: today in "
            + "Europe/Berlin).")
    LocalDate asOf;

    @Option(names = "--program", paramLabel = "ID", description = "Only this program (repeatable).")
    List<String> programs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE.csv|FILE.ndjson",
            description = "Write one row per municipality; the format follows the extension.")
    Path out;

    @Option(names = "--include-uninhabited", description = "Also screen uninhabited areas (gemeindefreie Gebiete).")
    boolean includeUninhabited;

    @Option(names = "--threads", paramLabel = "N", description = "Parallel evaluations (default: number of cores).")
    Integer threads;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Run the whole screen N times (reading the file included) and time each run (benchmarks).")
    int repeat;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Option(names = "--by-state", description = "Summarise per Land instead of per program.")
    boolean byState;

    @Override
    public Integer call() throws IOException {
        if (directory.noDirectory) {
            System.err.println("aufnahmelotse: screen braucht ein Gemeindeverzeichnis / screen needs a municipality "
                    + "directory (the embedded one, or --gemeinden FILE)");
            return 2;
        }
        String name = out == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (out != null && !name.endsWith(".csv") && !name.endsWith(".ndjson")) {
            System.err.println("aufnahmelotse: --out: Endung .csv oder .ndjson erwartet / expected a .csv or .ndjson "
                    + "file: " + out);
            return 2;
        }
        Path rulesDir = Env.rulesDir(rules);
        Clock clock = Clock.systemUTC();
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetLoader.load(rulesDir, clock);
        } catch (RuleCompilationException e) {
            e.problems().forEach(p -> System.err.println(p));
            return 1;
        }
        List<String> known = ruleSet.catalog().programs().stream().map(ProgramEntry::id).sorted().toList();
        for (String p : programs) {
            if (!known.contains(p)) {
                System.err.println("aufnahmelotse: --program: unbekanntes Programm / unknown program '" + p
                        + "'; bekannt / known: " + String.join(", ", known));
                return 2;
            }
        }
        List<String> ids = programs.isEmpty() ? known : List.copyOf(programs);
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "screen");
            t.setDaemon(true);
            return t;
        });
        boolean progress = !noProgress && System.console() != null;
        PrintStream report = System.err;
        try {
            Screener.Summary summary = null;
            for (int run = 1; run <= Math.max(1, repeat); run++) {
                long t0 = System.nanoTime();
                MunicipalityDirectory dir;
                try {
                    dir = directory.load(System.err);
                } catch (DirectoryOptions.Failed e) {
                    return 1;
                }
                long t1 = System.nanoTime();
                long cpu1 = processCpuNanos();
                AdviceService service = new AdviceService(new RuleSetHolder(ruleSet), clock, dir);
                LocalDate date = asOf != null ? asOf : service.today();
                List<MunicipalityEntry> entries = includeUninhabited ? dir.all()
                        : dir.all().stream().filter(MunicipalityEntry::inhabited).toList();
                Screener screener = new Screener(service, pool, 4 * n);
                try (ScreenOutput.ClosingSink sink = sink(ids)) {
                    summary = screener.run(entries, date, ids, sink, progress ? new ProgressBar(report) : null);
                }
                long t2 = System.nanoTime();
                long cpu = processCpuNanos() - cpu1;
                if (progress) {
                    report.print("\r" + " ".repeat(70) + "\r");
                }
                if (repeat > 1 || run == 1) {
                    report.printf(Locale.ROOT, "run %d: %d municipalities on %s, %d thread(s): read %d ms, "
                                    + "evaluate%s %d ms (%.1f µs/municipality), total %d ms; process CPU while "
                                    + "evaluating %d ms (%.1f µs/municipality)%n", run, entries.size(),
                            date, n, (t1 - t0) / 1_000_000, out == null ? "" : " + write", (t2 - t1) / 1_000_000,
                            (t2 - t1) / 1000.0 / Math.max(1, entries.size()), (t2 - t0) / 1_000_000,
                            cpu / 1_000_000, cpu / 1000.0 / Math.max(1, entries.size()));
                }
                if (run == 1 && dir.status().rejectedRows() > 0) {
                    report.println("rejected rows: " + dir.status().rejectedRows());
                    dir.status().rejected().stream().limit(DirectoryOptions.SHOWN_PROBLEMS)
                            .forEach(p -> report.println("  " + p));
                }
            }
            report.println("heap peak: " + heapPeakMb() + " MB");
            if (byState) {
                ScreenOutput.printByState(System.out, summary);
            } else {
                ScreenOutput.printSummary(System.out, summary);
            }
            if (out != null) {
                System.out.println("→ " + out);
            }
            return 0;
        } finally {
            pool.shutdownNow();
        }
    }

    private ScreenOutput.ClosingSink sink(List<String> ids) throws IOException {
        if (out == null) {
            return new ScreenOutput.ClosingSink() {
                @Override
                public void accept(Screener.Row row) {
                }

                @Override
                public void close() {
                }
            };
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        OutputStream stream = Files.newOutputStream(out);
        return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? ScreenOutput.csv(stream, ids)
                : ScreenOutput.ndjson(stream, ids, WebApp.objectMapper());
    }

    /** CPU time of the whole process (all threads, GC and JIT included), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static long heapPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }

    /** A one-line progress bar on the terminal, redrawn at most ten times a second. */
    private static final class ProgressBar implements Screener.Progress {
        private final PrintStream out;
        private final long start = System.nanoTime();
        private long last;

        ProgressBar(PrintStream out) {
            this.out = out;
        }

        @Override
        public void done(int evaluated, int total) {
            long now = System.nanoTime();
            if (evaluated < total && now - last < 100_000_000L) {
                return;
            }
            last = now;
            int width = 40;
            int filled = total == 0 ? width : (int) ((long) evaluated * width / total);
            out.printf(Locale.ROOT, "\r[%s%s] %d/%d %3d%% %.1f s", "#".repeat(filled), " ".repeat(width - filled),
                    evaluated, total, total == 0 ? 100 : evaluated * 100 / total, (now - start) / 1e9);
            out.flush();
        }
    }
}
