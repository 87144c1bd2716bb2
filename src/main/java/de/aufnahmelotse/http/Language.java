package de.aufnahmelotse.http;

import de.aufnahmelotse.advice.InvalidRequestException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** The language of user-facing texts: {@code ?lang=de|en}, else Accept-Language, else German. */
public final class Language {
    public static final List<String> SUPPORTED = List.of("de", "en");

    private Language() {
    }

    public static String of(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang != null) {
            String normalized = lang.toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(normalized)) {
                throw new InvalidRequestException(422, "Unbekannte Sprache / unknown language",
                        List.of(new InvalidRequestException.FieldError("lang", "erlaubt / allowed: de, en")));
            }
            return normalized;
        }
        String header = ctx.header("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale.LanguageRange.parse(header);
                String best = Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header falls back to the default language
            }
        }
        return "de";
    }
}
