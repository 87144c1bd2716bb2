/** The program catalog feature: list and show programs with metadata, validity and status by date, localized. */
package de.aufnahmelotse.programs;
