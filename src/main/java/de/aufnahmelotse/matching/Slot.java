package de.aufnahmelotse.matching;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A place a household can be assigned to: one dwelling of a pledge (one household per dwelling), or the pledge
 * itself when it names no dwellings (then only its places bound it). Shared by every household that may take it.
 */
public final class Slot {
    @PlanningId
    private final String id;
    private final PledgeCapacity pledge;
    private final String dwellingId;
    private final int maxPersons;
    private final Boolean stepFree;

    /** {@code dwelling} null: the pledge names no dwellings. */
    public Slot(PledgeCapacity pledge, MatchRequest.Dwelling dwelling) {
        this.pledge = pledge;
        this.dwellingId = dwelling == null ? null : dwelling.id();
        this.maxPersons = dwelling == null ? Integer.MAX_VALUE : dwelling.maxPersons();
        this.stepFree = dwelling == null ? null : dwelling.stepFree();
        this.id = pledge.id() + "\u0000" + (dwellingId == null ? "" : dwellingId);
    }

    public String getId() {
        return id;
    }

    public PledgeCapacity getPledge() {
        return pledge;
    }

    public String getDwellingId() {
        return dwellingId;
    }

    public int getMaxPersons() {
        return maxPersons;
    }

    public Boolean getStepFree() {
        return stepFree;
    }

    @Override
    public String toString() {
        return pledge.id() + (dwellingId == null ? "" : "/" + dwellingId);
    }

    /** A pledge's capacity in persons; {@code index} is its position in the request. */
    public record PledgeCapacity(int index, String id, int places) {
    }
}
