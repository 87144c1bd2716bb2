/**
 * The nationwide map: the screen of every inhabited municipality (screening/ScreenService, kept per rule-set version,
 * date and program) as points with coordinates and one program's status or the number of usable programs.
 * No Javalin here; the route is {@code http/MapController}.
 */
package de.aufnahmelotse.map;
