package de.aufnahmelotse.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.aufnahmelotse.advice.AdviceResponse.ProgramResult;
import de.aufnahmelotse.advice.AdviceResponse.StepResult;
import java.io.IOException;

/**
 * A Jackson module that keeps the JSON of the parts answers repeat (a program with its criteria, a checklist
 * step) and writes a kept part as raw JSON instead of serialising it again. Varied requests share most of them (146
 * distinct program results across the 384 bodies of {@code bench/vary.lua}), and serialising a 155 KB answer is a
 * third of an evaluated request's CPU.
 *
 * <p>Exact by construction: a part is kept by its identity, the parts are immutable records, and the kept JSON was
 * written by a mapper with the same configuration ({@code plain}). Parts that the advice service builds anew each
 * time are never found again and leave with the garbage collector (weak keys). {@code RepeatedPartsTest} checks
 * the bytes of every scenario's answer against the plain mapper. Bounded by characters (Caffeine).
 */
final class RepeatedParts extends SimpleModule {
    /** About 5,000 program results of 3 KB. */
    static final long DEFAULT_MAX_CHARS = 16L * 1024 * 1024;

    RepeatedParts(ObjectMapper plain, long maxChars) {
        super("RepeatedParts");
        // keyed by identity (weak keys): the advice service hands out the same instance for the same part
        // (advice/RenderedConclusions), so a lookup costs no deep hash of a record tree
        Cache<Object, SerializedString> kept = Caffeine.newBuilder()
                .weakKeys()
                .maximumWeight(maxChars)
                .weigher((Object k, SerializedString v) -> v.charLength() + 64)
                .build();
        addSerializer(ProgramResult.class, new Kept<>(ProgramResult.class, plain, kept));
        addSerializer(StepResult.class, new Kept<>(StepResult.class, plain, kept));
    }

    private static final class Kept<T> extends StdSerializer<T> {
        private final transient ObjectMapper plain;
        private final transient Cache<Object, SerializedString> kept;

        Kept(Class<T> type, ObjectMapper plain, Cache<Object, SerializedString> kept) {
            super(type);
            this.plain = plain;
            this.kept = kept;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            SerializedString json = kept.getIfPresent(value);
            if (json == null) {
                json = new SerializedString(plain.writeValueAsString(value));
                kept.put(value, json);
            }
            gen.writeRawValue(json);
        }
    }
}
