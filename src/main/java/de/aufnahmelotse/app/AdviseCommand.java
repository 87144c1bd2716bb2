package de.aufnahmelotse.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.aufnahmelotse.advice.AdviceRequest;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.engine.RuleCompilationException;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.ruleset.RuleSet;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.ruleset.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "advise", mixinStandardHelpOptions = true,
        description = "Print the advice JSON for one request body (a file, or - for standard input).")
final class AdviseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE|-", description = "Request JSON file, or - to read standard input.")
    String input;

    @Option(names = "--rules", description = "Rules directory (default: env RULES_DIR, else ./rules).")
    Path rules;

    @Option(names = "--lang", defaultValue = "de", description = "Language of the texts: de or en.")
    String lang;

    @Option(names = "--include-all", description = "Also list programs that are NOT_ELIGIBLE.")
    boolean includeAll;

    /** A request's municipality.ags is completed from the directory (the embedded one unless told otherwise). */
    @Mixin
    DirectoryOptions directory = new DirectoryOptions();

    @Override
    public Integer call() throws IOException {
        String body = Env.readInput(input);
        Path rulesDir = Env.rulesDir(rules);
        java.util.concurrent.CompletableFuture<de.aufnahmelotse.municipalities.MunicipalityDirectory> loading =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> directory.load(System.err));
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetLoader.load(rulesDir, Clock.systemUTC());
        } catch (RuleCompilationException e) {
            e.problems().forEach(p -> System.err.println(p));
            return 1;
        }
        de.aufnahmelotse.municipalities.MunicipalityDirectory municipalities;
        try {
            municipalities = loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof DirectoryOptions.Failed) {
                return 1;
            }
            throw e;
        }
        ObjectMapper mapper = WebApp.objectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AdviceService service = new AdviceService(new RuleSetHolder(ruleSet), Clock.systemUTC(), municipalities);
        try {
            AdviceRequest request = new AdviceRequestParser(mapper).parse(body, lang);
            System.out.println(mapper.writeValueAsString(service.advise(request,
                    new AdviceService.Options(lang, includeAll, false))));
            return 0;
        } catch (InvalidRequestException e) {
            System.err.println(e.getMessage());
            e.errors().forEach(f -> System.err.println("  " + (f.field().isEmpty() ? "(body)" : f.field()) + ": "
                    + f.message()));
            return 2;
        }
    }
}
