package de.aufnahmelotse.matching;

import de.aufnahmelotse.facts.Land;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The key between Länder for one year: the Königsteiner Schlüssel (§ 45 Abs. 1 AsylG, the default under § 24
 * Abs. 3 AufenthG), shares in percent. {@code exactYear} false: the table has no value for the year asked and this
 * is the nearest earlier one.
 */
public record LandKey(int year, Map<Land, BigDecimal> sharesPct, String source, boolean exactYear) {
}
