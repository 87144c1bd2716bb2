package de.aufnahmelotse.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The bundled {@code rules/} compiled at build time into Drools' executable model, so start-up loads generated
 * classes instead of compiling 700 rules. {@link #main} runs in Maven's {@code process-classes} phase: it writes the
 * generated classes into {@code target/classes} (packages {@code aufnahmelotse.*}), the model class names and the
 * hash of the DRL sources they were built from into {@code target/classes/precompiled-rules/}. At run
 * time {@link RuleBaseLoader} uses it only when the rules directory it loads hashes to exactly that value; a changed
 * directory (hot reload, a rules author's edit, another {@code --rules}) is compiled as before, with its
 * {@code path:line:col} errors.
 */
public final class PrecompiledRules {
    static final String RESOURCE_DIR = "precompiled-rules/";
    /** The model class names, one per line. */
    static final String MODELS = "models.txt";
    /** Where Drools puts the generated classes: the rule packages ({@code aufnahmelotse.*}) and its project model. */
    static final List<String> GENERATED_ROOTS = List.of("aufnahmelotse/", "org/drools/project/model/");
    private static final AtomicLong LOADS = new AtomicLong();

    private PrecompiledRules() {
    }

    /**
     * A new KieBase from the bundled model classes when they were built from sources with this hash, else empty. The
     * classes sit on the application class path (not in an in-memory module), so the JVM's class-data sharing archive
     * holds them parsed and verified, and the KieBase is built straight from the models without a KieContainer.
     */
    static Optional<KieBase> kieBaseFor(String sourceHash) {
        String builtFrom = resourceText(RESOURCE_DIR + "drl.sha256");
        String models = resourceText(RESOURCE_DIR + MODELS);
        if (builtFrom == null || models == null || !builtFrom.trim().equals(sourceHash)) {
            return Optional.empty();
        }
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        List<Model> loaded = new ArrayList<>();
        for (String name : models.split("\n")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                loaded.add((Model) Class.forName(name.trim(), true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                return Optional.empty(); // an incomplete build: compile at run time instead
            }
        }
        try {
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(loaded,
                    KieServices.Factory.get().newKieBaseConfiguration()));
        } finally {
            LOADS.incrementAndGet();
        }
    }

    /** How often the bundled module was used in this JVM (tests check that the fast path is taken). */
    public static long loads() {
        return LOADS.get();
    }

    /** Build step: {@code PrecompiledRules RULES_DIR OUT_DIR}. Exit 1 with every problem on a compile error. */
    public static void main(String[] args) throws IOException {
        Path rulesDir = Path.of(args[0]);
        Path outDir = Path.of(args[1]).resolve(RESOURCE_DIR);
        List<RuleProblem> problems = new ArrayList<>();
        RuleBaseLoader.Sources sources = RuleBaseLoader.read(rulesDir, RuleBaseLoader.drlFiles(rulesDir), problems);
        Path hashFile = outDir.resolve("drl.sha256");
        if (problems.isEmpty() && Files.exists(outDir.resolve(MODELS)) && Files.exists(hashFile)
                && Files.readString(hashFile, StandardCharsets.UTF_8).trim().equals(sources.hash())) {
            System.out.println("precompiled rules up to date (" + sources.hash().substring(0, 12) + ")");
            return;
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("de.aufnahmelotse", "rules-precompiled", "1.0.0");
        KieBuilder builder = ks.newKieBuilder(sources.writeTo(ks.newKieFileSystem().generateAndWritePomXML(releaseId)))
                .buildAll(ExecutableModelProject.class);
        for (Message msg : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(new RuleProblem(String.valueOf(msg.getPath()), msg.getLine(), msg.getColumn(),
                    msg.getText().replace('\n', ' ')));
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println(p.path() + ":" + p.line() + ":" + p.column() + " " + p.message()));
            System.err.println("The rules compile at run time but not into Drools' executable model (build step "
                    + "engine/PrecompiledRules); see CONTRIBUTING.md, 'Build and test', for the usual cause.");
            System.exit(1);
        }
        Files.createDirectories(outDir);
        Path classesDir = Path.of(args[1]);
        List<String> models = unpack(((InternalKieModule) builder.getKieModule()).getBytes(), classesDir);
        Files.write(outDir.resolve(MODELS), models, StandardCharsets.UTF_8);
        Files.deleteIfExists(outDir.resolve("rules.kjar")); // the module of earlier builds
        Files.writeString(hashFile, sources.hash() + "\n", StandardCharsets.UTF_8);
        System.out.println("precompiled " + sources.relPaths().size() + " DRL files (executable model, "
                + models.size() + " models) into " + classesDir);
    }

    /**
     * Writes the module's generated classes into the class output directory (they ship in the jar like any class)
     * after removing those of an earlier build, and returns the model class names Drools listed in the module.
     */
    static List<String> unpack(byte[] module, Path classesDir) throws IOException {
        for (String generated : GENERATED_ROOTS) {
            Path root = classesDir.resolve(generated);
            if (Files.isDirectory(root)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        List<String> models = new ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(module))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                if (name.endsWith(".class")) {
                    if (GENERATED_ROOTS.stream().noneMatch(name::startsWith)) {
                        throw new IOException("generated class outside " + GENERATED_ROOTS + ": " + name);
                    }
                    Path target = classesDir.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.write(target, in.readAllBytes());
                } else if (name.endsWith("/drools-model")) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                            models.add(line.trim());
                        }
                    }
                }
            }
        }
        if (models.isEmpty()) {
            throw new IOException("the executable model lists no model classes");
        }
        return models;
    }

    private static byte[] resourceBytes(String name) {
        try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static String resourceText(String name) {
        byte[] bytes = resourceBytes(name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
