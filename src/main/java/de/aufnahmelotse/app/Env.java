package de.aufnahmelotse.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Defaults from the environment: PORT, RULES_DIR, WEB_DIR, GEMEINDEN_FILE, KREISE_FILE. Command-line options win. */
final class Env {
    private Env() {
    }

    /** A command's JSON input: the file named, or standard input for {@code -}. */
    static String readInput(String input) throws IOException {
        return "-".equals(input) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(input), StandardCharsets.UTF_8);
    }

    static Path rulesDir(Path option) {
        return option != null ? option : Path.of(System.getenv().getOrDefault("RULES_DIR", "rules"));
    }

    static Path webDir(Path option) {
        return option != null ? option : Path.of(System.getenv().getOrDefault("WEB_DIR", "web"));
    }

    /** A file path from the environment, or null when unset or blank. */
    static Path path(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? null : Path.of(value.trim());
    }

    static int port(Integer option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv("PORT");
        return env == null || env.isBlank() ? 8080 : Integer.parseInt(env.trim());
    }
}
