package de.aufnahmelotse.ruleset;

import de.aufnahmelotse.catalog.Catalog;
import de.aufnahmelotse.catalog.CatalogLoader;
import de.aufnahmelotse.catalog.ProgramEntry;
import de.aufnahmelotse.distribution.KoenigsteinerSchluessel;
import de.aufnahmelotse.engine.RuleBaseLoader;
import de.aufnahmelotse.engine.RuleCompilationException;
import de.aufnahmelotse.engine.RuleEngine;
import de.aufnahmelotse.engine.RuleInfo;
import de.aufnahmelotse.engine.RuleProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads a rules directory completely or not at all. Besides DRL and YAML syntax it checks what ties them together:
 * every rule outside {@code common/} names a catalog program ({@code @programId}), a legal basis and a source URL;
 * every program has at least one rule.
 */
public final class RuleSetLoader {
    /** Rules in this folder are shared logic (classification, status, questions) and belong to no program. */
    public static final String COMMON_DIR = "common/";

    private RuleSetLoader() {
    }

    public static RuleSet load(Path rulesDir, Clock clock) {
        Path dir = rulesDir.toAbsolutePath().normalize();
        List<RuleProblem> problems = new ArrayList<>();
        // the catalog (YAML) is read beside the rule base (Drools); neither needs the other until the cross-check
        java.util.concurrent.CompletableFuture<CatalogLoader.Result> reading =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> CatalogLoader.load(dir));
        RuleBaseLoader.Compiled compiled = null;
        try {
            compiled = RuleBaseLoader.compile(dir);
        } catch (RuleCompilationException e) {
            problems.addAll(e.problems());
        }
        CatalogLoader.Result catalogResult;
        try {
            catalogResult = reading.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        problems.addAll(0, catalogResult.problems());
        KoenigsteinerSchluessel key = null;
        try {
            key = KoenigsteinerSchluessel.load(dir);
        } catch (KoenigsteinerSchluessel.TableException e) {
            e.problems().forEach(p -> problems.add(new RuleProblem(p.path(), p.line(), p.column(), p.message())));
        }
        Catalog catalog = catalogResult.catalog();
        if (key != null && key.programId() != null && catalog.program(key.programId()).isEmpty()) {
            problems.add(new RuleProblem(KoenigsteinerSchluessel.FILE, 1, 1, "programId names unknown program '"
                    + key.programId() + "'"));
        }
        if (compiled != null) {
            problems.addAll(crossCheck(compiled.rules(), catalog));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return new RuleSet(dir, contentHash(dir), clock.instant(), new RuleEngine(compiled.kieBase()), catalog,
                compiled.rules(), compiled.files(), RuleSet.catalogFacts(catalog), key);
    }

    static List<RuleProblem> crossCheck(List<RuleInfo> rules, Catalog catalog) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> ids = catalog.programs().stream().map(ProgramEntry::id).collect(Collectors.toSet());
        for (RuleInfo rule : rules) {
            boolean common = rule.path().startsWith(COMMON_DIR);
            String programId = rule.meta("programId");
            String where = "rule \"" + rule.name() + "\"";
            if (programId == null) {
                if (!common) {
                    problems.add(new RuleProblem(rule.path(), 0, 0, where + " has no @programId"));
                }
                continue;
            }
            if (!ids.contains(programId)) {
                problems.add(new RuleProblem(rule.path(), 0, 0, where + " names unknown program '" + programId
                        + "' (no *.program.yaml has this id)"));
            }
            if (rule.meta("legalBasis") == null || rule.meta("legalBasis").isBlank()) {
                problems.add(new RuleProblem(rule.path(), 0, 0, where + " has no @legalBasis"));
            }
            String source = rule.meta("source");
            if (source == null || !source.startsWith("http")) {
                problems.add(new RuleProblem(rule.path(), 0, 0, where + " has no @source URL"));
            } else if (!source.chars().allMatch(c -> c > 32 && c < 127)) {
                problems.add(new RuleProblem(rule.path(), 0, 0, where + " has a @source URL with characters RFC 3986 "
                        + "does not allow (percent-encode umlauts and spaces): " + source));
            }
        }
        Set<String> withRules = rules.stream().map(r -> r.meta("programId")).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (ProgramEntry p : catalog.programs()) {
            if (!withRules.contains(p.id())) {
                problems.add(new RuleProblem(p.file(), 0, 0, "program '" + p.id() + "' has no rule"));
            }
        }
        return problems;
    }

    /** SHA-256 over the paths and contents of every .drl and .yaml file (scenarios excluded), first 12 hex digits. */
    public static String contentHash(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".yaml"))
                    .filter(p -> !p.toString().endsWith(".scenarios.yaml")).sorted().toList();
            for (Path file : files) {
                digest.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
