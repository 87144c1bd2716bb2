/**
 * The Drools wrapper: compiles the DRL files of a rules directory into one shared KieBase and evaluates facts in a
 * fresh session per call, always disposed. Knows nothing of HTTP (never imports Javalin) and nothing of programs:
 * it hands back the objects the rules concluded. No other package touches a KieSession.
 */
package de.aufnahmelotse.engine;
