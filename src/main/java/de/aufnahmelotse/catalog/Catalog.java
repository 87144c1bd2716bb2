package de.aufnahmelotse.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** All programs, keyed by id, in load order, plus the shared texts. Immutable once loaded. */
public final class Catalog {
    private final Map<String, ProgramEntry> programs;
    private final CommonTexts common;
    /** Question per field for programs that do not word it themselves: common texts, else the first program in
     *  load order that does (never a hash order, which changes from one JVM to the next). */
    private final Map<String, Localized> questions;

    public Catalog(Collection<ProgramEntry> programs, CommonTexts common) {
        Map<String, ProgramEntry> map = new LinkedHashMap<>();
        programs.forEach(p -> map.put(p.id(), p));
        this.programs = java.util.Collections.unmodifiableMap(map); // load order, the same in every JVM
        this.common = common;
        Map<String, Localized> q = new LinkedHashMap<>(common.questions());
        programs.forEach(p -> p.questions().forEach(q::putIfAbsent));
        this.questions = Map.copyOf(q);
    }

    public Collection<ProgramEntry> programs() {
        return programs.values();
    }

    public Optional<ProgramEntry> program(String id) {
        return Optional.ofNullable(programs.get(id));
    }

    public CommonTexts common() {
        return common;
    }

    /**
     * The question {@code program} asks for a request field: its own wording, else rules/common/texts.yaml, else
     * the first program in load order that words it.
     */
    public Localized question(ProgramEntry program, String field) {
        Localized own = program.questions().get(field);
        return own != null ? own : questions.get(field);
    }
}
