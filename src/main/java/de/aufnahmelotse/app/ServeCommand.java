package de.aufnahmelotse.app;

import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.cases.CaseDatabase;
import de.aufnahmelotse.cases.CaseService;
import de.aufnahmelotse.engine.RuleCompilationException;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.ops.Metrics;
import de.aufnahmelotse.ruleset.RuleSet;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.ruleset.RuleSetLoader;
import de.aufnahmelotse.ruleset.RuleSetReloader;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Compile the rules and serve the API and the web page.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", description = "HTTP port (default: env PORT, else 8080).")
    Integer port;

    @Option(names = "--rules", description = "Rules directory (default: env RULES_DIR, else ./rules).")
    Path rules;

    @Option(names = "--web", description = "Web page directory (default: env WEB_DIR, else ./web).")
    Path web;

    @Mixin
    DirectoryOptions directory = new DirectoryOptions();

    @Option(names = "--bench-baseline", description = "Also serve POST /api/v1/advice/baseline (benchmarks only).")
    boolean baseline;

    // ---- operations (issue 7): reload, limits, CORS; the admin token comes from the environment only ----
    @Option(names = "--watch-rules", negatable = true, defaultValue = "${env:WATCH_RULES:-true}", fallbackValue = "true",
            description = "Reload the rules when a file under the rules directory changes (default: env WATCH_RULES, "
                    + "else true).")
    boolean watchRules;

    @Option(names = "--rate-limit", defaultValue = "${env:RATE_LIMIT_PER_MINUTE:-0}",
            description = "Requests per minute per client on /api/ before 429 (default: env RATE_LIMIT_PER_MINUTE, "
                    + "else 0 = off).")
    int rateLimitPerMinute;

    @Option(names = "--cors-origins", split = ",", defaultValue = "${env:CORS_ORIGINS:-}",
            description = "Comma-separated origins allowed to call /api/ from a browser, e.g. https://portal.example "
                    + "(default: env CORS_ORIGINS, else none).")
    java.util.List<String> corsOrigins;

    @Option(names = "--advice-cache-mb", defaultValue = "${env:ADVICE_CACHE_MB:-64}",
            description = "Megabytes of finished advice answers kept for repeated requests (default: env "
                    + "ADVICE_CACHE_MB, else 64; 0 = off).")
    long adviceCacheMb;

    // ---- cases (issue 14): where they are kept, how long, how often a client may ask ----
    @Mixin
    CaseStorageOptions caseStorage = new CaseStorageOptions();

    @Option(names = "--exit-when-ready", hidden = true,
            description = "Start, answer one advice, a catalog and a page request over HTTP, and exit (the launcher's "
                    + "class-data-sharing training run).")
    boolean exitWhenReady;

    @Option(names = "--cases", negatable = true, defaultValue = "${env:CASES:-true}", fallbackValue = "true",
            description = "Keep cases (/api/v1/cases); --no-cases answers 503 there (default: env CASES, else true).")
    boolean casesEnabled;

    @Option(names = "--case-rate-limit", paramLabel = "N",
            defaultValue = "${env:CASE_RATE_LIMIT_PER_MINUTE:-" + WebApp.Cases.DEFAULT_RATE_LIMIT_PER_MINUTE + "}",
            description = "Requests per minute per client on /api/v1/cases before 429 (default: env "
                    + "CASE_RATE_LIMIT_PER_MINUTE, else ${DEFAULT-VALUE}; 0 = off).")
    int caseRateLimit;

    /**
     * The case service, or null (routes answer 503) when switched off or the data directory cannot be made. A
     * database that is down at start is no reason not to serve advice: migrations are retried on first use. Expired
     * cases are purged at start and every hour.
     */
    /**
     * Opens and migrates the case database (null when cases are off or cannot be stored); runs beside the rule
     * compilation, since neither needs the other.
     */
    private CaseDatabase caseDatabase() {
        if (!casesEnabled) {
            LOG.info("cases: off (--no-cases)");
            return null;
        }
        CaseDatabase.Settings settings;
        try {
            settings = caseStorage.settings();
        } catch (java.io.IOException e) {
            LOG.warn("cases: not available: {}", e.toString());
            return null;
        }
        CaseDatabase db = new CaseDatabase(settings);
        db.migrate();
        return db;
    }

    private CaseService cases(CaseDatabase db, AdviceService advice, Clock clock) {
        if (db == null) {
            return null;
        }
        CaseService service = new CaseService(db, advice, WebApp.objectMapper(), clock, caseStorage.retentionMonths);
        LOG.info("cases: {} (retention {} months after the last change, rate limit {})", db.settings().describe(),
                caseStorage.retentionMonths, caseRateLimit > 0 ? caseRateLimit + "/min per client" : "off");
        java.util.concurrent.ScheduledExecutorService purger = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "case-retention");
                    t.setDaemon(true);
                    return t;
                });
        purger.scheduleWithFixedDelay(() -> {
            try {
                int purged = service.purgeExpired();
                if (purged > 0) {
                    LOG.info("cases: purged {} case(s) past the retention", purged);
                }
            } catch (RuntimeException e) {
                LOG.warn("cases: purge failed: {}", e.toString());
            }
        }, 0, 60, java.util.concurrent.TimeUnit.MINUTES);
        return service;
    }

    /** Wires metrics, the reloader (file watch) and the limits; ADMIN_TOKEN from the environment enables reload. */
    private WebApp.Ops operations(RuleSetHolder holder, Path rulesDir, Clock clock, Metrics metrics) {
        RuleSetReloader reloader = new RuleSetReloader(rulesDir, clock, holder);
        reloader.addListener(metrics);
        if (watchRules) {
            try {
                reloader.watch(java.time.Duration.ofMillis(500));
            } catch (java.io.IOException e) {
                LOG.warn("cannot watch {}: {}; reload only through POST /api/v1/admin/reload", rulesDir, e.toString());
            }
        }
        String token = System.getenv("ADMIN_TOKEN");
        java.util.List<String> origins = corsOrigins == null ? java.util.List.of()
                : corsOrigins.stream().map(String::trim).filter(o -> !o.isEmpty()).toList();
        LOG.info("operations: watch rules {}, admin reload {}, rate limit {}, CORS origins {}, advice cache {}",
                watchRules, token == null || token.isEmpty() ? "off (no ADMIN_TOKEN)" : "on",
                rateLimitPerMinute > 0 ? rateLimitPerMinute + "/min per client" : "off", origins,
                adviceCacheMb > 0 ? adviceCacheMb + " MB" : "off");
        return new WebApp.Ops(metrics, reloader, token, Math.max(0, rateLimitPerMinute), origins,
                Math.max(0, adviceCacheMb) * 1024 * 1024);
    }

    /** The training run's requests: 0 when each answered 200. */
    private static int selfRequests(int port) {
        String base = "http://127.0.0.1:" + port;
        String[][] requests = {{"GET", "/ready", null}, {"GET", "/api/v1/programs", null}, {"GET", "/", null},
                {"POST", "/api/v1/advice", "{\"municipality\": {\"ags\": \"12064172\"}}"}};
        int status = 0;
        for (String[] r : requests) {
            try {
                java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(base + r[1]).toURL()
                        .openConnection();
                c.setRequestMethod(r[0]);
                if (r[2] != null) {
                    c.setDoOutput(true);
                    c.setRequestProperty("Content-Type", "application/json");
                    c.getOutputStream().write(r[2].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                int code = c.getResponseCode();
                (code < 400 ? c.getInputStream() : c.getErrorStream()).readAllBytes();
                if (code != 200) {
                    LOG.warn("training request {} {} answered {}", r[0], r[1], code);
                    status = 1;
                }
            } catch (java.io.IOException e) {
                LOG.warn("training request {} {} failed: {}", r[0], r[1], e.toString());
                status = 1;
            }
        }
        return status;
    }

    private static <T> T timed(java.util.concurrent.atomic.AtomicLong millis, java.util.function.Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.set((System.nanoTime() - t0) / 1_000_000);
        }
    }

    /**
     * A broken {@code rules/matching/} at start: every problem as path:line:col on {@code err}. The server starts
     * all the same (the advice does not depend on it); POST /api/v1/matching answers 503 until the folder is fixed.
     * Returns whether there was a problem.
     */
    static boolean reportMatchingRules(Path rulesDir, java.io.PrintStream err) {
        List<String> problems = de.aufnahmelotse.matching.MatchingRules.problems(rulesDir);
        problems.forEach(err::println);
        if (!problems.isEmpty()) {
            err.println("aufnahmelotse: matching disabled (POST /api/v1/matching answers 503), " + problems.size()
                    + " problem(s) in " + rulesDir.resolve(de.aufnahmelotse.matching.MatchingRules.DIR));
        }
        return !problems.isEmpty();
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        java.util.concurrent.atomic.AtomicLong directoryMillis = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong casesMillis = new java.util.concurrent.atomic.AtomicLong();
        Path rulesDir = Env.rulesDir(rules).toAbsolutePath().normalize();
        Path webDir = Env.webDir(web).toAbsolutePath().normalize();
        Clock clock = Clock.systemUTC();
        // the directory is read and the case database migrated while the rules load (each about a second of CPU)
        java.util.concurrent.CompletableFuture<MunicipalityDirectory> loading =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> timed(directoryMillis,
                        () -> directory.load(System.err)));
        java.util.concurrent.CompletableFuture<CaseDatabase> caseDb =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> timed(casesMillis, this::caseDatabase));
        RuleSet ruleSet;
        long rulesStart = System.nanoTime();
        try {
            ruleSet = RuleSetLoader.load(rulesDir, clock);
        } catch (RuleCompilationException e) {
            e.problems().forEach(p -> System.err.println(rulesDir.resolve(p.path()) + ":" + p.line() + ":"
                    + p.column() + " " + p.message()));
            System.err.println("aufnahmelotse: not starting, " + e.problems().size() + " problem(s) in " + rulesDir);
            return 1;
        }
        long rulesMillis = (System.nanoTime() - rulesStart) / 1_000_000;
        MunicipalityDirectory municipalities;
        try {
            municipalities = loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof DirectoryOptions.Failed) {
                System.err.println("aufnahmelotse: not starting");
                return 1;
            }
            throw e;
        }
        if (municipalities != null) {
            DirectoryOptions.report(System.out, municipalities);
        }
        RuleSetHolder holder = new RuleSetHolder(ruleSet);
        Metrics metrics = new Metrics();
        AdviceService advice = new AdviceService(holder, clock, municipalities, metrics);
        CaseService cases = cases(caseDb.join(), advice, clock);
        long webStart = System.nanoTime();
        Javalin app = WebApp.create(new WebApp.Deps(holder, advice, webDir, baseline, WebApp.DEFAULT_MAX_BODY_BYTES,
                        cases == null ? null : new WebApp.Cases(cases, Math.max(0, caseRateLimit))),
                operations(holder, rulesDir, clock, metrics));
        app.start(Env.port(port));
        // rules/matching/ is checked right after the start (it compiles in about a second, off the way to ready):
        // reported in the start log, not at the first matching request
        java.util.concurrent.CompletableFuture.runAsync(() -> reportMatchingRules(rulesDir, System.err));
        LOG.info("rules {} ({} programs, {} rules) from {}; web {}; ready on port {} after {} ms (rules {} ms; beside"
                        + " them directory {} ms, case database {} ms; web {} ms)", ruleSet.version(),
                ruleSet.catalog().programs().size(), ruleSet.rules().size(), rulesDir, webDir, app.port(),
                (System.nanoTime() - start) / 1_000_000, rulesMillis, directoryMillis.get(), casesMillis.get(),
                (System.nanoTime() - webStart) / 1_000_000);
        if (exitWhenReady) {
            int status = selfRequests(app.port());
            app.stop();
            if (cases != null) {
                cases.database().close();
            }
            return status;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            if (cases != null) {
                cases.database().close();
            }
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
