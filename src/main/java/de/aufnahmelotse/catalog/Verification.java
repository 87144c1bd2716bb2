package de.aufnahmelotse.catalog;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * When a program's facts were last checked at their source ({@code verifiedOn} in its program.yaml), and whether
 * that check is older than {@link #MAX_AGE} before the as-of date, in which case the text asks the clerk to check
 * with the program. Shown per program in the advice answer, the catalog routes and on the page.
 */
public record Verification(LocalDate verifiedOn, boolean outdated, String text) {
    /** A check older than this, counted back from the as-of date, is flagged as possibly out of date. */
    public static final Period MAX_AGE = Period.ofMonths(6);

    /** True when {@code verifiedOn} lies before the as-of date minus {@link #MAX_AGE}. */
    public static boolean outdated(LocalDate verifiedOn, LocalDate asOf) {
        return verifiedOn.isBefore(asOf.minus(MAX_AGE));
    }

    /** The program's verification on the as-of date, its text in the language of {@code texts}. */
    public static Verification of(ProgramEntry p, LocalDate asOf, Texts texts) {
        boolean outdated = outdated(p.verifiedOn(), asOf);
        String text = texts.render(texts.labelText(outdated ? "verification.outdated" : "verification.current"),
                Map.of("date", p.verifiedOn()));
        return new Verification(p.verifiedOn(), outdated, text);
    }
}
