/**
 * Matching (issue 15): pledges of municipalities (places, dwellings, services, jobs, sponsor group) and refugee
 * households by fit. The rules in {@code rules/matching/} classify every household (what it requires, as
 * criteria: knock-outs and fit points) and every pledge (what it offers, what it leaves unknown) once;
 * {@link de.aufnahmelotse.matching.PairEvaluator} joins the two three-valued per (household, pledge) pair; the
 * solver ({@link de.aufnahmelotse.matching.AssignmentSolver}: Lagrangian prices and bound, local search, Timefold)
 * maximises total fit under capacities and reports an upper bound of the same problem;
 * households no pledge can take fall back to the distribution key ({@link de.aufnahmelotse.matching.KeyFallback}).
 * The answer is a proposal: the assignment decision is the authority's (§ 24 Abs. 4 AufenthG, § 50 AsylG).
 * No Javalin here.
 */
package de.aufnahmelotse.matching;
