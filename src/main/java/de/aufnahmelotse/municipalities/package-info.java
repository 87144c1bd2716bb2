/**
 * The municipality directory: imports the official Destatis files (GV-ISys "AuszugGV" municipality extract and the
 * district table), keeps them in memory with a folded name index for prefix search and a lookup by AGS, and fills a
 * request's {@code Municipality} from it (prefill). Plain Java: no HTTP, no rule engine.
 */
package de.aufnahmelotse.municipalities;
