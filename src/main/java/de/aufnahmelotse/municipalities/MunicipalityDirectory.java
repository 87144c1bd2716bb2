package de.aufnahmelotse.municipalities;

import de.aufnahmelotse.facts.Land;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The imported directory, immutable and thread-safe: municipalities by AGS, districts by key, and a folded name index
 * (sorted by {@link Fold#loose} key) for prefix search that ignores case, umlaut spelling and punctuation.
 */
public final class MunicipalityDirectory {
    public static final String SOURCE = "Destatis Gemeindeverzeichnis (GV-ISys)";
    public static final int MAX_LIMIT = 100;

    /** Where the data came from and what was read; served by GET /api/v1/municipalities/status. */
    public record Status(String source, String file, LocalDate referenceDate, String referenceDateFrom,
                         long rowsRead, int municipalities, int inhabited, long population, int rejectedRows,
                         List<ImportProblem> rejected, DistrictStatus districts, String format, String sheet,
                         boolean embedded, String attribution, PopulationChangeStatus populationChange) {
    }

    public record DistrictStatus(String file, LocalDate referenceDate, String referenceDateFrom, long rowsRead,
                                 int districts, int rejectedRows, List<ImportProblem> rejected,
                                 List<String> missingInDistrictFile, String format, String sheet) {
    }

    /**
     * The directory ten years earlier and how many municipalities it gave a population change: {@code matched}
     * inhabited in both (by AGS); {@code onlyInCurrent} (AGS new since, e.g. after a merger: no value) and
     * {@code onlyInPrevious} (AGS gone since) are counted and listed, never guessed.
     */
    public record PopulationChangeStatus(String file, LocalDate referenceDate, String referenceDateFrom,
                                         long rowsRead, int municipalities, int matched, int onlyInCurrentCount,
                                         List<String> onlyInCurrent, int onlyInPreviousCount,
                                         List<String> onlyInPrevious, int rejectedRows) {
    }

    /**
     * Which files to load and how strict to be: more rejected rows than {@code maxRejected} abort the load.
     * {@code previous} (optional) is the directory ten years earlier for the population change; {@code embedded}
     * marks the copies shipped in the jar.
     */
    public record Config(DirectoryInput gemeinden, DirectoryInput kreise, DirectoryInput previous,
                         LocalDate referenceDate, int maxRejected, boolean embedded) {
        public Config(Path gemeinden, Path kreise, LocalDate referenceDate, int maxRejected) {
            this(DirectoryInput.of(gemeinden), kreise == null ? null : DirectoryInput.of(kreise), null, referenceDate,
                    maxRejected, false);
        }
    }

    /** The Destatis attribution the licence asks for, shown wherever the data are shown. */
    public static final String ATTRIBUTION = "© Statistisches Bundesamt (Destatis), 2024 (im Auftrag der "
            + "Herausgebergemeinschaft Statistische Ämter des Bundes und der Länder): Gemeindeverzeichnis GV-ISys, "
            + "Gebietsstand 31.12.2023; dazu Gebietsstand 31.12.2013 (© 2014) und Kreisfreie Städte und Landkreise, "
            + "Gebietsstand 31.12.2021 (© 2022). Vervielfältigung und Verbreitung, auch auszugsweise, mit "
            + "Quellenangabe gestattet.";

    /** The embedded default: the newest directory, the one ten years earlier, and the newest district table. */
    public static final String EMBEDDED_GEMEINDEN = "data/gemeindeverzeichnis-destatis-2023.xlsx";
    public static final String EMBEDDED_PREVIOUS = "data/gemeindeverzeichnis-destatis-2013.xlsx";
    public static final String EMBEDDED_KREISE = "data/kreise-destatis-2021.xlsx";

    /** The embedded directory: from the index the build wrote ({@link DirectoryIndex}), else parsed from Excel. */
    public static MunicipalityDirectory loadEmbedded() {
        MunicipalityDirectory d = DirectoryIndex.readEmbedded();
        return d != null ? d : load(embedded());
    }

    public static Config embedded() {
        return new Config(DirectoryInput.embedded(EMBEDDED_GEMEINDEN), DirectoryInput.embedded(EMBEDDED_KREISE),
                DirectoryInput.embedded(EMBEDDED_PREVIOUS), null, 0, true);
    }

    private final List<MunicipalityEntry> entries;
    private final Map<String, MunicipalityEntry> byAgs;
    private final Map<String, District> districts;
    private final List<District> districtList;
    private final String[] looseKeys;
    private final MunicipalityEntry[] byLooseKey;
    private final Status status;

    MunicipalityDirectory(List<MunicipalityEntry> entries, List<District> districts, Status status) {
        this(entries, districts, status, null);
    }

    /**
     * With {@code given} (the name index as the build-time index stores it) the names are not folded and sorted
     * again.
     */
    MunicipalityDirectory(List<MunicipalityEntry> entries, List<District> districts, Status status,
                          SearchIndex given) {
        this.entries = List.copyOf(entries);
        this.byAgs = new HashMap<>(entries.size() * 2);
        for (MunicipalityEntry e : entries) {
            byAgs.put(e.ags(), e);
        }
        this.districtList = List.copyOf(districts);
        this.districts = new HashMap<>();
        for (District d : districts) {
            this.districts.put(d.ags(), d);
        }
        SearchIndex index = given != null ? given : SearchIndex.of(this.entries);
        this.looseKeys = index.keys();
        this.byLooseKey = new MunicipalityEntry[index.keys().length];
        for (int i = 0; i < index.order().length; i++) {
            byLooseKey[i] = this.entries.get(index.order()[i]);
        }
        this.status = status;
    }

    /**
     * The name index for prefix search: the {@link Fold#loose} keys sorted (then by AGS), and for each key the
     * position of its entry in the directory's list.
     */
    record SearchIndex(String[] keys, int[] order) {
        static SearchIndex of(List<MunicipalityEntry> entries) {
            record Keyed(String key, String ags, int position) {
            }
            Keyed[] keyed = new Keyed[entries.size()];
            for (int i = 0; i < keyed.length; i++) {
                keyed[i] = new Keyed(Fold.loose(entries.get(i).name()), entries.get(i).ags(), i);
            }
            Arrays.sort(keyed, Comparator.comparing(Keyed::key).thenComparing(Keyed::ags));
            return new SearchIndex(Arrays.stream(keyed).map(Keyed::key).toArray(String[]::new),
                    Arrays.stream(keyed).mapToInt(Keyed::position).toArray());
        }
    }

    /** The name index of this directory (the build-time index stores it). */
    SearchIndex searchIndex() {
        java.util.Map<MunicipalityEntry, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            position.put(entries.get(i), i);
        }
        int[] order = new int[byLooseKey.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = position.get(byLooseKey[i]);
        }
        return new SearchIndex(looseKeys.clone(), order);
    }

    /**
     * Reads the files of {@code config}: the municipality file, and in parallel the district file and the previous
     * directory. Throws {@link DirectoryFormatException} for a wrong or damaged file, or when more rows were
     * rejected than allowed (the message names the first one: file, sheet, line, field).
     */
    public static MunicipalityDirectory load(Config config) {
        java.util.concurrent.CompletableFuture<DirectoryImporter.KreiseFile> kreise = config.kreise() == null ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> DirectoryImporter.readKreise(config.kreise()));
        java.util.concurrent.CompletableFuture<DirectoryImporter.GemeindenFile> previous = config.previous() == null
                ? null : java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> DirectoryImporter.readGemeinden(config.previous()));
        DirectoryImporter.GemeindenFile g = DirectoryImporter.readGemeinden(config.gemeinden());
        tooMany(g.rejected(), g.rowsRead(), config.maxRejected(), g.file());
        ReferenceDate gDate = ReferenceDate.of(config.gemeinden().fileName(), g.statedDate(), config.referenceDate());
        List<District> districts = List.of();
        DistrictStatus ds = null;
        if (kreise != null) {
            DirectoryImporter.KreiseFile k = join(kreise);
            tooMany(k.rejected(), k.rowsRead(), config.maxRejected(), k.file());
            districts = k.districts();
            ReferenceDate kDate = ReferenceDate.of(config.kreise().fileName(), k.statedDate(), null);
            java.util.Set<String> known = new java.util.HashSet<>();
            districts.forEach(d -> known.add(d.ags()));
            List<String> missing = g.municipalities().stream().map(MunicipalityEntry::districtAgs).distinct()
                    .filter(a -> !known.contains(a)).sorted().toList();
            ds = new DistrictStatus(k.file(), kDate.date(), kDate.from(), k.rowsRead(), districts.size(),
                    k.rejected().size(), k.rejected(), missing, k.format(), k.sheet());
        }
        Map<String, Integer> before = new HashMap<>();
        PopulationChangeStatus change = null;
        DirectoryImporter.GemeindenFile p = previous == null ? null : join(previous);
        if (p != null) {
            tooMany(p.rejected(), p.rowsRead(), config.maxRejected(), p.file());
            p.municipalities().forEach(e -> {
                if (e.inhabited()) {
                    before.put(e.ags(), e.population());
                }
            });
        }
        // a district name the municipality file lacks is taken from the district file
        Map<String, District> byKey = new HashMap<>();
        districts.forEach(d -> byKey.put(d.ags(), d));
        List<MunicipalityEntry> entries = new ArrayList<>(g.municipalities().size());
        java.util.Set<String> current = new java.util.HashSet<>();
        List<String> onlyInCurrent = new ArrayList<>();
        int matched = 0;
        for (MunicipalityEntry e : g.municipalities()) {
            District d = byKey.get(e.districtAgs());
            MunicipalityEntry x = e.district() == null && d != null ? e.withDistrict(d.name()) : e;
            if (p != null && x.inhabited()) {
                current.add(x.ags());
                Integer then = before.get(x.ags());
                if (then == null) {
                    onlyInCurrent.add(x.ags());
                } else {
                    matched++;
                    x = x.withPopulationChange(Math.round((x.population() - then) * 10_000.0 / then) / 100.0);
                }
            }
            entries.add(x);
        }
        if (p != null) {
            List<String> onlyInPrevious = before.keySet().stream().filter(a -> !current.contains(a)).sorted().toList();
            ReferenceDate pDate = ReferenceDate.of(config.previous().fileName(), p.statedDate(), null);
            java.util.Collections.sort(onlyInCurrent);
            change = new PopulationChangeStatus(p.file(), pDate.date(), pDate.from(), p.rowsRead(),
                    p.municipalities().size(), matched, onlyInCurrent.size(), List.copyOf(onlyInCurrent),
                    onlyInPrevious.size(), onlyInPrevious, p.rejected().size());
        }
        int inhabited = (int) entries.stream().filter(MunicipalityEntry::inhabited).count();
        long population = entries.stream().filter(MunicipalityEntry::inhabited).mapToLong(MunicipalityEntry::population)
                .sum();
        Status status = new Status(SOURCE, g.file(), gDate.date(), gDate.from(), g.rowsRead(), entries.size(),
                inhabited, population, g.rejected().size(), g.rejected(), ds, g.format(), g.sheet(),
                config.embedded(), config.embedded() ? ATTRIBUTION : null, change);
        return new MunicipalityDirectory(entries, districts, status);
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static void tooMany(List<ImportProblem> rejected, long rows, int max, String file) {
        if (rejected.size() > max) {
            ImportProblem first = rejected.get(0);
            throw new DirectoryFormatException(first + " (" + rejected.size() + " von/of " + rows
                    + " Zeilen abgelehnt/rows rejected, erlaubt/allowed " + max + ")", rejected);
        }
    }

    public Status status() {
        return status;
    }

    /** Every municipality in file order (inhabited and not). */
    public List<MunicipalityEntry> all() {
        return entries;
    }

    public Optional<MunicipalityEntry> byAgs(String ags) {
        return Optional.ofNullable(ags == null ? null : byAgs.get(ags));
    }

    /** The districts of the district file, in file order. */
    public List<District> districts() {
        return districtList;
    }

    public Optional<District> district(String districtAgs) {
        return Optional.ofNullable(districtAgs == null ? null : districts.get(districtAgs));
    }

    /**
     * Municipalities whose name starts with {@code q} (folded), optionally in one Land: exact names first, then
     * prefixes in the query's own umlaut spelling, then the rest; within each, larger population first, then name
     * and AGS. A blank {@code q} lists all (of the Land) by name.
     */
    public List<MunicipalityEntry> search(String q, Land state, int limit) {
        int max = Math.max(0, Math.min(limit, MAX_LIMIT));
        String loose = Fold.loose(q);
        String strict = Fold.strict(q);
        List<MunicipalityEntry> hits = new ArrayList<>();
        int from = lowerBound(loose);
        for (int i = from; i < looseKeys.length && looseKeys[i].startsWith(loose); i++) {
            MunicipalityEntry e = byLooseKey[i];
            if (state == null || e.state() == state) {
                hits.add(e);
            }
        }
        if (loose.isEmpty()) {
            hits.sort(Comparator.comparing(MunicipalityEntry::name).thenComparing(MunicipalityEntry::ags));
        } else {
            hits.sort(Comparator.comparingInt((MunicipalityEntry e) -> rank(e, strict))
                    .thenComparing(e -> e.population() == null ? 0 : e.population(), Comparator.reverseOrder())
                    .thenComparing(MunicipalityEntry::name).thenComparing(MunicipalityEntry::ags));
        }
        return hits.size() > max ? List.copyOf(hits.subList(0, max)) : hits;
    }

    private static int rank(MunicipalityEntry e, String strictQuery) {
        String name = Fold.strict(e.name());
        int comma = e.name().indexOf(',');
        String head = comma < 0 ? name : Fold.strict(e.name().substring(0, comma));
        if (name.equals(strictQuery) || head.equals(strictQuery)) {
            return 0;
        }
        return name.startsWith(strictQuery) ? 1 : 2;
    }

    private int lowerBound(String key) {
        int lo = 0;
        int hi = looseKeys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (looseKeys[mid].compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
