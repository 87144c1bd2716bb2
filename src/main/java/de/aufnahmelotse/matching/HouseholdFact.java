package de.aufnahmelotse.matching;

import java.util.List;
import java.util.Set;

/** A household as the matching rules see it (JavaBean getters for DRL). Null = unknown, empty = none. */
public final class HouseholdFact {
    private final String id;
    private final int size;
    private final List<Integer> minors;
    private final Set<String> needs;
    private final Set<String> occupations;
    private final String germanLevel;
    private final Set<String> languages;
    private final String origin;
    private final Set<String> relativesAgs;
    private final String preference;

    public HouseholdFact(MatchRequest.Household h) {
        this.id = h.id();
        this.size = h.size();
        this.minors = h.minors() == null ? null : List.copyOf(h.minors());
        this.needs = h.needs() == null ? null : Set.copyOf(h.needs());
        this.occupations = h.occupations() == null ? null : Set.copyOf(h.occupations());
        this.germanLevel = h.germanLevel();
        this.languages = h.languages() == null ? null : Set.copyOf(h.languages());
        this.origin = h.origin();
        this.relativesAgs = h.relativesAgs() == null ? null : Set.copyOf(h.relativesAgs());
        this.preference = h.preference();
    }

    public String getId() {
        return id;
    }

    public int getSize() {
        return size;
    }

    public List<Integer> getMinors() {
        return minors;
    }

    public Set<String> getNeeds() {
        return needs;
    }

    public Set<String> getOccupations() {
        return occupations;
    }

    public String getGermanLevel() {
        return germanLevel;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public String getOrigin() {
        return origin;
    }

    public Set<String> getRelativesAgs() {
        return relativesAgs;
    }

    public String getPreference() {
        return preference;
    }
}
