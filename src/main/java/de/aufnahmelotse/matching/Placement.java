package de.aufnahmelotse.matching;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import java.util.Map;

/**
 * One household in Timefold's local search: its pledge (null = no pledge, the key decides), the candidate pledges
 * (the solver's candidate list: feasible only, best reduced fit first, at most
 * {@link AssignmentSolver#CANDIDATE_PLEDGES}), the fit and step-free level per candidate. The dwelling is chosen
 * after the search, inside the pledge. A locked household is pinned to its pledge.
 */
@PlanningEntity
public class Placement {
    @PlanningId
    private String id;
    private int index;
    private int size;
    private String origin;
    private List<Slot.PledgeCapacity> candidates;
    private Map<Integer, Integer> fitByPledge;
    private Map<Integer, Integer> communityByPledge;
    private Map<Integer, Integer> levelByPledge;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    private Slot.PledgeCapacity pledge;

    public Placement() {
    }

    public Placement(String id, int index, int size, String origin, List<Slot.PledgeCapacity> candidates, Map<Integer, Integer> fitByPledge,
                     Map<Integer, Integer> communityByPledge, Map<Integer, Integer> levelByPledge) {
        this.levelByPledge = levelByPledge;
        this.id = id;
        this.index = index;
        this.size = size;
        this.origin = origin;
        this.candidates = candidates;
        this.fitByPledge = fitByPledge;
        this.communityByPledge = communityByPledge;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Slot.PledgeCapacity> getCandidates() {
        return candidates;
    }

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    public int getSize() {
        return size;
    }

    public String getOrigin() {
        return origin;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Slot.PledgeCapacity getPledge() {
        return pledge;
    }

    public void setPledge(Slot.PledgeCapacity pledge) {
        this.pledge = pledge;
    }

    public boolean isAssigned() {
        return pledge != null;
    }

    /** Fit at the assigned pledge (0 when unassigned). */
    public int getFit() {
        return pledge == null ? 0 : fitAt(pledge.index());
    }

    /** The step-free level at the assigned pledge (see {@link MatchProblem}); 2 without a pledge. */
    public int getLevel() {
        return pledge == null ? 2 : levelByPledge.getOrDefault(pledge.index(), 2);
    }

    public int fitAt(int pledge) {
        return fitByPledge.getOrDefault(pledge, 0);
    }

    /** Community points at the assigned pledge: counted for at most the cap of households per pledge and origin. */
    public int getCommunityPoints() {
        return pledge == null ? 0 : communityAt(pledge.index());
    }

    public int communityAt(int pledge) {
        return communityByPledge.getOrDefault(pledge, 0);
    }
}
