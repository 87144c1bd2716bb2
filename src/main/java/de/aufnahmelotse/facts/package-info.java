/**
 * Facts: the contract between the request model, the Java code and the DRL files in {@code rules/}.
 *
 * <p>Input facts ({@link de.aufnahmelotse.facts.Municipality}, {@link de.aufnahmelotse.facts.SponsorGroup},
 * {@link de.aufnahmelotse.facts.Household}, {@link de.aufnahmelotse.facts.AsOf}) are what the request says; every
 * field is nullable because an absent input is UNKNOWN, never false. Outcome facts
 * ({@link de.aufnahmelotse.facts.Criterion}, {@link de.aufnahmelotse.facts.ProgramVerdict},
 * {@link de.aufnahmelotse.facts.Question}, {@link de.aufnahmelotse.facts.Obligation},
 * {@link de.aufnahmelotse.facts.Step}, ...) are inserted by rules. Renaming a getter is a breaking change for rules/
 * and for the JSON API. This package never imports Javalin.
 */
package de.aufnahmelotse.facts;
