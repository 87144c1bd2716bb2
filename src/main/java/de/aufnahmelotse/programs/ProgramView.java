package de.aufnahmelotse.programs;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.aufnahmelotse.catalog.Verification;
import de.aufnahmelotse.facts.Enums.Availability;
import de.aufnahmelotse.facts.Enums.Category;
import de.aufnahmelotse.facts.Enums.Level;
import de.aufnahmelotse.facts.Enums.Phase;
import de.aufnahmelotse.facts.Enums.Responsible;
import de.aufnahmelotse.facts.Land;
import java.time.LocalDate;
import java.util.List;

/** A catalog entry in one language, as GET /api/v1/programs and /api/v1/programs/{id} return it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramView(String id, String name, Category category, Level level, Land state, String funder,
                          String summary, String legalBasis, String source, LocalDate validFrom, LocalDate validUntil,
                          Availability statusOnDate, LocalDate asOf, List<PeriodView> periods,
                          List<StepView> steps, List<String> documents, Verification verification) {

    public record PeriodView(Availability status, LocalDate from, LocalDate until, String note, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepView(String id, int order, Phase phase, Responsible responsible, String title,
                           List<String> documents, List<String> dependsOn) {
    }
}
