package de.aufnahmelotse.catalog;

import java.util.Map;

/**
 * Texts shared by all programs ({@code rules/common/texts.yaml}): {@code questions} maps a request field path to
 * the question that asks for it; {@code criteria} holds texts of criteria concluded by common rules (for example
 * {@code availability} per availability status); {@code recommendations} the texts of common advice;
 * {@code obligations}, {@code funding} and {@code steps} the texts of what common rules (rules/common/funding.drl)
 * conclude for any program. A program's own text with the same id wins. {@code assumptions} holds, per assumption id,
 * the reason a value was assumed for a field the request leaves empty (rules conclude {@code Assumption} facts).
 */
public record CommonTexts(Map<String, Localized> questions, Map<String, Map<String, Localized>> criteria,
                          Map<String, Localized> recommendations, Map<String, Localized> labels,
                          Map<String, Localized> obligations, Map<String, Localized> funding,
                          Map<String, StepDef> steps, Map<String, Localized> assumptions) {
    public CommonTexts {
        assumptions = assumptions == null ? Map.of() : Map.copyOf(assumptions);
        obligations = obligations == null ? Map.of() : Map.copyOf(obligations);
        funding = funding == null ? Map.of() : Map.copyOf(funding);
        steps = steps == null ? Map.of() : Map.copyOf(steps);
        questions = questions == null ? Map.of() : Map.copyOf(questions);
        criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
        recommendations = recommendations == null ? Map.of() : Map.copyOf(recommendations);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
