package de.aufnahmelotse.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.aufnahmelotse.distribution.KoenigsteinerSchluessel;
import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.SharedData;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The key fallback on the real Königsteiner table and the real Destatis directory (../shared/data). */
class KeyFallbackTest {
    static MunicipalityDirectory directory;
    static LandKey key;

    @BeforeAll
    static void load() {
        directory = SharedData.directory();
        key = MatchingService.keyFor(KoenigsteinerSchluessel.load(Path.of("rules")), 2026).orElseThrow();
    }

    @Test
    void nrw_shares_follow_fluag_3_sum_to_one_and_respect_the_25_percent_cap() {
        KeyFallback f = new KeyFallback(key, directory);
        List<KeyFallback.Unit> units = f.unitsOf(Land.NW);
        assertThat(units).hasSizeGreaterThan(390);
        assertThat(units.stream().mapToDouble(KeyFallback.Unit::share).sum()).isCloseTo(1.0, within(1e-9));
        long pop = directory.all().stream().filter(m -> m.state() == Land.NW && m.inhabited())
                .mapToLong(m -> m.population()).sum();
        for (KeyFallback.Unit u : units) {
            double popShare = (double) directory.byAgs(u.ags()).orElseThrow().population() / pop;
            assertThat(u.share()).as(u.name()).isLessThanOrEqualTo(1.25 * popShare + 1e-12);
        }
        // Köln: large population, small area → below its population share; a large rural municipality above it
        double koeln = units.stream().filter(u -> u.ags().equals("05315000")).findFirst().orElseThrow().share();
        double koelnPop = (double) directory.byAgs("05315000").orElseThrow().population() / pop;
        assertThat(koeln).isLessThan(koelnPop);
    }

    @Test
    void the_cap_redistributes_the_excess_to_the_others() {
        double[] share = KeyFallback.capAndRedistribute(new double[] {0.5, 0.3, 0.2}, new double[] {0.3, 0.35, 0.35},
                1.25);
        assertThat(share[0]).isCloseTo(0.375, within(1e-12));
        assertThat(share[0] + share[1] + share[2]).isCloseTo(1.0, within(1e-12));
        assertThat(share[1] / share[2]).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void a_cohort_is_spread_so_each_land_stays_within_one_household_of_its_share() {
        KeyFallback f = new KeyFallback(key, directory);
        int[] sizes = new int[500];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = 1 + (i * 7) % 5;
        }
        List<KeyFallback.Target> targets = f.assign(sizes);
        Map<Land, Integer> persons = new EnumMap<>(Land.class);
        int total = 0;
        for (int i = 0; i < sizes.length; i++) {
            persons.merge(targets.get(i).land(), sizes[i], Integer::sum);
            total += sizes[i];
            assertThat(targets.get(i).method()).isEqualTo(targets.get(i).land() == Land.NW ? "FLUEAG_NRW_3"
                    : "POPULATION_SHARE_DISTRICT");
            assertThat(targets.get(i).unitAgs()).startsWith(targets.get(i).land().getAgsPrefix());
        }
        double sum = key.sharesPct().values().stream().mapToDouble(v -> v.doubleValue()).sum();
        for (Land l : Land.values()) {
            double target = key.sharesPct().get(l).doubleValue() / sum * total;
            assertThat((double) persons.getOrDefault(l, 0)).as(l.name()).isCloseTo(target, within(5.0));
        }
    }
}
