package de.aufnahmelotse.matching;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.List;

/** The planning problem: households to place in pledge slots. Hard: capacities; soft: total fit. */
@PlanningSolution
public class MatchPlan {
    @ProblemFactCollectionProperty
    private List<Slot.PledgeCapacity> pledges;
    @ProblemFactProperty
    private Settings settings;
    @PlanningEntityCollectionProperty
    private List<Placement> placements;
    @PlanningScore
    private HardSoftLongScore score;

    /** Solver-wide values from weights.yaml: the community cap (households per pledge and origin) and its points. */
    public record Settings(int communityCap, int communityPoints) {
    }

    public MatchPlan() {
    }

    public MatchPlan(List<Slot.PledgeCapacity> pledges, Settings settings, List<Placement> placements) {
        this.pledges = pledges;
        this.settings = settings;
        this.placements = placements;
    }

    public List<Slot.PledgeCapacity> getPledges() {
        return pledges;
    }

    public Settings getSettings() {
        return settings;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
