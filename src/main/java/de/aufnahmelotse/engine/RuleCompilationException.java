package de.aufnahmelotse.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rules could not be loaded; carries every problem found, not just the first. */
public class RuleCompilationException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rules:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
