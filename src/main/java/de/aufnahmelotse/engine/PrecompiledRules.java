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
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The bundled {@code rules/} compiled at build time into Drools' executable model, so start-up loads generated
 * classes instead of compiling 700 rules. {@link #main} runs in Maven's {@code process-classes} phase and writes the
 * module and the hash of the DRL sources it was built from into {@code target/classes/precompiled-rules/}. At run
 * time {@link RuleBaseLoader} uses it only when the rules directory it loads hashes to exactly that value; a changed
 * directory (hot reload, a rules author's edit, another {@code --rules}) is compiled as before, with its
 * {@code path:line:col} errors.
 */
public final class PrecompiledRules {
    static final String RESOURCE_DIR = "precompiled-rules/";
    private static final AtomicLong LOADS = new AtomicLong();

    private PrecompiledRules() {
    }

    /** A new KieBase from the bundled module when it was built from sources with this hash, else empty. */
    static Optional<KieBase> kieBaseFor(String sourceHash) {
        String builtFrom = resourceText(RESOURCE_DIR + "drl.sha256");
        if (builtFrom == null || !builtFrom.trim().equals(sourceHash)) {
            return Optional.empty();
        }
        byte[] module = resourceBytes(RESOURCE_DIR + "rules.kjar");
        if (module == null) {
            return Optional.empty();
        }
        KieServices ks = KieServices.Factory.get();
        KieModule km = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(module));
        ReleaseId releaseId = km.getReleaseId();
        try {
            return Optional.of(ks.newKieContainer(releaseId).getKieBase());
        } finally {
            ks.getRepository().removeKieModule(releaseId);
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
        if (problems.isEmpty() && Files.exists(outDir.resolve("rules.kjar")) && Files.exists(hashFile)
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
        Files.write(outDir.resolve("rules.kjar"), stored(((InternalKieModule) builder.getKieModule()).getBytes()));
        Files.writeString(hashFile, sources.hash() + "\n", StandardCharsets.UTF_8);
        System.out.println("precompiled " + sources.relPaths().size() + " DRL files (executable model) into " + outDir);
    }

    /**
     * The module with every entry STORED instead of deflated: Drools reads the module entry by entry at start-up,
     * and 2,400 small inflations cost about a second; the jar around it still compresses the whole file once.
     */
    static byte[] stored(byte[] module) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(module.length * 2);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(module));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(data);
                copy.setMethod(java.util.zip.ZipEntry.STORED);
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                copy.setCrc(crc.getValue());
                zip.putNextEntry(copy);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
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
