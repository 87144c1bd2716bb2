package de.aufnahmelotse.app;

import de.aufnahmelotse.matching.MatchingRules;
import de.aufnahmelotse.engine.RuleCompilationException;
import de.aufnahmelotse.ruleset.RuleSet;
import de.aufnahmelotse.ruleset.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check-rules", mixinStandardHelpOptions = true,
        description = "Compile the rules and the catalog; print every problem as path:line:col message; exit 1 on any.")
final class CheckRulesCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Rules directory (default: ./rules).")
    Path dir;

    @Override
    public Integer call() {
        Path rulesDir = Env.rulesDir(dir);
        try {
            RuleSet rules = RuleSetLoader.load(rulesDir, Clock.systemUTC());
            System.out.println("ok: " + rules.catalog().programs().size() + " programs, " + rules.rules().size()
                    + " rules in " + rules.files().size() + " files, version " + rules.version());
            if (java.nio.file.Files.isDirectory(rulesDir.resolve(MatchingRules.DIR))) {
                MatchingRules matching = MatchingRules.load(rulesDir);
                System.out.println("ok: matching " + matching.rules().size() + " rules, " + matching.texts().size()
                        + " criteria, version " + matching.version());
            }
            return 0;
        } catch (RuleCompilationException e) {
            e.problems().forEach(p -> System.out.println(rulesDir.resolve(p.path()).normalize() + ":" + p.line() + ":"
                    + p.column() + " " + p.message()));
            return 1;
        }
    }
}
