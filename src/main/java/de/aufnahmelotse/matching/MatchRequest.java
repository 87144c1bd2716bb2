package de.aufnahmelotse.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/v1/matching} and of the {@code match} command, as the JSON Schema
 * {@code schema/matching-request.schema.json} admits it. Every field is optional except ids and sizes: null means
 * unknown, an empty list means known to be none.
 */
public record MatchRequest(LocalDate asOf, List<Pledge> pledges, List<Household> households, Options options) {
    public MatchRequest {
        pledges = pledges == null ? List.of() : List.copyOf(pledges);
        households = households == null ? List.of() : List.copyOf(households);
        options = options == null ? new Options(null, null, null) : options;
    }

    /** A municipality's pledge (Aufnahmezusage), optionally with its sponsor group. */
    public record Pledge(String id, String ags, Integer places, List<Dwelling> dwellings, List<String> services,
                         List<String> jobs, List<String> languages, List<String> communities,
                         SponsorGroup sponsorGroup, Period period) {
    }

    public record Dwelling(String id, Integer rooms, Integer maxPersons, Boolean stepFree) {
    }

    public record SponsorGroup(Integer members, Integer mentoringMonths) {
    }

    public record Period(LocalDate from, LocalDate until) {
    }

    /** A refugee household: never split. {@code minors} are the ages of the minors in it. */
    public record Household(String id, Integer size, List<Integer> minors, List<String> needs,
                            List<String> occupations, String germanLevel, List<String> languages, String origin,
                            List<String> relativesAgs, String preference) {
    }

    /** {@code locked} and {@code forbidden} are [householdId, pledgeId] pairs. */
    public record Options(Integer timeLimitSeconds, List<List<String>> locked, List<List<String>> forbidden) {
        public Options {
            locked = locked == null ? List.of() : List.copyOf(locked);
            forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
        }
    }
}
