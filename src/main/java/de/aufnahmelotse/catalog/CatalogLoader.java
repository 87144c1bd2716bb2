package de.aufnahmelotse.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.aufnahmelotse.engine.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code rules/**}{@code /*.program.yaml} and {@code rules/common/texts.yaml} and checks them: required fields,
 * every text in German and English, periods in order without overlap, steps depending only on steps of the same
 * program. Every problem is collected with its file (and line where YAML gives one).
 */
public final class CatalogLoader {
    public static final String PROGRAM_SUFFIX = ".program.yaml";
    public static final String COMMON_TEXTS = "common/texts.yaml";

    /** An http(s) URL made of RFC 3986 characters only, as the API promises. */
    private static final java.util.regex.Pattern URL =
            java.util.regex.Pattern.compile("https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private CatalogLoader() {
    }

    /** The result: the catalog as far as it could be read (use it only when there are no problems), and every problem. */
    public record Result(Catalog catalog, List<RuleProblem> problems) {
    }

    public static Result load(Path rulesDir) {
        List<RuleProblem> problems = new ArrayList<>();
        List<ProgramEntry> programs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(PROGRAM_SUFFIX)).sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new RuleProblem(rulesDir.toString(), 0, 0, "cannot read: " + e.getMessage()));
            return new Result(null, problems);
        }
        for (Path file : files) {
            String rel = rel(rulesDir, file);
            ProgramEntry entry = read(file, rel, ProgramEntry.class, problems);
            if (entry == null) {
                continue;
            }
            entry = entry.withFile(rel);
            if (entry.id() != null && !ids.add(entry.id())) {
                problems.add(new RuleProblem(rel, 0, 0, "program id '" + entry.id() + "' is used twice"));
            }
            check(entry, rel, problems);
            if (entry.verifiedOn() == null) {
                int[] at = keyLine(file, "validFrom");
                problems.add(new RuleProblem(rel, at[0], at[1], "verifiedOn is required: the date this program's "
                        + "facts were last checked at the source (YYYY-MM-DD, beside validFrom)"));
            }
            programs.add(entry);
        }
        CommonTexts common = null;
        Path commonFile = rulesDir.resolve(COMMON_TEXTS);
        if (Files.isRegularFile(commonFile)) {
            common = read(commonFile, COMMON_TEXTS, CommonTexts.class, problems);
            if (common != null) {
                common.questions().forEach((k, v) -> languages(COMMON_TEXTS, "questions." + k, v, problems));
                common.criteria().forEach((k, m) -> m.forEach((s, v) ->
                        languages(COMMON_TEXTS, "criteria." + k + "." + s, v, problems)));
                common.recommendations().forEach((k, v) ->
                        languages(COMMON_TEXTS, "recommendations." + k, v, problems));
                common.labels().forEach((k, v) -> languages(COMMON_TEXTS, "labels." + k, v, problems));
                common.obligations().forEach((k, v) -> languages(COMMON_TEXTS, "obligations." + k, v, problems));
                common.funding().forEach((k, v) -> languages(COMMON_TEXTS, "funding." + k, v, problems));
                common.steps().forEach((k, v) -> languages(COMMON_TEXTS, "steps." + k + ".title", v.title(),
                        problems));
                common.assumptions().forEach((k, v) -> languages(COMMON_TEXTS, "assumptions." + k, v, problems));
            }
        } else {
            problems.add(new RuleProblem(COMMON_TEXTS, 0, 0, "missing: the shared texts (questions, labels)"));
        }
        if (programs.isEmpty()) {
            problems.add(new RuleProblem(rulesDir.toString(), 0, 0, "no *" + PROGRAM_SUFFIX + " files found"));
        }
        // the catalog as far as it could be read, so that callers can cross-check rules against it and report all
        return new Result(new Catalog(programs, common != null ? common : new CommonTexts(null, null, null, null, null, null, null, null)),
                problems);
    }

    private static <T> T read(Path file, String rel, Class<T> type, List<RuleProblem> problems) {
        try {
            return YAML.readValue(file.toFile(), type);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            problems.add(new RuleProblem(rel, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    e.getOriginalMessage().replace('\n', ' ')));
        } catch (IOException e) {
            problems.add(new RuleProblem(rel, 0, 0, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    private static void check(ProgramEntry p, String rel, List<RuleProblem> problems) {
        require(rel, "id", p.id(), problems);
        require(rel, "category", p.category(), problems);
        require(rel, "level", p.level(), problems);
        require(rel, "legalBasis", p.legalBasis(), problems);
        require(rel, "source", p.source(), problems);
        require(rel, "validFrom", p.validFrom(), problems);
        if (p.source() != null && !URL.matcher(p.source()).matches()) {
            problems.add(new RuleProblem(rel, 0, 0, "source must be an http(s) URL in RFC 3986 characters "
                    + "(percent-encode umlauts and spaces): " + p.source()));
        }
        if (p.name() == null) {
            require(rel, "name", null, problems);
        } else {
            languages(rel, "name", p.name(), problems);
        }
        if (p.funder() != null) {
            languages(rel, "funder", p.funder(), problems);
        }
        if (p.screenNote() != null) {
            languages(rel, "screenNote", p.screenNote(), problems);
        }
        if (p.summary() != null) {
            languages(rel, "summary", p.summary(), problems);
        }
        if (p.level() == de.aufnahmelotse.facts.Enums.Level.LAND && p.land() == null) {
            problems.add(new RuleProblem(rel, 0, 0, "a LAND program must name its land"));
        }
        if (p.periods().isEmpty()) {
            problems.add(new RuleProblem(rel, 0, 0, "periods: at least one dated status is required"));
        }
        for (int i = 0; i < p.periods().size(); i++) {
            Period period = p.periods().get(i);
            String at = "periods[" + i + "]";
            require(rel, at + ".status", period.status(), problems);
            require(rel, at + ".from", period.from(), problems);
            require(rel, at + ".source", period.source(), problems);
            if (period.note() != null) {
                languages(rel, at + ".note", period.note(), problems);
            }
            if (period.from() != null && period.until() != null && period.until().isBefore(period.from())) {
                problems.add(new RuleProblem(rel, 0, 0, at + ": until lies before from"));
            }
            if (i > 0) {
                Period prev = p.periods().get(i - 1);
                if (prev.until() == null || period.from() == null || !period.from().isAfter(prev.until())) {
                    problems.add(new RuleProblem(rel, 0, 0, at + " must start after periods[" + (i - 1)
                            + "] ends (periods are in date order and do not overlap)"));
                }
            }
        }
        p.criteria().forEach((id, byStatus) -> byStatus.forEach((status, text) -> {
            if (!Set.of("MET", "NOT_MET", "UNKNOWN").contains(status)) {
                problems.add(new RuleProblem(rel, 0, 0, "criteria." + id + ": unknown status " + status));
            }
            languages(rel, "criteria." + id + "." + status, text, problems);
        }));
        p.obligations().forEach((id, text) -> languages(rel, "obligations." + id, text, problems));
        p.funding().forEach((id, text) -> languages(rel, "funding." + id, text, problems));
        p.recommendations().forEach((id, text) -> languages(rel, "recommendations." + id, text, problems));
        p.questions().forEach((field, text) -> languages(rel, "questions." + field, text, problems));
        if (p.terms() != null) {
            if (p.terms().applyVia() != null && !"DISTRICT".equals(p.terms().applyVia())) {
                problems.add(new RuleProblem(rel, 0, 0, "terms.applyVia must be DISTRICT or absent"));
            }
            if (p.terms().partner() != null) {
                languages(rel, "terms.partner", p.terms().partner(), problems);
            }
        }
        p.parameters().forEach((name, values) -> {
            if (values == null || values.isEmpty()) {
                problems.add(new RuleProblem(rel, 0, 0, "parameters." + name + " has no value"));
                return;
            }
            for (int i = 0; i < values.size(); i++) {
                ParameterValue v = values.get(i);
                String at = "parameters." + name + "[" + i + "]";
                require(rel, at + ".from", v.from(), problems);
                require(rel, at + ".source", v.source(), problems);
                if (v.note() != null) {
                    languages(rel, at + ".note", v.note(), problems);
                }
            }
        });
        for (Map.Entry<String, StepDef> e : p.steps().entrySet()) {
            String at = "steps." + e.getKey();
            StepDef s = e.getValue();
            require(rel, at + ".phase", s.phase(), problems);
            require(rel, at + ".responsible", s.responsible(), problems);
            if (s.title() == null) {
                require(rel, at + ".title", null, problems);
            } else {
                languages(rel, at + ".title", s.title(), problems);
            }
            if (s.deadline() != null) {
                languages(rel, at + ".deadline", s.deadline(), problems);
            }
            for (int i = 0; i < s.documents().size(); i++) {
                languages(rel, at + ".documents[" + i + "]", s.documents().get(i), problems);
            }
            for (String dep : s.dependsOn()) {
                if (!p.steps().containsKey(dep)) {
                    problems.add(new RuleProblem(rel, 0, 0, at + ".dependsOn names unknown step '" + dep + "'"));
                }
            }
        }
    }

    private static void require(String rel, String field, Object value, List<RuleProblem> problems) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new RuleProblem(rel, 0, 0, field + " is required"));
        }
    }

    private static void languages(String rel, String field, Localized text, List<RuleProblem> problems) {
        if (text == null) {
            problems.add(new RuleProblem(rel, 0, 0, field + " is empty"));
            return;
        }
        for (String lang : text.missingLanguages()) {
            problems.add(new RuleProblem(rel, 0, 0, field + " has no '" + lang + "' text"));
        }
    }

    /** Line and column of a top-level key in a YAML file (1:1 when it is absent), for problems about it. */
    static int[] keyLine(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(key + ":")) {
                    return new int[] {i + 1, 1};
                }
            }
        } catch (IOException ignored) {
            // reported when the file was read
        }
        return new int[] {1, 1};
    }

    private static String rel(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }
}
