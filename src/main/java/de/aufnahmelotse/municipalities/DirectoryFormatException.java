package de.aufnahmelotse.municipalities;

import java.util.List;

/**
 * A directory file that cannot be used: wrong file, damaged header, unreadable, or more rejected rows than allowed.
 * The message names file, line and field; {@link #problems()} lists every problem found (the first one is the cause).
 */
public class DirectoryFormatException extends RuntimeException {
    private final transient List<ImportProblem> problems;

    public DirectoryFormatException(String message, List<ImportProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public DirectoryFormatException(ImportProblem problem) {
        this(problem.toString(), List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
