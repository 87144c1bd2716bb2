package de.aufnahmelotse.matching;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * Hard: at a pledge with dwellings no more households of k or more persons than dwellings for k or more (for every
 * k; likewise for households with a step-free need and dwellings not known to have steps), no pledge over its places (knock-outs never reach the solver: a ruled-out
 * pledge is not a candidate). Soft: the total fit, less the community points beyond the cap of households of one
 * origin per pledge (contact without concentration).
 */
public class MatchConstraints implements ConstraintProvider {
    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {dwellingsBySize(f), placesOfThePledge(f), fit(f), communityCap(f)};
    }

    Constraint dwellingsBySize(ConstraintFactory f) {
        return f.forEach(Slot.Threshold.class)
                .join(Placement.class, Joiners.equal(Slot.Threshold::pledge, Placement::getPledge),
                        Joiners.filtering((t, p) -> p.getSize() >= t.k() && (!t.stepFree() || p.isStepFreeNeed())))
                .groupBy((t, p) -> t, ConstraintCollectors.countBi())
                .filter((t, n) -> n > t.cap())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (t, n) -> (long) n - t.cap())
                .asConstraint("one household per dwelling, large enough");
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
