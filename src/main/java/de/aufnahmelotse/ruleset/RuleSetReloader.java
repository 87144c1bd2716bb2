package de.aufnahmelotse.ruleset;

import de.aufnahmelotse.engine.RuleCompilationException;
import de.aufnahmelotse.engine.RuleProblem;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot reload of {@code rules/}: compiles the directory on a background thread and swaps the {@link RuleSetHolder}
 * only when the whole rule set loads; a broken rule file never replaces the running rules. Requests keep being
 * served from the old version while a reload compiles. Reloads run one at a time (a single worker thread).
 * Triggers: {@link #reload(String)} (the admin endpoint) and, after {@link #watch(Duration)}, any change of a file
 * under the directory, debounced so an editor's save burst compiles once.
 */
public final class RuleSetReloader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetReloader.class);

    public enum Outcome { RELOADED, UNCHANGED, FAILED }

    /** One reload: what happened, the version served afterwards, and the problems of a failed one. */
    public record Result(Outcome outcome, String trigger, Instant at, long durationMillis, String servedVersion,
                         String previousVersion, List<RuleProblem> problems) {
    }

    /** Told after every reload attempt (metrics, logs). */
    @FunctionalInterface
    public interface Listener {
        void reloaded(Result result);
    }

    private final Path dir;
    private final Clock clock;
    private final RuleSetHolder holder;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rules-reloader");
        t.setDaemon(true);
        return t;
    });
    private volatile Result last;
    private volatile List<RuleProblem> errors = List.of();
    private volatile WatchService watchService;
    private ScheduledFuture<?> pending;

    public RuleSetReloader(Path dir, Clock clock, RuleSetHolder holder) {
        this.dir = dir.toAbsolutePath().normalize();
        this.clock = clock;
        this.holder = holder;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public Path directory() {
        return dir;
    }

    /** Compiles in the background; the future completes with the outcome. Never throws. */
    public CompletableFuture<Result> reload(String trigger) {
        CompletableFuture<Result> future = new CompletableFuture<>();
        try {
            worker.execute(() -> future.complete(reloadNow(trigger)));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            future.completeExceptionally(e);
        }
        return future;
    }

    /** The problems of the last failed reload, until a later reload succeeds; empty otherwise. */
    public List<RuleProblem> errors() {
        return errors;
    }

    /** The last reload attempt, or null if none ran yet. */
    public Result last() {
        return last;
    }

    public boolean watching() {
        return watchService != null;
    }

    private Result reloadNow(String trigger) {
        long start = System.nanoTime();
        String previous = holder.isLoaded() ? holder.get().version() : null;
        Result result;
        try {
            String hash = RuleSetLoader.contentHash(dir);
            if (hash.equals(previous)) {
                errors = List.of();
                result = new Result(Outcome.UNCHANGED, trigger, clock.instant(), millis(start), previous, previous,
                        List.of());
            } else {
                RuleSet loaded = RuleSetLoader.load(dir, clock);
                holder.set(loaded);
                errors = List.of();
                result = new Result(Outcome.RELOADED, trigger, clock.instant(), millis(start), loaded.version(),
                        previous, List.of());
            }
        } catch (RuleCompilationException e) {
            errors = e.problems();
            result = new Result(Outcome.FAILED, trigger, clock.instant(), millis(start), previous, previous,
                    e.problems());
        } catch (RuntimeException e) {
            // a file deleted while it was read, an unreadable directory: the running rules stay
            List<RuleProblem> problems = List.of(new RuleProblem("", 0, 0, e.getClass().getSimpleName() + ": "
                    + e.getMessage()));
            errors = problems;
            result = new Result(Outcome.FAILED, trigger, clock.instant(), millis(start), previous, previous, problems);
        }
        last = result;
        if (result.outcome() == Outcome.FAILED) {
            LOG.warn("rules reload ({}) failed, still serving {}: {} problem(s), first: {}", trigger, previous,
                    result.problems().size(), result.problems().isEmpty() ? "-" : result.problems().get(0));
        } else {
            LOG.info("rules reload ({}): {} {} in {} ms", trigger, result.outcome(), result.servedVersion(),
                    result.durationMillis());
        }
        for (Listener l : listeners) {
            try {
                l.reloaded(result);
            } catch (RuntimeException e) {
                LOG.warn("reload listener failed", e);
            }
        }
        return result;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Watches the directory tree; a change schedules one reload {@code debounce} after the last event. */
    public synchronized void watch(Duration debounce) throws IOException {
        if (watchService != null) {
            return;
        }
        WatchService ws = FileSystems.getDefault().newWatchService();
        registerTree(ws, dir);
        watchService = ws;
        Thread t = new Thread(() -> watchLoop(ws, debounce), "rules-watcher");
        t.setDaemon(true);
        t.start();
        LOG.info("watching {} for rule changes (debounce {} ms)", dir, debounce.toMillis());
    }

    private static void registerTree(WatchService ws, Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watchLoop(WatchService ws, Duration debounce) {
        while (true) {
            WatchKey key;
            try {
                key = ws.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path parent = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path p
                        && Files.isDirectory(parent.resolve(p))) {
                    try {
                        registerTree(ws, parent.resolve(p));
                    } catch (IOException | ClosedWatchServiceException e) {
                        LOG.warn("cannot watch new directory {}", parent.resolve(p), e);
                    }
                }
            }
            key.reset();
            schedule(debounce);
        }
    }

    private synchronized void schedule(Duration debounce) {
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            pending = worker.schedule(() -> reloadNow("file change"), debounce.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed
        }
    }

    @Override
    public void close() {
        WatchService ws = watchService;
        if (ws != null) {
            try {
                ws.close();
            } catch (IOException ignored) {
                // closing
            }
        }
        worker.shutdownNow();
    }
}
