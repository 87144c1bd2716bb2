package de.aufnahmelotse.app;

import de.aufnahmelotse.catalog.ProgramEntry;
import de.aufnahmelotse.catalog.Verification;
import de.aufnahmelotse.matching.MatchingRules;
import de.aufnahmelotse.engine.RuleCompilationException;
import de.aufnahmelotse.ruleset.RuleSet;
import de.aufnahmelotse.ruleset.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check-rules", mixinStandardHelpOptions = true,
        description = "Compile the rules and the catalog; print every problem as path:line:col message; exit 1 on any."
                + " On success list the programs by the age of their last check at the source (verifiedOn).")
final class CheckRulesCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Rules directory (default: ./rules).")
    Path dir;

    @Option(names = "--asOf", paramLabel = "DATE", description = "Date the age of each check is counted to "
            + "(default: today in Europe/Berlin).")
    LocalDate asOf;

    @Override
    public Integer call() {
        Path rulesDir = Env.rulesDir(dir);
        // the matching rules are checked whether or not the rest compiles: every problem in one run
        List<String> matchingProblems = MatchingRules.problems(rulesDir);
        try {
            RuleSet rules = RuleSetLoader.load(rulesDir, Clock.systemUTC());
            System.out.println("ok: " + rules.catalog().programs().size() + " programs, " + rules.rules().size()
                    + " rules in " + rules.files().size() + " files, version " + rules.version());
            printChecks(rules, asOf != null ? asOf : LocalDate.now(ZoneId.of("Europe/Berlin")));
        } catch (RuleCompilationException e) {
            e.problems().forEach(p -> System.out.println(rulesDir.resolve(p.path()).normalize() + ":" + p.line() + ":"
                    + p.column() + " " + p.message()));
            matchingProblems.forEach(System.out::println);
            return 1;
        }
        if (!matchingProblems.isEmpty()) {
            matchingProblems.forEach(System.out::println);
            return 1;
        }
        if (java.nio.file.Files.isDirectory(rulesDir.resolve(MatchingRules.DIR))) {
            MatchingRules matching = MatchingRules.load(rulesDir);
            System.out.println("ok: matching " + matching.rules().size() + " rules, " + matching.texts().size()
                    + " criteria, version " + matching.version());
        }
        return 0;
    }

    /** Oldest check first; a check older than six months before the date is marked OUTDATED. */
    private static void printChecks(RuleSet rules, LocalDate date) {
        List<ProgramEntry> programs = rules.catalog().programs().stream()
                .sorted(Comparator.comparing(ProgramEntry::verifiedOn).thenComparing(ProgramEntry::id)).toList();
        long outdated = programs.stream().filter(p -> Verification.outdated(p.verifiedOn(), date)).count();
        System.out.println();
        System.out.println("programs by age of their last check at the source (verifiedOn), as of " + date + ": "
                + outdated + " of " + programs.size() + " older than " + Verification.MAX_AGE.toTotalMonths()
                + " months");
        for (ProgramEntry p : programs) {
            long days = ChronoUnit.DAYS.between(p.verifiedOn(), date);
            System.out.printf("  %s  %5d days  %-8s  %-28s %s%n", p.verifiedOn(), days,
                    Verification.outdated(p.verifiedOn(), date) ? "OUTDATED" : "", p.id(), p.file());
        }
    }
}
