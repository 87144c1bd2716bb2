/** Entry points: the picocli command line (serve, advise, check-rules) that wires the other packages together. */
package de.aufnahmelotse.app;
