package de.aufnahmelotse.catalog;

import java.util.Map;

/**
 * Texts shared by all programs ({@code rules/common/texts.yaml}): {@code questions} maps a request field path to
 * the question that asks for it; {@code criteria} holds texts of criteria concluded by common rules (for example
 * {@code availability} per availability status); {@code recommendations} the texts of common advice.
 */
public record CommonTexts(Map<String, Localized> questions, Map<String, Map<String, Localized>> criteria,
                          Map<String, Localized> recommendations, Map<String, Localized> labels) {
    public CommonTexts {
        questions = questions == null ? Map.of() : Map.copyOf(questions);
        criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
        recommendations = recommendations == null ? Map.of() : Map.copyOf(recommendations);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
