package de.aufnahmelotse.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.cases.CaseService;
import de.aufnahmelotse.matching.MatchRequestParser;
import de.aufnahmelotse.matching.MatchingService;
import de.aufnahmelotse.map.NationwideMap;
import de.aufnahmelotse.ops.Metrics;
import de.aufnahmelotse.programs.ProgramsService;
import de.aufnahmelotse.engine.RuleEngine;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.screening.BatchRunner;
import de.aufnahmelotse.ruleset.RuleSetReloader;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.List;

/** Builds the Javalin app from its dependencies and returns it unstarted. Nothing global. */
public final class WebApp {
    /** Request bodies larger than this are refused with 413. */
    public static final long DEFAULT_MAX_BODY_BYTES = 256 * 1024;

    private WebApp() {
    }

    /** What the app needs. {@code webDir} may be null (API only); {@code baseline} enables the benchmark route. */
    public record Deps(RuleSetHolder rules, AdviceService advice, Path webDir, boolean baseline, long maxBodyBytes,
                       Cases cases) {
        /** Without case storage: the case routes answer 503. */
        public Deps(RuleSetHolder rules, AdviceService advice, Path webDir, boolean baseline, long maxBodyBytes) {
            this(rules, advice, webDir, baseline, maxBodyBytes, null);
        }

        public Deps withCases(Cases c) {
            return new Deps(rules, advice, webDir, baseline, maxBodyBytes, c);
        }
    }

    /** Case storage (issue 14) and the per-client limit on the case routes ({@code 0}: none). */
    public record Cases(CaseService service, int rateLimitPerMinute) {
        /** Requests a minute per client on /api/v1/cases unless configured otherwise. */
        public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 300;
    }

