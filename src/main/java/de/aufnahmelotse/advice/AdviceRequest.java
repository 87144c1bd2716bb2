package de.aufnahmelotse.advice;

import de.aufnahmelotse.facts.Household;
import de.aufnahmelotse.facts.Municipality;
import de.aufnahmelotse.facts.Project;
import de.aufnahmelotse.facts.SponsorGroup;
import java.time.LocalDate;
import java.util.List;

/** The body of POST /api/v1/advice. Every block is optional; its JSON Schema is {@code advice-request.schema.json}. */
public record AdviceRequest(LocalDate asOf, Municipality municipality, SponsorGroup sponsorGroup,
                            List<Household> households, Project project) {
    public AdviceRequest {
        households = households == null ? List.of() : households;
    }
}
