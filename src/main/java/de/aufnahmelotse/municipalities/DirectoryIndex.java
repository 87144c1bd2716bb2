package de.aufnahmelotse.municipalities;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.aufnahmelotse.facts.Enums.MunicipalityAssociation;
import de.aufnahmelotse.facts.Enums.MunicipalityKind;
import de.aufnahmelotse.facts.Land;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded directory parsed once, at build time: the build (exec-maven-plugin, phase process-classes) runs
 * {@link #main} on the three embedded Excel files with the same importer as {@code --gemeinden} and writes the
 * result to {@value #RESOURCE}; at start-up the service reads that compact file (about 40 ms) instead of parsing
 * 30 MB of sheet XML in a cold JVM (seconds of CPU). {@code DirectoryIndexTest} proves it equals a fresh parse of
 * the published files. Format: line 1 a marker, line 2 the status and districts as JSON, then one tab-separated
 * line per municipality in file order (empty = null), ending with the entry's rank in the name index and its folded
 * name key, so that start-up neither folds nor sorts 11,000 names.
 */
public final class DirectoryIndex {
    public static final String RESOURCE = "data/directory-index.tsv";
    private static final String MARKER = "aufnahmelotse-directory-index\t2";
    private static final int FIELDS = 20;

    private DirectoryIndex() {
    }

    private record Head(MunicipalityDirectory.Status status, List<District> districts) {
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Build step: {@code DirectoryIndex <classes dir>} reads data/*.xlsx there and writes {@value #RESOURCE}. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        MunicipalityDirectory.Config embedded = MunicipalityDirectory.embedded();
        MunicipalityDirectory d = MunicipalityDirectory.load(new MunicipalityDirectory.Config(
                fromDir(classes, embedded.gemeinden()), fromDir(classes, embedded.kreise()),
                fromDir(classes, embedded.previous()), null, 0, true));
        Path out = classes.resolve(RESOURCE);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(d, w);
        }
        System.out.println("[directory index] " + d.all().size() + " municipalities → " + out);
    }

    /** The embedded input with the same name, opened from the classes directory (the build has no jar yet). */
    private static DirectoryInput fromDir(Path classes, DirectoryInput embedded) {
        Path file = classes.resolve(embedded.name().substring("embedded:".length()));
        return new DirectoryInput(embedded.name(), () -> Files.newInputStream(file));
    }

    static void write(MunicipalityDirectory d, Writer w) throws IOException {
        w.write(MARKER);
        w.write('\n');
        w.write(mapper().writeValueAsString(new Head(d.status(), d.districts())));
        w.write('\n');
        StringBuilder b = new StringBuilder(256);
        MunicipalityDirectory.SearchIndex index = d.searchIndex();
        int[] rank = new int[index.order().length];
        for (int i = 0; i < rank.length; i++) {
            rank[index.order()[i]] = i;
        }
        int row = 0;
        for (MunicipalityEntry e : d.all()) {
            b.setLength(0);
            Object[] fields = {e.ags(), e.name(), e.state(), e.stateName(), e.district(), e.districtAgs(), e.kind(),
                e.kindCode(), e.population(), e.areaKm2(), e.densityPerKm2(), e.degreeOfUrbanisation(),
                e.postalCode(), e.latitude(), e.longitude(), e.association(), e.associationName(),
                e.populationChange10yPct(), rank[row], index.keys()[rank[row]]};
            row++;
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    b.append('\t');
                }
                if (fields[i] != null) {
                    String s = fields[i] instanceof Enum<?> en ? en.name() : fields[i].toString();
                    if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.isEmpty()) {
                        throw new IllegalStateException("cannot index " + e.ags() + ": " + s);
                    }
                    b.append(s);
                }
            }
            b.append('\n');
            w.write(b.toString());
        }
    }

    /** The embedded directory from the index, or null when the jar has none (then the Excel files are parsed). */
    static MunicipalityDirectory readEmbedded() {
        InputStream in = DirectoryIndex.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            if (!MARKER.equals(r.readLine())) {
                return null;
            }
            Head head = mapper().readValue(r.readLine(), Head.class);
            List<MunicipalityEntry> entries = new ArrayList<>(head.status().municipalities());
            List<String> keys = new ArrayList<>(head.status().municipalities());
            List<Integer> ranks = new ArrayList<>(head.status().municipalities());
            String[] f = new String[FIELDS];
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int from = 0;
                for (int i = 0; i < FIELDS; i++) {
                    int tab = i == FIELDS - 1 ? line.length() : line.indexOf('\t', from);
                    f[i] = tab == from ? null : line.substring(from, tab);
                    from = tab + 1;
                }
                entries.add(new MunicipalityEntry(f[0], f[1], Land.valueOf(f[2]), f[3], f[4], f[5],
                        f[6] == null ? null : MunicipalityKind.valueOf(f[6]), f[7], integer(f[8]), decimal(f[9]),
                        decimal(f[10]), integer(f[11]), f[12], decimal(f[13]), decimal(f[14]),
                        f[15] == null ? null : MunicipalityAssociation.valueOf(f[15]), f[16], decimal(f[17])));
                ranks.add(Integer.valueOf(f[18]));
                keys.add(f[19] == null ? "" : f[19]);
            }
            // the name index as the build sorted it: key and entry position by rank
            String[] sortedKeys = new String[entries.size()];
            int[] order = new int[entries.size()];
            for (int i = 0; i < order.length; i++) {
                sortedKeys[ranks.get(i)] = keys.get(i);
                order[ranks.get(i)] = i;
            }
            return new MunicipalityDirectory(entries, head.districts(), head.status(),
                    new MunicipalityDirectory.SearchIndex(sortedKeys, order));
        } catch (IOException e) {
            throw new UncheckedIOException("embedded directory index unreadable", e);
        }
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static Double decimal(String s) {
        return s == null ? null : Double.valueOf(s);
    }
}
