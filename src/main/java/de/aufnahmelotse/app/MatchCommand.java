package de.aufnahmelotse.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.distribution.KoenigsteinerSchluessel;
import de.aufnahmelotse.engine.RuleCompilationException;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.matching.MatchRequest;
import de.aufnahmelotse.matching.MatchRequestParser;
import de.aufnahmelotse.matching.MatchingRules;
import de.aufnahmelotse.matching.MatchingService;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Propose households to pledges by fit (the body of POST /api/v1/matching from a file, or - for "
                + "standard input) and print the answer JSON; the rest by the key.")
final class MatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE|-", description = "Matching request JSON file, or - for standard input.")
    String input;

    @Option(names = "--rules", description = "Rules directory (default: env RULES_DIR, else ./rules).")
    Path rules;

    @Option(names = "--lang", defaultValue = "de", description = "Language of the texts: de or en.")
    String lang;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the answer here instead of standard output.")
    Path out;

    @Mixin
    DirectoryOptions directory = new DirectoryOptions();

    @Override
    public Integer call() throws IOException {
        String body = Env.readInput(input);
        Path rulesDir = Env.rulesDir(rules);
        MatchingRules matching;
        KoenigsteinerSchluessel table;
        try {
            matching = MatchingRules.load(rulesDir);
            table = KoenigsteinerSchluessel.load(rulesDir);
        } catch (RuleCompilationException e) {
            e.problems().forEach(System.err::println);
            return 1;
        } catch (KoenigsteinerSchluessel.TableException e) {
            e.problems().forEach(System.err::println);
            return 1;
        }
        MunicipalityDirectory dir;
        try {
            dir = directory.load(System.err);
        } catch (DirectoryOptions.Failed e) {
            return 1;
        }
        ObjectMapper mapper = WebApp.objectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        MatchingService service = new MatchingService(() -> matching, () -> Optional.ofNullable(dir),
                year -> MatchingService.keyFor(table, year), Clock.systemUTC());
        try {
            MatchRequest request = new MatchRequestParser(mapper).parse(body, lang);
            String json = mapper.writeValueAsString(service.match(request, lang));
            if (out != null) {
                Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
            } else {
                System.out.println(json);
            }
            return 0;
        } catch (InvalidRequestException e) {
            System.err.println(e.getMessage());
            e.errors().forEach(f -> System.err.println("  " + (f.field().isEmpty() ? "(body)" : f.field()) + ": "
                    + f.message()));
            return 2;
        }
    }
}
