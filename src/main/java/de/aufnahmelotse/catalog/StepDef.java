package de.aufnahmelotse.catalog;

import de.aufnahmelotse.facts.Enums.Phase;
import de.aufnahmelotse.facts.Enums.Responsible;
import java.util.List;

/**
 * How a checklist step looks once a rule says it applies: its order within the program, phase, responsible party,
 * documents, the steps it depends on, and optionally a deadline text; legal basis and source come from the rule
 * unless given here.
 */
public record StepDef(int order, Phase phase, Responsible responsible, Localized title, Localized deadline,
                      List<Localized> documents, List<String> dependsOn, String legalBasis, String source) {
    public StepDef {
        documents = documents == null ? List.of() : List.copyOf(documents);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }
}
