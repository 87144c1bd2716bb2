/**
 * Cases (issue 14): a municipality's advice request kept over months — every evaluation's answer with its rule-set
 * version and as-of date, the state of each checklist step (status, due date, responsible, note; optimistic
 * version), an append-only history, what changed since, a calendar and an export. Stored in H2 (file mode, the
 * default) or PostgreSQL through {@link de.aufnahmelotse.cases.CaseDatabase} (HikariCP, Flyway, JDBI).
 *
 * <p>Access is by a random key per case, stored only as a hash ({@link de.aufnahmelotse.cases.AccessKeys}); a
 * missing case and a wrong key are the same {@link de.aufnahmelotse.cases.CaseNotFoundException}.
 * {@link de.aufnahmelotse.cases.Access} is where organisation accounts will join. No Javalin here
 * ({@code ArchitectureTest}); the routes are {@code http/CasesController}.
 */
package de.aufnahmelotse.cases;
