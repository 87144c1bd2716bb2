package de.aufnahmelotse.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges every (household, pledge) pair from what the rules concluded once per household ({@link Requirement}) and
 * once per pledge ({@link Offer}, {@link OfferUnknown}). Three-valued and the same for every criterion:
 * UNKNOWN when the household leaves the criterion open; MET when the pledge offers one of the required tokens in the
 * domain (or an amount at least the one required); otherwise UNKNOWN when the pledge leaves the domain open, else
 * NOT_MET. It decides nothing the rules did not say: which criteria a household has, whether they rule a pledge out
 * and how many points they bring all come from the rules and the weights. Thread-safe after construction.
 */
public final class PairEvaluator {
    /** Criterion outcomes. */
    public enum Status { MET, NOT_MET, UNKNOWN }

    /** One criterion of one pair. {@code missingField} names what is open for UNKNOWN. */
    public record Judgement(Requirement requirement, Status status, int points, String missingField) {
    }

    private final Map<String, Integer> domainIndex = new HashMap<>();
    private final Map<String, Integer> tokenIndex = new HashMap<>();
    private final int penalty;
    private final CompiledReq[][] households;
    private final BitSet[] offered;
    private final int[][] maxAmount;
    private final String[][] unknownField;
    private final int communityDomain;

    private record CompiledReq(Requirement source, int domain, int[] tokens, int atLeast, boolean knockout,
                               int points, boolean community, boolean stepFree) {
    }

    public PairEvaluator(MatchingRules.Classification c, List<HouseholdFact> hs, List<PledgeFact> ps, int penalty) {
        this.penalty = penalty;
        for (String d : List.of(Fit.SERVICE, Fit.JOB, Fit.LANGUAGE, Fit.COMMUNITY, Fit.PLACE, Fit.SETTLEMENT,
                Fit.SPONSOR, Fit.MENTORING_MONTHS, Fit.PLACES, Fit.DWELLING_PERSONS, Fit.STEP_FREE_PERSONS,
                Fit.PERIOD)) {
            domain(d);
        }
        this.communityDomain = domain(Fit.COMMUNITY);
        households = new CompiledReq[hs.size()][];
        for (int i = 0; i < hs.size(); i++) {
            List<Requirement> reqs = c.requirements().getOrDefault(hs.get(i).getId(), List.of());
            CompiledReq[] out = new CompiledReq[reqs.size()];
            for (int j = 0; j < reqs.size(); j++) {
                Requirement r = reqs.get(j);
                int[] tokens = r.anyOf().stream().mapToInt(t -> token(r.domain(), t)).toArray();
                out[j] = new CompiledReq(r, domain(r.domain()), tokens, r.atLeast() == null ? -1 : r.atLeast(),
                        r.kind() == Requirement.Kind.KNOCKOUT, r.points(), "community.contact".equals(r.criterion()),
                        "need.step-free".equals(r.criterion()));
            }
            households[i] = out;
        }
        int domains = domainIndex.size();
        offered = new BitSet[ps.size()];
        maxAmount = new int[ps.size()][];
        unknownField = new String[ps.size()][];
        for (int i = 0; i < ps.size(); i++) {
            String id = ps.get(i).getId();
            BitSet bits = new BitSet();
            int[] max = new int[domains + 16];
            java.util.Arrays.fill(max, -1);
            String[] unknown = new String[domains + 16];
            for (Offer o : c.offers().getOrDefault(id, List.of())) {
                int d = domain(o.domain());
                if (d >= max.length) {
                    continue; // a domain no household requires
                }
                if (o.token() != null) {
                    bits.set(token(o.domain(), o.token()));
                }
                if (o.amount() != null) {
                    max[d] = Math.max(max[d], o.amount());
                }
            }
            for (OfferUnknown u : c.unknowns().getOrDefault(id, List.of())) {
                int d = domain(u.domain());
                if (d < unknown.length && unknown[d] == null) {
                    unknown[d] = u.missingField();
                }
            }
            offered[i] = bits;
            maxAmount[i] = max;
            unknownField[i] = unknown;
        }
    }

    private int domain(String name) {
        return domainIndex.computeIfAbsent(name, k -> domainIndex.size());
    }

    private int token(String domain, String token) {
        return tokenIndex.computeIfAbsent(domain + '\u0000' + token, k -> tokenIndex.size());
    }

