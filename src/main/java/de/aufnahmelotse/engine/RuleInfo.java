package de.aufnahmelotse.engine;

import java.util.Map;

/** A compiled rule: name, DRL package, the file it came from and its metadata ({@code @programId}, ...). */
public record RuleInfo(String name, String packageName, String path, Map<String, String> metadata) {
    public String meta(String key) {
        return metadata.get(key);
    }
}
