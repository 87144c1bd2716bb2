package de.aufnahmelotse.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Field-level differences of two JSON values, as paths ({@code request.households[0].size}) with old → new. */
final class JsonDiff {
    private JsonDiff() {
    }

    interface Sink {
        void changed(String path, String before, String after);
    }

    static void diff(String root, JsonNode before, JsonNode after, Sink sink) {
        Map<String, String> a = new LinkedHashMap<>();
        Map<String, String> b = new LinkedHashMap<>();
        flatten(root, before, a);
        flatten(root, after, b);
        TreeSet<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        for (String path : paths) {
            if (!Objects.equals(a.get(path), b.get(path))) {
                sink.changed(path, a.get(path), b.get(path));
            }
        }
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(path + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.put(path, "[]");
            }
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(path, node.asText());
        }
    }
}
