package de.aufnahmelotse.catalog;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** A text in every shipped language: {@code {de: "...", en: "..."}}. */
public final class Localized {
    public static final java.util.List<String> LANGUAGES = java.util.List.of("de", "en");

    private final Map<String, String> texts = new LinkedHashMap<>();

    public Localized() {
    }

    public static Localized of(String de, String en) {
        Localized l = new Localized();
        l.texts.put("de", de);
        l.texts.put("en", en);
        return l;
    }

    @JsonAnySetter
    public void put(String language, String text) {
        texts.put(language, text);
    }

    @JsonValue
    public Map<String, String> texts() {
        return texts;
    }

    /** The text in the language, German when that language is missing. */
    public String in(String language) {
        String text = texts.get(language);
        return text != null ? text : texts.get("de");
    }

    /** Languages of {@link #LANGUAGES} that have no (or a blank) text. */
    public java.util.List<String> missingLanguages() {
        return LANGUAGES.stream().filter(l -> texts.get(l) == null || texts.get(l).isBlank()).toList();
    }
}
