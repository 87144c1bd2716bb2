package de.aufnahmelotse.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;

/**
 * Finished advice answers, serialised, kept under everything an answer depends on: the rule set version, the exact
 * request body, the language, {@code include=all}, and today's date in Europe/Berlin (the as-of date of a body that
 * gives none). The same key always means the same bytes: evaluation is deterministic (fresh and reused sessions give
 * byte-identical answers, IncrementalEvaluationTest) and the municipality directory is fixed for the life of the
 * process. Only 200 answers are kept; traced requests and requests with {@code Cache-Control: no-cache} or
 * {@code no-store} are evaluated anew and not kept.
 *
 * <p>Bounded by bytes (Caffeine's size-weighted W-TinyLFU eviction, so a scan of one-off bodies does not flush the
 * answers asked for again and again); 0 bytes switches it off. The gzip form is made once, the first time a client
 * that accepts gzip asks, and then served as is. A new rule set version empties the cache.
 */
final class AdviceCache {
    /** Default size: about 400 answers of the size of the Golzow example (155 KB, 32 KB gzip). */
    static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    /**
     * zlib level 4 for every gzip answer (kept or compressed by Javalin): on the 155 KB Golzow answer 31.8 KB in
     * about 1.5 ms, against 30.3 KB in 2.8 ms at the default level 6 (measured with java.util.zip on this machine)
     * — an evaluated answer for a browser costs about 1 ms of rules and mapping, so level 6 would double it.
     */
    static final int GZIP_LEVEL = 4;

    /** What an answer depends on, besides the (fixed) municipality directory. */
    record Key(String rulesetVersion, LocalDate today, String language, boolean includeAll, String body) {
        Key withRulesetVersion(String version) {
            return version.equals(rulesetVersion) ? this : new Key(version, today, language, includeAll, body);
        }
    }

    /** The answer as JSON, and its gzip form once a client asked for it (null before). */
    record Answer(byte[] json, byte[] gzip) {
    }

    private final Cache<Key, Answer> answers;
    private volatile String rulesetVersion;

    AdviceCache(long maxBytes) {
        this.answers = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key k, Answer a) -> weight(k, a))
                .recordStats()
                .build();
    }

    boolean enabled() {
        return answers != null;
    }

    /** Bytes kept, by the weigher's count. */
    long bytes() {
        return answers.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    long evictions() {
        return answers.stats().evictionCount();
    }

    /** The kept answer, or null. A key of a newer rule set version than seen so far empties the cache first. */
    Answer get(Key key) {
        if (!key.rulesetVersion().equals(rulesetVersion)) {
            rulesetVersion = key.rulesetVersion();
            answers.invalidateAll();
        }
        return answers.getIfPresent(key);
    }

    void put(Key key, Answer answer) {
        if (key.rulesetVersion().equals(rulesetVersion)) {
            answers.put(key, answer);
        }
    }

    /** The gzip form of {@code answer}, made and kept (with the JSON form) under {@code key} if it is not yet. */
    byte[] gzip(Key key, Answer answer) {
        if (answer.gzip() != null) {
            return answer.gzip();
        }
        byte[] gzip = gzip(answer.json());
        put(key, new Answer(answer.json(), gzip));
        return gzip;
    }

    /** Answers kept now (for tests and metrics). */
    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    static byte[] gzip(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(GZIP_LEVEL);
            }
        }) {
            gz.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int weight(Key k, Answer a) {
        long bytes = 2L * k.body().length() + a.json().length + (a.gzip() == null ? 0 : a.gzip().length) + 64;
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
