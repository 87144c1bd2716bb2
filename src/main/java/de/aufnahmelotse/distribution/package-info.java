/**
 * Distribution keys as versioned data beside the rules: {@link de.aufnahmelotse.distribution.KoenigsteinerSchluessel}
 * reads {@code rules/data/koenigsteiner-schluessel.yaml} (year → the 16 Länder's shares, source per year). Plain
 * Java: no HTTP, no rule engine.
 */
package de.aufnahmelotse.distribution;
