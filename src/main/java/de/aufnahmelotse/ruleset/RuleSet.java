package de.aufnahmelotse.ruleset;

import de.aufnahmelotse.catalog.Catalog;
import de.aufnahmelotse.catalog.ProgramEntry;
import de.aufnahmelotse.distribution.KoenigsteinerSchluessel;
import de.aufnahmelotse.engine.RuleEngine;
import de.aufnahmelotse.engine.RuleInfo;
import de.aufnahmelotse.facts.Program;
import de.aufnahmelotse.facts.ProgramPeriod;
import de.aufnahmelotse.facts.ProgramTerms;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one version of {@code rules/} defines. {@link #catalogFacts()} are the Program and ProgramPeriod facts
 * every evaluation starts with; they are built once here. {@link #koenigsteiner()} is the key table of
 * {@code rules/data/koenigsteiner-schluessel.yaml}.
 */
public record RuleSet(Path directory, String version, Instant loadedAt, RuleEngine engine, Catalog catalog,
                      List<RuleInfo> rules, List<String> files, List<Object> catalogFacts,
                      KoenigsteinerSchluessel koenigsteiner) {

    public static List<Object> catalogFacts(Catalog catalog) {
        List<Object> facts = new ArrayList<>();
        for (ProgramEntry p : catalog.programs()) {
            facts.add(new Program(p.id(), p.category(), p.level(), p.land()));
            if (p.terms() != null) {
                var t = p.terms();
                facts.add(new ProgramTerms(p.id(), t.applicants().isEmpty()
                        ? java.util.EnumSet.noneOf(de.aufnahmelotse.facts.Enums.ApplicantType.class)
                        : java.util.EnumSet.copyOf(t.applicants()), "DISTRICT".equals(t.applyVia()),
                        Boolean.TRUE.equals(t.noStartBeforeApproval()), Boolean.TRUE.equals(t.noDoubleFunding()),
                        t.partner() == null ? null : t.partner().texts()));
            }
            for (int i = 0; i < p.periods().size(); i++) {
                var period = p.periods().get(i);
                long from = period.from() == null ? Long.MIN_VALUE : period.from().toEpochDay();
                long until = period.until() == null ? Long.MAX_VALUE : period.until().toEpochDay();
                facts.add(new ProgramPeriod(p.id(), i, period.status(), from, until, period.source()));
            }
        }
        return List.copyOf(facts);
    }
}
