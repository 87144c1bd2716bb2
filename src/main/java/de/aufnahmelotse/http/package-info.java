/**
 * HTTP: {@link de.aufnahmelotse.http.WebApp} builds the Javalin app (routes, JSON, static files, error mapping) and
 * returns it unstarted. Handlers only parse, validate and serialise; {@link de.aufnahmelotse.http.ErrorMapping} maps
 * every error to application/problem+json. This package never imports Drools.
 */
package de.aufnahmelotse.http;
