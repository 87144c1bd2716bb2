import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.aufnahmelotse.distribution.KoenigsteinerSchluessel;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.matching.AssignmentSolver;
import de.aufnahmelotse.matching.MatchRequest;
import de.aufnahmelotse.matching.MatchRequestParser;
import de.aufnahmelotse.matching.MatchResponse;
import de.aufnahmelotse.matching.MatchingRules;
import de.aufnahmelotse.matching.MatchingService;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A seeded synthetic cohort (households and pledges) and one matching run in process, as POST /api/v1/matching does
 * it after reading the body: parse, rules once per household and pledge, pair judgements, Timefold, key fallback,
 * key baseline, answer. Prints the cohort, the time and the quality against the upper bounds and the key baseline.
 * Usage (bench/matching.sh): java -cp target/aufnahmelotse.jar bench/MatchingBench.java HOUSEHOLDS PLEDGES
 * TIME_LIMIT_S SEED [OUT.json]. The pledging municipalities come from the Destatis directory in ../shared/data.
 *
 * Distributions (illustrative, NOT calibrated to Germany; where a source fixes an order or range it is named):
 * - household size 1..8: 1 35 %, 2 15 %, 3 15 %, 4 15 %, 5 10 %, 6 6 %, 7 3 %, 8 1 % (assumed; many single adults
 *   among asylum first applicants, BAMF "Aktuelle Zahlen": about three quarters of first applicants are adults);
 *   minors: size − 2 (at least 0) per household of 3+, ages uniform 0–17 (assumed);
 * - needs: not stated 10 %; otherwise DIALYSIS 0.5 %, STEP_FREE 3 %, PSYCHOTHERAPY 8 %, PAEDIATRICS 2 % (assumed);
 * - occupations: not stated 20 %, else 1–2 of the nine KldB 2010 areas, construction, production, transport,
 *   sales/hospitality and health/social more often (assumed);
 * - German: NONE 40 %, A1 25 %, A2 15 %, B1 10 %, B2 5 %, not stated 5 % (assumed);
 * - origin: SY, AF, TR, IQ, IR, ER, SO, UA (the main countries of first asylum applications, BAMF "Aktuelle Zahlen"
 *   2023; shares assumed), not stated 10 %; languages follow origin plus English 20 %;
 * - relatives: 15 % with one relative's municipality (population-weighted from the directory; a third of them in a
 *   pledging municipality), not stated 10 %; preference URBAN 30 %, RURAL 15 %, NONE 40 %, not stated 15 %;
 * - pledges: municipalities drawn from the directory (inhabited, 60 % DEGURBA 2/3, 40 % DEGURBA 1), places 5–40,
 *   dwellings named for 60 % (one per about 3.5 places, 2–7 persons, step-free 20 % / not 60 % / unknown 20 %);
 *   services: KITA 85 %, SCHOOL_PRIMARY 90 %, SCHOOL_SECONDARY 70 %, PAEDIATRICS 70 %, INTEGRATION_COURSE 75 %,
 *   PSYCHOTHERAPY 35 % (60 % urban), DIALYSIS 15 % (50 % urban), list missing 10 %; 2–5 job areas; 1–3 volunteer
 *   languages; 0–3 communities; sponsor group 50 % (4–12 members, 6–24 months); all hold on the as-of date.
 */
public class MatchingBench {
    static final String[] ORIGINS = {"SY", "AF", "TR", "IQ", "IR", "ER", "SO", "UA"};
    static final double[] ORIGIN_W = {0.30, 0.20, 0.15, 0.10, 0.06, 0.05, 0.04, 0.10};
    static final String[][] LANGS = {{"ar", "ku"}, {"fa", "ps"}, {"tr", "ku"}, {"ar", "ku"}, {"fa"}, {"ti"}, {"so"},
            {"uk", "ru"}};
    static final String[] JOBS = {"AGRICULTURE", "PRODUCTION", "CONSTRUCTION", "SCIENCE_IT", "TRANSPORT_LOGISTICS",
            "SALES_HOSPITALITY", "BUSINESS_ADMIN", "HEALTH_SOCIAL_EDUCATION", "LANGUAGE_MEDIA_ARTS"};
    static final double[] JOB_W = {0.06, 0.16, 0.18, 0.06, 0.14, 0.16, 0.07, 0.13, 0.04};