    private Status status(CompiledReq r, int p) {
        if (r.source().householdMissing() != null) {
            return Status.UNKNOWN;
        }
        if (r.atLeast() >= 0 && r.domain() < maxAmount[p].length && maxAmount[p][r.domain()] >= r.atLeast()) {
            return Status.MET;
        }
        for (int t : r.tokens()) {
            if (offered[p].get(t)) {
                return Status.MET;
            }
        }
        return r.domain() < unknownField[p].length && unknownField[p][r.domain()] != null ? Status.UNKNOWN
                : Status.NOT_MET;
    }

    /** No knock-out of the household is NOT_MET at the pledge. */
    public boolean feasible(int h, int p) {
        for (CompiledReq r : households[h]) {
            if (r.knockout() && status(r, p) == Status.NOT_MET) {
                return false;
            }
        }
        return true;
    }

    /**
     * Points of the pair: the points of every fit criterion met, less the penalty for each knock-out the pledge
     * leaves open (a knock-out the household leaves open costs nothing: it is open wherever the household goes).
     * Knock-outs NOT_MET are not counted here; see {@link #feasible}.
     */
    public int fit(int h, int p) {
        int sum = 0;
        for (CompiledReq r : households[h]) {
            Status s = status(r, p);
            if (s == Status.MET && !r.knockout()) {
                sum += r.points();
            } else if (s == Status.UNKNOWN && r.knockout() && r.source().householdMissing() == null) {
                sum -= penalty;
            }
        }
        return sum;
    }

    /** The pair's {@link #fit}, or {@link Integer#MIN_VALUE} when a knock-out is NOT_MET: one pass. */
    public int fitIfFeasible(int h, int p) {
        return scan(h, p, new int[2]);
    }

    /**
     * {@link #fitIfFeasible}, the {@link #communityPoints} and whether the step-free need is MET, in one pass:
     * returns the fit or {@link Integer#MIN_VALUE}; {@code extra[0]} = community points, {@code extra[1]} = 1 when
     * need.step-free is MET (the household then needs a dwelling known to be step-free).
     */
    public int scan(int h, int p, int[] extra) {
        int sum = 0;
        int community = 0;
        int stepFreeMet = 0;
        for (CompiledReq r : households[h]) {
            Status s = status(r, p);
            if (r.knockout()) {
                if (s == Status.NOT_MET) {
                    return Integer.MIN_VALUE;
                }
                if (s == Status.UNKNOWN && r.source().householdMissing() == null) {
                    sum -= penalty;
                }
                if (r.stepFree() && s == Status.MET) {
                    stepFreeMet = 1;
                }
            } else if (s == Status.MET) {
                sum += r.points();
                if (r.community() && r.domain() == communityDomain && community == 0) {
                    community = r.points();
                }
            }
        }
        extra[0] = community;
        extra[1] = stepFreeMet;
        return sum;
    }

    /** Whether the rules gave the household this criterion at all. */
    public boolean has(int h, String criterion) {
        for (CompiledReq r : households[h]) {
            if (r.source().criterion().equals(criterion)) {
                return true;
            }
        }
        return false;
    }

    /** The community points of the pair (0 unless community.contact is MET), for the per-pledge cap. */
    public int communityPoints(int h, int p) {
        for (CompiledReq r : households[h]) {
            if (r.community() && r.domain() == communityDomain && status(r, p) == Status.MET) {
                return r.points();
            }
        }
        return 0;
    }

    /** Whether the household's criterion is MET at the pledge (false when the household has no such criterion). */
    public boolean met(int h, int p, String criterion) {
        for (CompiledReq r : households[h]) {
            if (r.source().criterion().equals(criterion) && status(r, p) == Status.MET) {
                return true;
            }
        }
        return false;
    }

    /** Every criterion of the pair in the order the household's requirements are sorted (criterion, rule). */
    public List<Judgement> judge(int h, int p) {
        List<Judgement> out = new ArrayList<>(households[h].length);
        for (CompiledReq r : households[h]) {
            Status s = status(r, p);
            int points = s == Status.MET && !r.knockout() ? r.points()
                    : s == Status.UNKNOWN && r.knockout() && r.source().householdMissing() == null ? -penalty : 0;
            String missing = s != Status.UNKNOWN ? null : r.source().householdMissing() != null
                    ? r.source().householdMissing() : unknownField[p][r.domain()];
            out.add(new Judgement(r.source(), s, points, missing));
        }
        return out;
    }

    /** The household's requirements, as concluded by the rules. */
    public List<Requirement> requirements(int h) {
        List<Requirement> out = new ArrayList<>();
        for (CompiledReq r : households[h]) {
            out.add(r.source());
        }
        return out;
    }
}
