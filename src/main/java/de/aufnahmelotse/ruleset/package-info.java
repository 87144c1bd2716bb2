/**
 * A loaded rule set: the compiled DRL ({@link de.aufnahmelotse.engine}) plus the catalog
 * ({@link de.aufnahmelotse.catalog}), checked against each other, with a content-hash version. Loading either
 * succeeds completely or fails with every problem as path:line:col; a partial rule set is never served.
 */
package de.aufnahmelotse.ruleset;
