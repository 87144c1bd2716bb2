package de.aufnahmelotse.app;

import java.nio.file.Path;

/** Defaults from the environment: PORT, RULES_DIR, WEB_DIR. Command-line options win. */
final class Env {
    private Env() {
    }

    static Path rulesDir(Path option) {
        return option != null ? option : Path.of(System.getenv().getOrDefault("RULES_DIR", "rules"));
    }

    static Path webDir(Path option) {
        return option != null ? option : Path.of(System.getenv().getOrDefault("WEB_DIR", "web"));
    }

    static int port(Integer option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv("PORT");
        return env == null || env.isBlank() ? 8080 : Integer.parseInt(env.trim());
    }
}
