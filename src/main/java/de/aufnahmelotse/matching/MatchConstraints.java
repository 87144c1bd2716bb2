package de.aufnahmelotse.matching;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * Hard: at a pledge that names dwellings every household gets one that holds it — one household per dwelling, large
 * enough, step-free where the need requires it (counted by {@link Slot.PledgeCapacity#unmatched}, exact); no pledge
 * over its places (knock-outs never reach the solver: a ruled-out pledge is not a candidate). Soft: the total fit,
 * less the community points beyond the cap of households of one origin per pledge (contact without concentration).
 */
public class MatchConstraints implements ConstraintProvider {
    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {oneDwellingEach(f), placesOfThePledge(f), fit(f), communityCap(f)};
    }

    Constraint oneDwellingEach(ConstraintFactory f) {
        return f.forEach(Placement.class)
                .filter(p -> p.isAssigned() && p.getPledge().dwellingCap() != null)
                .groupBy(Placement::getPledge, ConstraintCollectors.toList())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (pledge, list) -> {
                    int[] sizes = new int[list.size()];
                    int[] levels = new int[list.size()];
                    for (int i = 0; i < sizes.length; i++) {
                        sizes[i] = list.get(i).getSize();
                        levels[i] = list.get(i).getLevel();
                    }
                    return pledge.unmatched(sizes, levels);
                })
                .asConstraint("one household per dwelling that holds it");
    }

    Constraint placesOfThePledge(ConstraintFactory f) {
        return f.forEach(Placement.class)
                .filter(Placement::isAssigned)
                .groupBy(Placement::getPledge, ConstraintCollectors.sum(Placement::getSize))
                .filter((pledge, persons) -> persons > pledge.places())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (pledge, persons) -> (long) persons - pledge.places())
                .asConstraint("places of the pledge");
    }

    Constraint fit(ConstraintFactory f) {
        return f.forEach(Placement.class)
                .filter(Placement::isAssigned)
                .impactLong(HardSoftLongScore.ONE_SOFT, p -> p.getFit())
                .asConstraint("fit");
    }

    Constraint communityCap(ConstraintFactory f) {
        return f.forEach(Placement.class)
                .filter(p -> p.getCommunityPoints() > 0)
                .groupBy(Placement::getPledge, Placement::getOrigin, ConstraintCollectors.count())
                .join(MatchPlan.Settings.class)
                .filter((pledge, origin, n, s) -> n > s.communityCap())
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (pledge, origin, n, s) ->
                        (long) s.communityPoints() * (n - s.communityCap()))
                .asConstraint("community without concentration");
    }
}
