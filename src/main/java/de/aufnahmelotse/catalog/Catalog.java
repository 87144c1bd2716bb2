package de.aufnahmelotse.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** All programs, keyed by id, plus the shared texts. Immutable once loaded. */
public final class Catalog {
    private final Map<String, ProgramEntry> programs;
    private final CommonTexts common;

    public Catalog(Collection<ProgramEntry> programs, CommonTexts common) {
        Map<String, ProgramEntry> map = new LinkedHashMap<>();
        programs.forEach(p -> map.put(p.id(), p));
        this.programs = Map.copyOf(map);
        this.common = common;
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

    /** The question for a request field: from rules/common/texts.yaml, else from a program that defines it. */
    public Localized question(String field) {
        Localized q = common.questions().get(field);
        if (q != null) {
            return q;
        }
        for (ProgramEntry p : programs.values()) {
            if (p.questions().containsKey(field)) {
                return p.questions().get(field);
            }
        }
        return null;
    }
}
