package de.aufnahmelotse.matching;

import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The distribution key for households without a pledge: the Land by the Königsteiner Schlüssel, then inside the Land
 * by the Land's own key where it is modelled (NRW: FlüAG § 3 — 90 % population, 10 % area, the area part capped at
 * 25 % above the population key, per municipality), else by population share per district (an approximation,
 * marked as such). Across a cohort the persons are spread sequentially: each household goes to the Land (and unit)
 * most under-served by its share after counting it — share × (persons so far + its size) − persons it already has,
 * the largest wins, ties to the larger share, then the code — so every Land's persons stay within one household of
 * its share. Without a directory only the Land is given.
 */
public final class KeyFallback {
    /** NRW FlüAG § 3 Abs. 1: population share 90 %, area share 10 %; area-driven excess capped at 25 %. */
    static final double NRW_POPULATION = 0.9;
    static final double NRW_AREA = 0.1;
    static final double NRW_CAP = 1.25;
    public static final String NRW_SOURCE = "https://recht.nrw.de/lmi/owa/br_show_historie?p_id=23074";

    /** Where a household goes by the key, and by which method. {@code unitKind}: MUNICIPALITY or DISTRICT. */
    public record Target(Land land, String unitAgs, String unitName, String unitKind, String method) {
    }

    private final LandKey key;
    private final MunicipalityDirectory directory;
    private final Map<Land, List<Unit>> units = new EnumMap<>(Land.class);

    record Unit(String ags, String name, String kind, double share) {
    }

    public KeyFallback(LandKey key, MunicipalityDirectory directory) {
        this.key = key;
        this.directory = directory;
    }

    public LandKey key() {
        return key;
    }

    /** Method per Land, as the answer shows it. */
    public static String method(Land land, boolean withDirectory) {
        if (!withDirectory) {
            return "KOENIGSTEIN_ONLY";
        }
        return land == Land.NW ? "FLUEAG_NRW_3" : "POPULATION_SHARE_DISTRICT";
    }

    /**
     * Targets for the households of sizes {@code sizes}, in the order given. {@code landPersons} and
     * {@code unitPersons} carry what earlier households got (start empty).
     */
    public List<Target> assign(int[] sizes) {
        Map<Land, Double> landShare = new EnumMap<>(Land.class);
        key.sharesPct().forEach((l, v) -> landShare.put(l, v.doubleValue()));
        double landTotal = landShare.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<Land, Long> landPersons = new EnumMap<>(Land.class);
        Map<String, Long> unitPersons = new HashMap<>();
        long assigned = 0;
        List<Target> out = new ArrayList<>();
        for (int size : sizes) {
            Land land = mostUnderServed(landShare, landTotal, landPersons, assigned, size);
            landPersons.merge(land, (long) size, Long::sum);
            assigned += size;
            List<Unit> inLand = directory == null ? List.of() : unitsOf(land);
            if (inLand.isEmpty()) {
                out.add(new Target(land, null, null, null, method(land, false)));
                continue;
            }
            long landSoFar = landPersons.get(land) - size;
            Unit best = null;
            double bestGap = -Double.MAX_VALUE;
            for (Unit u : inLand) {
                double gap = u.share() * (landSoFar + size) - unitPersons.getOrDefault(u.ags(), 0L);
                if (gap > bestGap + 1e-9) {
                    bestGap = gap;
                    best = u;
                }
            }
            unitPersons.merge(best.ags(), (long) size, Long::sum);
            out.add(new Target(land, best.ags(), best.name(), best.kind(), method(land, true)));
        }
        return out;
    }

    static <K extends Comparable<K>> K mostUnderServed(Map<K, Double> share, double total, Map<K, Long> persons,
                                                       long assigned, int size) {
        K best = null;
        double bestGap = -Double.MAX_VALUE;
        for (Map.Entry<K, Double> e : new TreeMap<>(share).entrySet()) {
            double gap = e.getValue() / total * (assigned + size) - persons.getOrDefault(e.getKey(), 0L);
            if (best == null || gap > bestGap + 1e-9
                    || (Math.abs(gap - bestGap) <= 1e-9 && e.getValue() > share.get(best))) {
                best = e.getKey();
                bestGap = gap;
            }
        }
        return best;
    }

