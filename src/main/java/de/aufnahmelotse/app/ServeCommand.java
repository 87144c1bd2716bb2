package de.aufnahmelotse.app;

import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.engine.RuleCompilationException;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.ruleset.RuleSet;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.ruleset.RuleSetLoader;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Compile the rules and serve the API and the web page.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", description = "HTTP port (default: env PORT, else 8080).")
    Integer port;

    @Option(names = "--rules", description = "Rules directory (default: env RULES_DIR, else ./rules).")
    Path rules;

    @Option(names = "--web", description = "Web page directory (default: env WEB_DIR, else ./web).")
    Path web;

    @Mixin
    DirectoryOptions directory = new DirectoryOptions();

    @Option(names = "--bench-baseline", description = "Also serve POST /api/v1/advice/baseline (benchmarks only).")
    boolean baseline;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path rulesDir = Env.rulesDir(rules).toAbsolutePath().normalize();
        Path webDir = Env.webDir(web).toAbsolutePath().normalize();
        Clock clock = Clock.systemUTC();
        MunicipalityDirectory municipalities;
        try {
            municipalities = directory.load(System.err);
        } catch (DirectoryOptions.Failed e) {
            System.err.println("aufnahmelotse: not starting");
            return 1;
        }
        if (municipalities != null) {
            DirectoryOptions.report(System.out, municipalities);
        }
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetLoader.load(rulesDir, clock);
        } catch (RuleCompilationException e) {
            e.problems().forEach(p -> System.err.println(rulesDir.resolve(p.path()) + ":" + p.line() + ":"
                    + p.column() + " " + p.message()));
            System.err.println("aufnahmelotse: not starting, " + e.problems().size() + " problem(s) in " + rulesDir);
            return 1;
        }
        RuleSetHolder holder = new RuleSetHolder(ruleSet);
        AdviceService advice = new AdviceService(holder, clock, municipalities);
        Javalin app = WebApp.create(new WebApp.Deps(holder, advice, webDir, baseline, WebApp.DEFAULT_MAX_BODY_BYTES));
        app.start(Env.port(port));
        LOG.info("rules {} ({} programs, {} rules) from {}; web {}; ready on port {} after {} ms", ruleSet.version(),
                ruleSet.catalog().programs().size(), ruleSet.rules().size(), rulesDir, webDir, app.port(),
                (System.nanoTime() - start) / 1_000_000);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
