/**
 * The advice feature: parses and validates a request, maps it to facts, lets the rule set evaluate them and maps the
 * concluded facts to the response (texts in the requested language, sorted by explicit fields). Knows nothing of
 * HTTP and never touches a KieSession.
 */
package de.aufnahmelotse.advice;
