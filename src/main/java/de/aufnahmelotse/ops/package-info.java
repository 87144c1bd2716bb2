/**
 * Operations without HTTP: {@link de.aufnahmelotse.ops.Metrics} (Micrometer, Prometheus text format) and
 * {@link de.aufnahmelotse.ops.RateLimiter} (per-client token bucket). The http package applies them to requests;
 * this package never imports Javalin or Drools.
 */
package de.aufnahmelotse.ops;
