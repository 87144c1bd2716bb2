/**
 * Many evaluations in one run: the NDJSON batch behind POST /api/v1/advice/batch ({@link BatchRunner}) and the
 * nationwide screen of every municipality of the directory ({@link Screener}). Both evaluate on a bounded window of
 * parallel tasks and emit results in input order, so memory stays bounded however long the input. No HTTP here.
 */
package de.aufnahmelotse.screening;
