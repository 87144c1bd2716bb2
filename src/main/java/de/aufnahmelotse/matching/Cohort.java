package de.aufnahmelotse.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One matching run's input, classified by the rules and ready to judge pairs: households and pledges by index,
 * the rules' {@link MatchingRules.Classification} and the {@link PairEvaluator}.
 */
public final class Cohort {
    final MatchRequest request;
    final LocalDate asOf;
    final List<MatchRequest.Household> households;
    final List<MatchRequest.Pledge> pledges;
    final List<HouseholdFact> householdFacts;
    final List<PledgeFact> pledgeFacts;
    final MatchingRules.Classification classification;
    final PairEvaluator pairs;
    final Map<String, Integer> householdIndex = new HashMap<>();
    final Map<String, Integer> pledgeIndex = new HashMap<>();

    /**
     * {@code degreeOfUrbanisation} looks a pledge's AGS up in the municipality directory (null: not known).
     */
    public Cohort(MatchingRules rules, MatchRequest request, LocalDate asOf,
                  Function<String, Integer> degreeOfUrbanisation) {
        this.request = request;
        this.asOf = asOf;
        this.households = request.households();
        this.pledges = request.pledges();
        this.householdFacts = households.stream().map(HouseholdFact::new).toList();
        this.pledgeFacts = pledges.stream().map(p -> new PledgeFact(p, p.ags() == null ? null
                : degreeOfUrbanisation.apply(p.ags()))).toList();
        for (int i = 0; i < households.size(); i++) {
            householdIndex.put(households.get(i).id(), i);
        }
        for (int i = 0; i < pledges.size(); i++) {
            pledgeIndex.put(pledges.get(i).id(), i);
        }
        this.classification = rules.classify(householdFacts, pledgeFacts, asOf);
        this.pairs = new PairEvaluator(classification, householdFacts, pledgeFacts,
                rules.weights().parameter("knockoutUnknownPenalty"));
    }

    public PairEvaluator pairs() {
        return pairs;
    }

    public MatchingRules.Classification classification() {
        return classification;
    }

    public int household(String id) {
        return householdIndex.getOrDefault(id, -1);
    }

    public int pledge(String id) {
        return pledgeIndex.getOrDefault(id, -1);
    }
}
