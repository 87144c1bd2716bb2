/**
 * The nationwide map: every inhabited municipality of the directory screened (AGS only) on a date, kept per rule-set
 * version and date, and projected to one program's status or to the number of programs a municipality can use.
 * No Javalin here; the route is {@code http/MapController}.
 */
package de.aufnahmelotse.map;
