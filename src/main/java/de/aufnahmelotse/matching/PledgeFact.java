package de.aufnahmelotse.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A pledge as the matching rules see it. {@code degreeOfUrbanisation} comes from the municipality directory (null
 * when no directory is loaded or the AGS is not in it). Null = unknown, empty = none.
 */
public final class PledgeFact {
    private final String id;
    private final String ags;
    private final int places;
    private final List<DwellingFact> dwellings;
    private final Set<String> services;
    private final Set<String> jobs;
    private final Set<String> languages;
    private final Set<String> communities;
    private final boolean sponsorGroup;
    private final Integer sponsorMembers;
    private final Integer mentoringMonths;
    private final LocalDate periodFrom;
    private final LocalDate periodUntil;
    private final Integer degreeOfUrbanisation;

    public PledgeFact(MatchRequest.Pledge p, Integer degreeOfUrbanisation) {
        this.id = p.id();
        this.ags = p.ags();
        this.places = p.places();
        this.dwellings = p.dwellings() == null ? null : p.dwellings().stream().map(DwellingFact::new).toList();
        this.services = p.services() == null ? null : Set.copyOf(p.services());
        this.jobs = p.jobs() == null ? null : Set.copyOf(p.jobs());
        this.languages = p.languages() == null ? null : Set.copyOf(p.languages());
        this.communities = p.communities() == null ? null : Set.copyOf(p.communities());
        this.sponsorGroup = p.sponsorGroup() != null;
        this.sponsorMembers = p.sponsorGroup() == null ? null : p.sponsorGroup().members();
        this.mentoringMonths = p.sponsorGroup() == null ? null : p.sponsorGroup().mentoringMonths();
        this.periodFrom = p.period() == null ? null : p.period().from();
        this.periodUntil = p.period() == null ? null : p.period().until();
        this.degreeOfUrbanisation = degreeOfUrbanisation;
    }

    public String getId() {
        return id;
    }

    public String getAgs() {
        return ags;
    }

    /** The district key: the first five AGS digits (null without an AGS). */
    public String getDistrictAgs() {
        return ags == null ? null : ags.substring(0, 5);
    }

    public int getPlaces() {
        return places;
    }

    public List<DwellingFact> getDwellings() {
        return dwellings;
    }

    public Set<String> getServices() {
        return services;
    }

    public Set<String> getJobs() {
        return jobs;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public Set<String> getCommunities() {
        return communities;
    }

    public boolean isSponsorGroup() {
        return sponsorGroup;
    }

    public Integer getSponsorMembers() {
        return sponsorMembers;
    }

    public Integer getMentoringMonths() {
        return mentoringMonths;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodUntil() {
        return periodUntil;
    }

    public Integer getDegreeOfUrbanisation() {
        return degreeOfUrbanisation;
    }

    /** One dwelling of the pledge. */
    public static final class DwellingFact {
        private final String id;
        private final Integer rooms;
        private final int maxPersons;
        private final Boolean stepFree;

        DwellingFact(MatchRequest.Dwelling d) {
            this.id = d.id();
            this.rooms = d.rooms();
            this.maxPersons = d.maxPersons();
            this.stepFree = d.stepFree();
        }

        public String getId() {
            return id;
        }

        public Integer getRooms() {
            return rooms;
        }

        public int getMaxPersons() {
            return maxPersons;
        }

        public Boolean getStepFree() {
            return stepFree;
        }
    }
}
