package de.aufnahmelotse.ops;

import de.aufnahmelotse.advice.EvaluationObserver;
import de.aufnahmelotse.engine.RuleEngine;
import de.aufnahmelotse.ruleset.RuleSetReloader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The service's meters, scraped at /metrics in Prometheus text format:
 * {@code http_server_requests_seconds{method,route,status}} (requests and latency per route),
 * {@code aufnahmelotse_evaluations_total{session}}, {@code aufnahmelotse_rules_fired} (per evaluation; in a reused
 * session only the rules whose inputs changed),
 * {@code aufnahmelotse_evaluation_seconds}, {@code aufnahmelotse_rules_reloads_total{outcome}} and
 * {@code aufnahmelotse_rules_reload_failures_total}, {@code aufnahmelotse_advice_answers_total{cache}} (HIT, MISS or
 * BYPASS), {@code aufnahmelotse_advice_cache_entries}, {@code aufnahmelotse_advice_cache_bytes} and
 * {@code aufnahmelotse_advice_cache_evictions_total}, {@code aufnahmelotse_sessions_built_total},
 * {@code aufnahmelotse_sessions_disposed_total}, {@code aufnahmelotse_sessions_idle} and
 * {@code aufnahmelotse_sessions_reuses_total{land}} (the pool of warm sessions), plus JVM memory, threads, CPU and
 * uptime.
 */
public final class Metrics implements EvaluationObserver, RuleSetReloader.Listener {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter reusedEvaluations;
    private final Counter freshEvaluations;
    private final DistributionSummary rulesFired;
    private final Timer evaluationTime;
    private final Counter reloadFailures;
    /** By cache outcome, registered once (looked up on every advice). */
    private final java.util.concurrent.ConcurrentMap<String, Counter> adviceAnswers =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** What function counters read: Micrometer holds their state weakly, so a lambda would be collected. */
    private final java.util.List<Object> readAtScrape = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        reusedEvaluations = Counter.builder("aufnahmelotse.evaluations")
                .description("Rule evaluations (one per advice) by session: reused (default) or fresh (trace)")
                .tag("session", "reused").register(registry);
        freshEvaluations = Counter.builder("aufnahmelotse.evaluations")
                .description("Rule evaluations (one per advice) by session: reused (default) or fresh (trace)")
                .tag("session", "fresh").register(registry);
        rulesFired = DistributionSummary.builder("aufnahmelotse.rules.fired")
                .description("Rules fired per evaluation").register(registry);
        evaluationTime = Timer.builder("aufnahmelotse.evaluation").description("Time in the rule engine per evaluation")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
        reloadFailures = Counter.builder("aufnahmelotse.rules.reload.failures")
                .description("Rule reloads that failed (the running rules stayed)").register(registry);
        for (RuleSetReloader.Outcome o : RuleSetReloader.Outcome.values()) {
            reloads(o);
        }
    }

    private Counter reloads(RuleSetReloader.Outcome outcome) {
        return Counter.builder("aufnahmelotse.rules.reloads").description("Rule reload attempts by outcome")
                .tag("outcome", outcome.name()).register(registry);
    }

    @Override
    public void evaluated(int fired, long evaluationMicros, boolean reusedSession) {
        (reusedSession ? reusedEvaluations : freshEvaluations).increment();
        rulesFired.record(fired);
        evaluationTime.record(evaluationMicros, TimeUnit.MICROSECONDS);
    }

    @Override
    public void reloaded(RuleSetReloader.Result result) {
        reloads(result.outcome()).increment();
        if (result.outcome() == RuleSetReloader.Outcome.FAILED) {
            reloadFailures.increment();
        }
    }

    /** One advice answer: served from the cache (HIT), evaluated and kept (MISS), or evaluated only (BYPASS). */
    public void adviceAnswer(String cacheOutcome) {
        adviceAnswers.computeIfAbsent(cacheOutcome, o -> Counter.builder("aufnahmelotse.advice.answers")
                .description("Advice answers by cache outcome").tag("cache", o).register(registry)).increment();
    }

    /** What the advice cache holds and has evicted; the functions are read at every scrape. */
    public void adviceCache(java.util.function.LongSupplier entries, java.util.function.LongSupplier bytes,
                            java.util.function.LongSupplier evictions) {
        Gauge.builder("aufnahmelotse.advice.cache.entries", entries::getAsLong)
                .description("Advice answers kept").register(registry);
        Gauge.builder("aufnahmelotse.advice.cache.bytes", bytes::getAsLong)
                .description("Bytes of advice answers kept (JSON, gzip and key)").register(registry);
        readAtScrape.add(evictions);
        FunctionCounter.builder("aufnahmelotse.advice.cache.evictions", evictions, s -> s.getAsLong())
                .description("Advice answers evicted to stay within the cache size").register(registry);
    }

    /**
     * The rule engine's pool of warm sessions, read at every scrape from the rule set in use (a reload starts new
     * counts): sessions built and disposed, sessions idle now, and evaluations by a reused session by whether it
     * last answered the request's Land (same) or had to be morphed from another (other).
     */
    public void sessionPool(Supplier<RuleEngine.SessionStats> stats) {
        readAtScrape.add(stats);
        FunctionCounter.builder("aufnahmelotse.sessions.built", stats, s -> s.get().created())
                .description("Warm sessions built").register(registry);
        FunctionCounter.builder("aufnahmelotse.sessions.disposed", stats, s -> s.get().disposed())
                .description("Warm sessions disposed (failed, retired after their uses, beyond the pool's bound)")
                .register(registry);
        Gauge.builder("aufnahmelotse.sessions.idle", stats, s -> s.get().idle())
                .description("Warm sessions idle now").register(registry);
        FunctionCounter.builder("aufnahmelotse.sessions.reuses", stats, s -> s.get().reusedSameAffinity())
                .description("Evaluations by a reused session, by its last Land").tag("land", "same")
                .register(registry);
        FunctionCounter.builder("aufnahmelotse.sessions.reuses", stats,
                        s -> s.get().reused() - s.get().reusedSameAffinity())
                .description("Evaluations by a reused session, by its last Land").tag("land", "other")
                .register(registry);
    }

    /** One HTTP request; {@code route} is the matched route template (bounded cardinality), never the raw path. */
    public void httpRequest(String method, String route, int status, long nanos) {
        Timer.builder("http.server.requests").description("HTTP requests by route").tag("method", method)
                .tag("route", route).tag("status", Integer.toString(status))
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }
}
