package de.aufnahmelotse.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles every {@code *.drl} below a directory into one KieBase (classic build). Each file must declare the
 * package that mirrors its path ({@code sponsorship/nest.drl} → {@code package aufnahmelotse.sponsorship.nest}), so
 * every compiled rule can be traced back to its file. Any error aborts with every problem as path:line:col.
 */
public final class RuleBaseLoader {
    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?\\s*$");
    private static final Pattern LINE_COL = Pattern.compile("Line (\\d+):(\\d+)");
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleBaseLoader() {
    }

    /** The compiled rules plus what the loader learned about each rule. */
    public record Compiled(KieBase kieBase, List<RuleInfo> rules, List<String> files) {
    }

    /**
     * Folders under the rules directory that hold a rule base of their own and are left out of the program rule
     * base: {@code matching/} (issue 15, compiled by {@link #compileSeparate}).
     */
    public static final List<String> SEPARATE_DIRS = List.of("matching");

    /** The program rule base's DRL files: every {@code *.drl} below the directory outside {@link #SEPARATE_DIRS}. */
    public static List<Path> drlFiles(Path rulesDir) {
        List<Path> separate = SEPARATE_DIRS.stream().map(rulesDir::resolve).toList();
        return drlFilesBelow(rulesDir).stream().filter(p -> separate.stream().noneMatch(p::startsWith)).toList();
    }

    private static List<Path> drlFilesBelow(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules directory " + dir, e);
        }
    }

    /**
     * Compiles one of the {@link #SEPARATE_DIRS} into its own KieBase; packages still mirror the path below
     * {@code rulesDir} ({@code matching/households.drl} → {@code aufnahmelotse.matching.households}).
     */
    public static Compiled compileSeparate(Path rulesDir, String separateDir) {
        if (!SEPARATE_DIRS.contains(separateDir)) {
            throw new IllegalArgumentException("not a separate rule base: " + separateDir);
        }
        Path dir = rulesDir.resolve(separateDir);
        if (!Files.isDirectory(dir)) {
            throw new RuleCompilationException(List.of(new RuleProblem(separateDir, 0, 0,
                    "rules directory does not exist")));
        }
        return compile(rulesDir, drlFilesBelow(dir));
    }

    public static String expectedPackage(String relativePath) {
        String noExt = relativePath.substring(0, relativePath.length() - ".drl".length());
        return "aufnahmelotse." + noExt.replace('/', '.').replace('-', '_');
    }

    public static Compiled compile(Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            throw new RuleCompilationException(List.of(new RuleProblem(rulesDir.toString(), 0, 0,
                    "rules directory does not exist")));
        }
        return compile(rulesDir, drlFiles(rulesDir));
    }

    private static Compiled compile(Path rulesDir, List<Path> files) {
        List<RuleProblem> problems = new ArrayList<>();
        if (files.isEmpty()) {
            problems.add(new RuleProblem(rulesDir.toString(), 0, 0, "no .drl files found"));
            throw new RuleCompilationException(problems);
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("de.aufnahmelotse", "rules", "1.0." + BUILDS.incrementAndGet());
        Sources sources = read(rulesDir, files, problems);
        // The bundled rules, unchanged, come compiled at build time (executable model); anything else compiles here.
        KieBase precompiled = problems.isEmpty() ? PrecompiledRules.kieBaseFor(sources.hash()).orElse(null) : null;
        if (precompiled != null) {
            return new Compiled(precompiled, ruleInfos(precompiled, sources.packageToPath()), sources.relPaths());
        }
        KieFileSystem kfs = sources.writeTo(ks.newKieFileSystem().generateAndWritePomXML(releaseId));
        Map<String, String> kfsToPath = sources.kfsToPath();
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> compileProblems = new ArrayList<>();
        for (Message msg : builder.getResults().getMessages(Message.Level.ERROR)) {
            String raw = msg.getPath() == null ? "?" : msg.getPath();
            String path = kfsToPath.getOrDefault(raw.startsWith(RESOURCES) ? raw : RESOURCES + raw, raw);
            String text = msg.getText().replace('\n', ' ').trim();
            int line = Math.max(msg.getLine(), 0);
            int column = Math.max(msg.getColumn(), 0);
            Matcher at = LINE_COL.matcher(text);
            if (at.find() && (line == 0 || column == 0)) {
                line = line == 0 ? Integer.parseInt(at.group(1)) : line;
                column = Integer.parseInt(at.group(2));
            }
            compileProblems.add(new RuleProblem(path, line, column, text));
        }
        // "Parser returned a null Package" and similar follow-ups without a position add nothing to a real error
        for (RuleProblem p : compileProblems) {
            boolean followUp = p.line() == 0 && compileProblems.stream()
                    .anyMatch(o -> o.path().equals(p.path()) && o.line() > 0);
            if (!followUp) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        return new Compiled(kieBase, ruleInfos(kieBase, sources.packageToPath()), sources.relPaths());
    }

    /** The DRL texts of a rules directory, keyed the way Drools wants them, with a hash of paths and texts. */
    record Sources(Map<String, String> kfsToPath, Map<String, String> kfsToText, Map<String, String> packageToPath,
                   List<String> relPaths, String hash) {
        KieFileSystem writeTo(KieFileSystem kfs) {
            kfsToText.forEach(kfs::write);
            return kfs;
        }
    }

    /** Reads every DRL file, checks that its package mirrors its path (problems are added), hashes what it read. */
    static Sources read(Path rulesDir, List<Path> files, List<RuleProblem> problems) {
        Map<String, String> packageToPath = new LinkedHashMap<>();
        Map<String, String> kfsToPath = new LinkedHashMap<>();
        Map<String, String> kfsToText = new LinkedHashMap<>();
        List<String> relPaths = new ArrayList<>();
        MessageDigest digest = sha256();
        for (Path file : files) {
            String rel = rulesDir.relativize(file).toString().replace('\\', '/');
            relPaths.add(rel);
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(new RuleProblem(rel, 0, 0, "cannot read: " + e.getMessage()));
                continue;
            }
            digest.update((rel + "\0" + text + "\0").getBytes(StandardCharsets.UTF_8));
            Matcher m = PACKAGE.matcher(text);
            String expected = expectedPackage(rel);
            if (!m.find()) {
                problems.add(new RuleProblem(rel, 1, 1, "missing 'package " + expected + ";'"));
            } else if (!m.group(1).equals(expected)) {
                int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
                problems.add(new RuleProblem(rel, line, 1, "package must mirror the file path: expected '"
                        + expected + "', found '" + m.group(1) + "'"));
            } else {
                packageToPath.put(expected, rel);
            }
            // Drools wants the folder to mirror the package; the real path is restored in messages.
            String kfsPath = RESOURCES + expected.replace('.', '/') + "/" + file.getFileName();
            kfsToPath.put(kfsPath, rel);
            kfsToText.put(kfsPath, text);
        }
        return new Sources(kfsToPath, kfsToText, packageToPath, List.copyOf(relPaths),
                HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RuleInfo> ruleInfos(KieBase kieBase, Map<String, String> packageToPath) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, String> meta = new LinkedHashMap<>();
                rule.getMetaData().forEach((k, v) -> meta.put(k, unquote(String.valueOf(v))));
                rules.add(new RuleInfo(rule.getName(), pkg.getName(), packageToPath.getOrDefault(pkg.getName(), "?"),
                        Map.copyOf(meta)));
            }
        }
        rules.sort((a, b) -> a.path().equals(b.path()) ? a.name().compareTo(b.name()) : a.path().compareTo(b.path()));
        return List.copyOf(rules);
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
