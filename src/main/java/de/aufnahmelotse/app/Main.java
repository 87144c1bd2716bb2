package de.aufnahmelotse.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar target/aufnahmelotse.jar <command>}. */
@Command(name = "aufnahmelotse", mixinStandardHelpOptions = true, version = "aufnahmelotse 0.1.0",
        description = "Advisor for municipalities that take in refugees: sponsorship, admission and funding programs.",
        subcommands = {ServeCommand.class, AdviseCommand.class, CheckRulesCommand.class, ScreenCommand.class,
                CasesCommand.class, MatchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