    /** The units of a Land with their share of the Land's intake (summing to 1), sorted by key. */
    synchronized List<Unit> unitsOf(Land land) {
        return units.computeIfAbsent(land, l -> l == Land.NW ? nrwMunicipalities() : districts(l));
    }

    /** Share within the Land of the municipality with this AGS (NRW: FlüAG key; else its population share). */
    public double municipalityShare(String ags) {
        if (directory == null || ags == null) {
            return 0;
        }
        MunicipalityEntry e = directory.byAgs(ags).orElse(null);
        if (e == null || e.state() == null || !e.inhabited()) {
            return 0;
        }
        if (e.state() == Land.NW) {
            return unitsOf(Land.NW).stream().filter(u -> u.ags().equals(ags)).mapToDouble(Unit::share).findFirst()
                    .orElse(0);
        }
        long landPop = directory.all().stream().filter(m -> m.state() == e.state() && m.inhabited())
                .mapToLong(MunicipalityEntry::population).sum();
        return landPop == 0 ? 0 : (double) e.population() / landPop;
    }

    private List<Unit> nrwMunicipalities() {
        List<MunicipalityEntry> ms = directory.all().stream()
                .filter(m -> m.state() == Land.NW && m.inhabited() && m.areaKm2() != null)
                .sorted(Comparator.comparing(MunicipalityEntry::ags)).toList();
        double pop = ms.stream().mapToDouble(MunicipalityEntry::population).sum();
        double area = ms.stream().mapToDouble(MunicipalityEntry::areaKm2).sum();
        if (pop == 0 || area == 0) {
            return List.of();
        }
        double[] popShare = ms.stream().mapToDouble(m -> m.population() / pop).toArray();
        double[] raw = new double[ms.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = NRW_POPULATION * popShare[i] + NRW_AREA * ms.get(i).areaKm2() / area;
        }
        double[] share = capAndRedistribute(raw, popShare, NRW_CAP);
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < share.length; i++) {
            out.add(new Unit(ms.get(i).ags(), ms.get(i).name(), "MUNICIPALITY", share[i]));
        }
        return out;
    }

    /**
     * FlüAG § 3: no municipality gets more than {@code cap} times its pure population share through the area part;
     * the excess goes to the others in proportion to their key, repeated until no share is over its cap.
     */
    static double[] capAndRedistribute(double[] raw, double[] popShare, double cap) {
        double[] share = raw.clone();
        boolean[] capped = new boolean[share.length];
        for (int round = 0; round < 100; round++) {
            double excess = 0;
            for (int i = 0; i < share.length; i++) {
                double limit = cap * popShare[i];
                if (share[i] > limit + 1e-15) {
                    excess += share[i] - limit;
                    share[i] = limit;
                    capped[i] = true;
                }
            }
            if (excess <= 1e-15) {
                break;
            }
            double free = 0;
            for (int i = 0; i < share.length; i++) {
                free += capped[i] ? 0 : share[i];
            }
            if (free == 0) {
                break;
            }
            for (int i = 0; i < share.length; i++) {
                if (!capped[i]) {
                    share[i] += excess * share[i] / free;
                }
            }
        }
        return share;
    }

    private List<Unit> districts(Land land) {
        Map<String, long[]> pop = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (MunicipalityEntry m : directory.all()) {
            if (m.state() == land && m.inhabited() && m.districtAgs() != null) {
                pop.computeIfAbsent(m.districtAgs(), k -> new long[1])[0] += m.population();
                names.putIfAbsent(m.districtAgs(), m.district() != null ? m.district() : m.districtAgs());
            }
        }
        double total = pop.values().stream().mapToLong(a -> a[0]).sum();
        List<Unit> out = new ArrayList<>();
        if (total == 0) {
            return out;
        }
        pop.forEach((ags, p) -> out.add(new Unit(ags, names.get(ags), "DISTRICT", p[0] / total)));
        return out;
    }
}
