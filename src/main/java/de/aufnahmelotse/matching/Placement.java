package de.aufnahmelotse.matching;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import java.util.Map;

/**
 * One household in the solver: its slot (null = no pledge, the key decides), the candidate slots (feasible
 * pledges only, best fit first, at most {@link AssignmentSolver#MAX_CANDIDATE_PLEDGES} pledges) and the fit per
 * candidate pledge. A locked household is pinned to its slot.
 */
@PlanningEntity
public class Placement {
    @PlanningId
    private String id;
    private int index;
    private int size;
    private String origin;
    private List<Slot> candidates;
    private Map<Integer, Integer> fitByPledge;
    private Map<Integer, Integer> communityByPledge;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    private Slot slot;

    public Placement() {
    }

    public Placement(String id, int index, int size, String origin, List<Slot> candidates,
                     Map<Integer, Integer> fitByPledge, Map<Integer, Integer> communityByPledge) {
        this.id = id;
        this.index = index;
        this.size = size;
        this.origin = origin;
        this.candidates = candidates;
        this.fitByPledge = fitByPledge;
        this.communityByPledge = communityByPledge;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Slot> getCandidates() {
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

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    public boolean isAssigned() {
        return slot != null;
    }

    /** Fit at the assigned pledge (0 when unassigned). */
    public int getFit() {
        return slot == null ? 0 : fitAt(slot.getPledge().index());
    }

    public int fitAt(int pledge) {
        return fitByPledge.getOrDefault(pledge, 0);
    }

    /** Community points at the assigned pledge: counted for at most the cap of households per pledge and origin. */
    public int getCommunityPoints() {
        return slot == null ? 0 : communityAt(slot.getPledge().index());
    }

    public int communityAt(int pledge) {
        return communityByPledge.getOrDefault(pledge, 0);
    }
}
