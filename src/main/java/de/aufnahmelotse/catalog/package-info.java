/**
 * The program catalog as data: one {@code *.program.yaml} per program under {@code rules/} (metadata, validity,
 * status periods, and the German and English texts of its criteria, obligations and steps), plus the shared texts in
 * {@code rules/common/texts.yaml} (questions per input field, generic criteria). No rule logic here.
 */
package de.aufnahmelotse.catalog;