    public static void main(String[] args) throws Exception {
        int nh = Integer.parseInt(args[0]);
        int np = Integer.parseInt(args[1]);
        int limit = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        MunicipalityDirectory dir = MunicipalityDirectory.load(new MunicipalityDirectory.Config(
                Path.of("../shared/data/gemeindeverzeichnis-destatis-2019.csv"),
                Path.of("../shared/data/kreise-destatis-2018.csv"), null, 0));
        ObjectNode body = cohort(nh, np, limit, seed, dir);
        String json = body.toString();
        if (args.length > 4) {
            Files.writeString(Path.of(args[4]), json);
        }
        MatchingRules rules = MatchingRules.load(Path.of("rules"));
        KoenigsteinerSchluessel table = KoenigsteinerSchluessel.load(Path.of("rules"));
        MatchingService service = new MatchingService(() -> rules, () -> Optional.of(dir),
                y -> MatchingService.keyFor(table, y), Clock.systemUTC(), Duration.ofSeconds(600));
        ObjectMapper mapper = WebApp.objectMapper();
        long t0 = System.nanoTime();
        MatchRequest request = new MatchRequestParser(mapper).parse(json, "de");
        long t1 = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        MatchResponse r = service.match(request, "de");
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long t2 = System.nanoTime();
        String out = WebApp.answerMapper().writeValueAsString(r);
        long t3 = System.nanoTime();
        int places = request.pledges().stream().mapToInt(MatchRequest.Pledge::places).sum();
        MatchResponse.Summary s = r.summary();
        MatchResponse.Metrics b = r.baseline().metrics();
        MatchResponse.Metrics m = r.proposalMetrics();
        System.out.printf("RESULT cohort households=%d persons=%d pledges=%d places=%d body=%dKB seed=%d%n", nh,
                s.persons(), np, places, json.length() / 1024, seed);
        System.out.printf("RESULT time parse=%.1fs match=%.1fs (cpu %.1fs) json=%.1fs total=%.1fs (solver %dms of it,"
                        + " limit %ds, score %s)%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, cpu / 1e9, (t3 - t2) / 1e9,
                (t3 - t0) / 1e9,
                r.solver().spentMillis(), limit, r.solver().score());
        System.out.printf("RESULT proposal fit=%d upperBound(lagrangian)=%d gap=%.2f%% upperBound(bestPledge)=%d"
                        + " gapBest=%.2f%% withPledge=%d households/%d persons fallback=%d violations=%d"
                        + " sponsorShare=%.3f placesUsed=%.3f%n", s.totalFit(), s.upperBound(), s.gapPct(),
                s.upperBoundBestPledge(), 100.0 * (s.upperBoundBestPledge() - s.totalFit()) / s.upperBoundBestPledge(),
                m.householdsWithPledge(), m.personsWithPledge(), m.fallback(), m.knockOutViolations(),
                m.shareWithSponsorGroup(), m.sharePledgedPlacesUsed());
        System.out.printf("RESULT baseline(key) fit=%d violations=%d %s withPledge=%d households fallback=%d"
                        + " sponsorShare=%.3f placesUsed=%.3f%n", b.totalFit(), b.knockOutViolations(),
                b.violationsByCriterion(), b.householdsWithPledge(), b.fallback(), b.shareWithSponsorGroup(),
                b.sharePledgedPlacesUsed());
        System.out.printf("RESULT answer=%dKB%n", out.length() / 1024);
        AssignmentSolver.Settings st = r.solver();
        System.out.printf("RESULT solver boundIterations=%d localSearchPasses=%d moves=%d timefoldImprovements=%d"
                + " timeLimitReached=%s%n", st.boundIterations(), st.localSearchPasses(), st.localSearchMoves(),
                st.timefoldImprovements(), st.timeLimitReached());
    }

