package de.aufnahmelotse.matching;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * Hard: one household per dwelling, no pledge over its places (knock-outs never reach the solver: a ruled-out
 * pledge is not a candidate). Soft: the total fit, less the community points beyond the cap of households of one
 * origin per pledge (contact without concentration).
 */
public class MatchConstraints implements ConstraintProvider {
    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {oneHouseholdPerDwelling(f), placesOfThePledge(f), fit(f), communityCap(f)};
    }

    Constraint oneHouseholdPerDwelling(ConstraintFactory f) {
        return f.forEach(Placement.class)
                .filter(p -> p.getSlot() != null && p.getSlot().getDwellingId() != null)
                .groupBy(Placement::getSlot, ConstraintCollectors.count())
                .filter((slot, n) -> n > 1)
                .penalizeLong(HardSoftLongScore.ONE_HARD, (slot, n) -> n - 1L)
                .asConstraint("one household per dwelling");
    }

    Constraint placesOfThePledge(ConstraintFactory f) {
        return f.forEach(Placement.class)
                .filter(Placement::isAssigned)
                .groupBy(p -> p.getSlot().getPledge(), ConstraintCollectors.sum(Placement::getSize))
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
                .groupBy(p -> p.getSlot().getPledge(), Placement::getOrigin, ConstraintCollectors.count())
                .join(MatchPlan.Settings.class)
                .filter((pledge, origin, n, s) -> n > s.communityCap())
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (pledge, origin, n, s) ->
                        (long) s.communityPoints() * (n - s.communityCap()))
                .asConstraint("community without concentration");
    }
}