    /**
     * Operations (issue 7). {@code metrics} receives every request; {@code reloader} (nullable) backs the admin reload
     * and the errors in /api/v1/ruleset; {@code adminToken} null or empty switches the admin reload off (403);
     * {@code rateLimitPerMinute} 0 switches the rate limit off; {@code corsOrigins} empty allows no cross origin.
     */
    public record Ops(Metrics metrics, RuleSetReloader reloader, String adminToken, int rateLimitPerMinute,
                      List<String> corsOrigins, long adviceCacheBytes) {
        /** Default size of the cache of advice answers; see {@link AdviceCache}. */
        public static final long DEFAULT_ADVICE_CACHE_BYTES = AdviceCache.DEFAULT_MAX_BYTES;

        public Ops {
            metrics = metrics == null ? new Metrics() : metrics;
            corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        }

        /** With the default advice cache. */
        public Ops(Metrics metrics, RuleSetReloader reloader, String adminToken, int rateLimitPerMinute,
                   List<String> corsOrigins) {
            this(metrics, reloader, adminToken, rateLimitPerMinute, corsOrigins, DEFAULT_ADVICE_CACHE_BYTES);
        }

        /** For local use and tests: fresh metrics, no reloader, no admin token, no rate limit, no CORS, the default
         * advice cache. */
        public static Ops defaults() {
            return new Ops(null, null, null, 0, List.of());
        }

        public Ops withMetrics(Metrics m) {
            return new Ops(m, reloader, adminToken, rateLimitPerMinute, corsOrigins, adviceCacheBytes);
        }

        public Ops withAdviceCacheBytes(long bytes) {
            return new Ops(metrics, reloader, adminToken, rateLimitPerMinute, corsOrigins, bytes);
        }
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The mapper the app writes answers with: {@link #objectMapper()} plus {@link RepeatedParts}. */
    public static ObjectMapper answerMapper() {
        return objectMapper().registerModule(new RepeatedParts(objectMapper(), RepeatedParts.DEFAULT_MAX_CHARS));
    }

    /** Evaluates batch lines in parallel on all cores; daemon threads, shared by every batch request. */
    private static final ExecutorService BATCH_POOL = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "batch-eval");
                t.setDaemon(true);
                return t;
            });

    public static Javalin create(Deps deps) {
        return create(deps, Ops.defaults());
    }

    public static Javalin create(Deps deps, Ops ops) {
        ObjectMapper mapper = answerMapper();
        Operations operations = new Operations(ops, mapper);
        AdviceCache cache = new AdviceCache(ops.adviceCacheBytes());
        if (cache.enabled()) {
            ops.metrics().adviceCache(cache::size, cache::bytes, cache::evictions);
        }
        ops.metrics().sessionPool(() -> deps.rules().isLoaded() ? deps.rules().get().engine().sessionStats()
                : new RuleEngine.SessionStats(0, 0, 0, 0, 0));
        AdviceController advice = new AdviceController(deps.advice(), new AdviceRequestParser(mapper), mapper, cache,
                ops.metrics(), Runtime.getRuntime().availableProcessors());
        MunicipalityController municipalities = new MunicipalityController(deps.advice());
        de.aufnahmelotse.screening.ScreenService screens = new de.aufnahmelotse.screening.ScreenService(
                deps.advice(), Runtime.getRuntime().availableProcessors());
        ScreenController screen = new ScreenController(deps.advice(), screens, mapper);
        MapController map = new MapController(deps.advice(), new NationwideMap(deps.rules(), screens));
        BatchController batch = new BatchController(new BatchRunner(deps.advice(), new AdviceRequestParser(mapper),
                mapper, BATCH_POOL, 4 * Runtime.getRuntime().availableProcessors()), deps.advice(),
                deps.maxBodyBytes());
        MatchingController matching = new MatchingController(MatchingService.forRuleSets(deps.rules(),
                deps.advice()::directory, java.time.Clock.systemUTC()), new MatchRequestParser(mapper),
                Runtime.getRuntime().availableProcessors());
        CatalogController catalog = new CatalogController(new ProgramsService(deps.rules()), deps.rules(),
                deps.advice(), ops.reloader());
        CasesController cases = new CasesController(deps.cases() == null ? null : deps.cases().service(),
                deps.cases() == null ? 0 : deps.cases().rateLimitPerMinute(), mapper);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = deps.maxBodyBytes();
            config.http.compressionStrategy = new CompressionStrategy(null, new Gzip(AdviceCache.GZIP_LEVEL));
            if (deps.webDir() != null && Files.isDirectory(deps.webDir())) {
                config.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = deps.webDir().toAbsolutePath().toString();
                    sf.location = Location.EXTERNAL;
                    sf.headers = Operations.SECURITY_HEADERS;
                });
            }
            ErrorMapping.register(config);
            operations.install(config);
            config.routes.get("/health", catalog::health);
            config.routes.get("/ready", catalog::ready);
            config.routes.post("/api/v1/advice", advice::advise);
            config.routes.post("/api/v1/advice/batch", batch::batch);
            if (deps.baseline()) {
                config.routes.post("/api/v1/advice/baseline", advice::baseline);
            }
            config.routes.post("/api/v1/matching", matching::match);
            config.routes.get("/api/v1/programs", catalog::list);
            config.routes.get("/api/v1/programs/{id}", catalog::show);
            config.routes.get("/api/v1/ruleset", catalog::ruleset);
            config.routes.get("/api/v1/municipalities", municipalities::search);
            config.routes.get("/api/v1/municipalities/status", municipalities::status);
            config.routes.get("/api/v1/municipalities/{ags}", municipalities::show);
            config.routes.post("/api/v1/screen", screen::screen);
            config.routes.get("/api/v1/map", map::show);
            // cases (issue 14); no route lists cases
            config.routes.before(CasesController.BASE, cases::before);
            config.routes.before(CasesController.BASE + "/*", cases::before);
            config.routes.post(CasesController.BASE, cases::create);
            config.routes.get(CasesController.BASE + "/{id}", cases::get);
            config.routes.delete(CasesController.BASE + "/{id}", cases::delete);
            config.routes.put(CasesController.BASE + "/{id}/request", cases::replaceRequest);
            config.routes.patch(CasesController.BASE + "/{id}/steps", cases::updateStep);
            config.routes.get(CasesController.BASE + "/{id}/changes", cases::changes);
            config.routes.get(CasesController.BASE + "/{id}/calendar.ics", cases::calendar);
            config.routes.get(CasesController.BASE + "/{id}/export", cases::export);
        });
    }
}