    static int pick(SplittableRandom r, double[] w) {
        double x = r.nextDouble();
        for (int i = 0; i < w.length; i++) {
            x -= w[i];
            if (x < 0) {
                return i;
            }
        }
        return w.length - 1;
    }

    static ObjectNode cohort(int nh, int np, int limit, long seed, MunicipalityDirectory dir) {
        SplittableRandom r = new SplittableRandom(seed);
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<MunicipalityEntry> urban = new ArrayList<>();
        List<MunicipalityEntry> other = new ArrayList<>();
        for (MunicipalityEntry m : dir.all()) {
            if (m.inhabited() && m.degreeOfUrbanisation() != null) {
                (m.degreeOfUrbanisation() == 1 ? urban : other).add(m);
            }
        }
        ObjectNode body = f.objectNode();
        body.put("asOf", "2026-12-06");
        ArrayNode pledges = body.putArray("pledges");
        List<String> pledgeAgs = new ArrayList<>();
        for (int i = 0; i < np; i++) {
            boolean isUrban = r.nextDouble() < 0.4;
            MunicipalityEntry m = isUrban ? urban.get(r.nextInt(urban.size())) : other.get(r.nextInt(other.size()));
            pledgeAgs.add(m.ags());
            ObjectNode p = pledges.addObject();
            p.put("id", "p" + i);
            p.put("ags", m.ags());
            int places = r.nextInt(5, 41);
            p.put("places", places);
            if (r.nextDouble() < 0.6) {
                ArrayNode ds = p.putArray("dwellings");
                int n = Math.max(1, (int) Math.round(places / 3.5));
                for (int d = 0; d < n; d++) {
                    ObjectNode dw = ds.addObject();
                    dw.put("id", "d" + d);
                    int max = r.nextInt(2, 8);
                    dw.put("rooms", Math.max(1, max - 1));
                    dw.put("maxPersons", max);
                    double sf = r.nextDouble();
                    if (sf < 0.2) {
                        dw.put("stepFree", true);
                    } else if (sf < 0.8) {
                        dw.put("stepFree", false);
                    }
                }
            }
            if (r.nextDouble() >= 0.1) {
                ArrayNode s = p.putArray("services");
                addIf(r, s, "KITA", 0.85);
                addIf(r, s, "SCHOOL_PRIMARY", 0.9);
                addIf(r, s, "SCHOOL_SECONDARY", 0.7);
                addIf(r, s, "PAEDIATRICS", 0.7);
                addIf(r, s, "INTEGRATION_COURSE", 0.75);
                addIf(r, s, "PSYCHOTHERAPY", isUrban ? 0.6 : 0.35);
                addIf(r, s, "DIALYSIS", isUrban ? 0.5 : 0.15);
            }
            if (r.nextDouble() >= 0.1) {
                ArrayNode j = p.putArray("jobs");
                for (String job : distinct(r, JOBS, JOB_W, r.nextInt(2, 6))) {
                    j.add(job);
                }
            }
            if (r.nextDouble() >= 0.2) {
                ArrayNode l = p.putArray("languages");
                java.util.Set<String> ls = new java.util.TreeSet<>();
                ls.add("en");
                for (int k = r.nextInt(0, 3); k > 0; k--) {
                    String[] o = LANGS[pick(r, ORIGIN_W)];
                    ls.add(o[r.nextInt(o.length)]);
                }
                ls.forEach(l::add);
            }
            if (r.nextDouble() >= 0.2) {
                ArrayNode c = p.putArray("communities");
                for (String o : distinct(r, ORIGINS, ORIGIN_W, r.nextInt(0, 4))) {
                    c.add(o);
                }
            }
            if (r.nextDouble() < 0.5) {
                ObjectNode g = p.putObject("sponsorGroup");
                g.put("members", r.nextInt(4, 13));
                g.put("mentoringMonths", r.nextInt(6, 25));
            }
        }
        ArrayNode households = body.putArray("households");
        double[] sizeW = {0.35, 0.15, 0.15, 0.15, 0.10, 0.06, 0.03, 0.01};
        long totalPop = other.stream().mapToLong(MunicipalityEntry::population).sum()
                + urban.stream().mapToLong(MunicipalityEntry::population).sum();
        List<MunicipalityEntry> all = new ArrayList<>(urban);
        all.addAll(other);
        for (int i = 0; i < nh; i++) {
            ObjectNode h = households.addObject();
            h.put("id", "h" + i);
            int size = 1 + pick(r, sizeW);
            h.put("size", size);
            if (size >= 3) {
                ArrayNode minors = h.putArray("minors");
                for (int k = 0; k < size - 2; k++) {
                    minors.add(r.nextInt(0, 18));
                }
            } else {
                h.putArray("minors");
            }
            if (r.nextDouble() >= 0.1) {
                ArrayNode needs = h.putArray("needs");
                addIf(r, needs, "DIALYSIS", 0.005);
                addIf(r, needs, "STEP_FREE", 0.03);
                addIf(r, needs, "PSYCHOTHERAPY", 0.08);
                if (size >= 3) {
                    addIf(r, needs, "PAEDIATRICS", 0.02);
                }
            }
            if (r.nextDouble() >= 0.2) {
                ArrayNode o = h.putArray("occupations");
                for (String job : distinct(r, JOBS, JOB_W, r.nextInt(1, 3))) {
                    o.add(job);
                }
            }
            double g = r.nextDouble();
            if (g < 0.95) {
                h.put("germanLevel", g < 0.4 ? "NONE" : g < 0.65 ? "A1" : g < 0.8 ? "A2" : g < 0.9 ? "B1" : "B2");
            }
            int origin = pick(r, ORIGIN_W);
            ArrayNode langs = h.putArray("languages");
            langs.add(LANGS[origin][0]);
            if (r.nextDouble() < 0.2) {
                langs.add("en");
            }
            if (r.nextDouble() >= 0.1) {
                h.put("origin", ORIGINS[origin]);
            }
            double rel = r.nextDouble();
            if (rel < 0.1) {
                // not stated
            } else if (rel < 0.25) {
                String ags = r.nextDouble() < 1.0 / 3 ? pledgeAgs.get(r.nextInt(pledgeAgs.size()))
                        : byPopulation(r, all, totalPop).ags();
                h.putArray("relativesAgs").add(ags);
            } else {
                h.putArray("relativesAgs");
            }
            double pr = r.nextDouble();
            if (pr < 0.85) {
                h.put("preference", pr < 0.3 ? "URBAN" : pr < 0.45 ? "RURAL" : "NONE");
            }
        }
        body.putObject("options").put("timeLimitSeconds", limit);
        return body;
    }

    static MunicipalityEntry byPopulation(SplittableRandom r, List<MunicipalityEntry> all, long total) {
        long x = (long) (r.nextDouble() * total);
        for (MunicipalityEntry m : all) {
            x -= m.population();
            if (x < 0) {
                return m;
            }
        }
        return all.get(all.size() - 1);
    }

    static void addIf(SplittableRandom r, ArrayNode a, String v, double p) {
        if (r.nextDouble() < p) {
            a.add(v);
        }
    }

    static List<String> distinct(SplittableRandom r, String[] values, double[] w, int n) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (int i = 0; i < n * 4 && out.size() < n; i++) {
            out.add(values[pick(r, w)]);
        }
        return new ArrayList<>(out);
    }
}
