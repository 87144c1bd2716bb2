package de.aufnahmelotse.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.aufnahmelotse.advice.AdviceRequestParser;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates request bodies from the request JSON Schema itself (every property, enum value and bound, with values at
 * and just beyond each bound) and mutates them: on the tree (wrong types, nulls, extreme numbers, long and odd
 * strings, unknown fields, deep nesting, oversized lists) and on the text (truncation, byte flips, inserted
 * punctuation, duplicated keys). Seeded, so a failing input is reproducible from its seed and index.
 */
final class RequestFuzzer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] ODD_STRINGS = {"", " ", "null", "0", "-1", "1e999", "NaN", "\u0000", "\uD83D\uDE00",
            "ÄÖÜß", "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}", "%s%n", "\\", "\"", "2024-02-30",
            "9999-12-31", "0000-01-01", "+2024-05-01", "2024-5-1", "12064172", "DE-NEST", "h1"};
    private static final String[] TEXT_JUNK = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e400", "-",
            "\\u", "\\uD800", "/*", "NaN", "Infinity", "0x10", "\u0000", "\t", "\n"};

    private final JsonNode schema;
    private final SplittableRandom random;
    /** While true, generate only values the schema accepts (in bounds, well-formed strings). */
    private boolean strict;

    RequestFuzzer(long seed) {
        this(seed, AdviceRequestParser.schemaDocument(JSON));
    }

    /** Bodies for another request schema (the matching request). */
    RequestFuzzer(long seed, JsonNode schema) {
        this.schema = schema;
        this.random = new SplittableRandom(seed);
    }

    /** The next body: about a third valid by the schema, the rest mutated on the tree or on the text. */
    String next() {
        int kind = random.nextInt(10);
        strict = kind < 3;
        JsonNode tree = generate(schema, 0);
        strict = false;
        if (kind < 3) {
            return tree.toString();
        }
        if (kind < 7) {
            for (int i = random.nextInt(1, 4); i > 0; i--) {
                tree = mutateTree(tree, 0);
            }
            return tree.toString();
        }
        return mutateText(tree.toString());
    }

    private JsonNode resolve(JsonNode s) {
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            return schema.at(ref.substring(1));
        }
        return s;
    }

    private JsonNode generate(JsonNode s, int depth) {
        s = resolve(s);
        if (s.has("enum")) {
            JsonNode values = s.get("enum");
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        String type = s.path("type").asText("object");
        switch (type) {
            case "object" -> {
                ObjectNode o = F.objectNode();
                java.util.Set<String> required = new java.util.HashSet<>();
                s.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<String> it = s.path("properties").fieldNames(); it.hasNext(); ) {
                    String name = it.next();
                    if ((strict && required.contains(name)) || random.nextInt(100) < (depth == 0 ? 75 : 55)) {
                        o.set(name, generate(s.get("properties").get(name), depth + 1));
                    }
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = F.arrayNode();
                int max = Math.min(s.path("maxItems").asInt(5), 5);
                int min = strict ? Math.min(s.path("minItems").asInt(0), max) : 0;
                for (int i = random.nextInt(min, max + 1); i > 0; i--) {
                    JsonNode item = generate(s.get("items"), depth + 1);
                    boolean duplicate = false;
                    for (JsonNode x : a) {
                        duplicate |= x.equals(item);
                    }
                    if (!(strict && duplicate && s.path("uniqueItems").asBoolean())) {
                        a.add(item);
                    }
                }
                return a;
            }
            case "integer" -> {
                long min = s.has("minimum") ? s.get("minimum").asLong() : -1000;
                long max = s.has("maximum") ? s.get("maximum").asLong() : 1000;
                return F.numberNode(boundary(min, max));
            }
            case "number" -> {
                double min = s.has("minimum") ? s.get("minimum").asDouble() : -1000;
                double max = s.has("maximum") ? s.get("maximum").asDouble() : 1000;
                return random.nextInt(4) == 0 ? F.numberNode((double) boundary((long) min, (long) max))
                        : F.numberNode(min + random.nextDouble() * (max - min));
            }
            case "boolean" -> {
                return F.booleanNode(random.nextBoolean());
            }
            default -> {
                return F.textNode(string(s));
            }
        }
    }

    /** Usually inside [min, max], often exactly at a bound, sometimes one beyond. */
    private long boundary(long min, long max) {
        return switch (random.nextInt(8)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> strict ? min : min - 1;
            case 3 -> strict ? max : max + 1;
            default -> min + (long) (random.nextDouble() * (max - min));
        };
    }

    private String string(JsonNode s) {
        if ("date".equals(s.path("format").asText())) {
            return !strict && random.nextInt(10) == 0 ? ODD_STRINGS[random.nextInt(ODD_STRINGS.length)]
                    : String.format("%04d-%02d-%02d", random.nextInt(2015, 2031), random.nextInt(1, 13),
                    random.nextInt(1, 29));
        }
        String pattern = s.path("pattern").asText("");
        if (pattern.startsWith("^[0-9]{")) {
            int n = Integer.parseInt(pattern.replaceAll("^\\^\\[0-9\\]\\{(\\d+)\\}.*$", "$1"));
            StringBuilder b = new StringBuilder();
            // mostly real Land prefixes (01..16) so cross-field checks run
            b.append(String.format("%02d", strict ? random.nextInt(1, 17) : random.nextInt(0, 18)));
            while (b.length() < n) {
                b.append(random.nextInt(10));
            }
            return b.substring(0, n);
        }
        if (pattern.startsWith("^[A-Z]{2}")) {
            return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        }
        if (pattern.startsWith("^[a-z]{2,3}")) {
            return "" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
        }
        if (pattern.startsWith("^[A-Za-z0-9_.-]")) {
            return "h" + random.nextInt(4);
        }
        return !strict && random.nextInt(5) == 0 ? ODD_STRINGS[random.nextInt(ODD_STRINGS.length)] : "text" + random.nextInt(100);
    }

    private JsonNode mutateTree(JsonNode node, int depth) {
        if (node instanceof ObjectNode o && o.size() > 0 && random.nextInt(3) > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            o.set(name, mutateTree(o.get(name), depth + 1));
            return o;
        }
        if (node instanceof ObjectNode o && random.nextInt(4) == 0) {
            o.set(random.nextBoolean() ? "unknown" + random.nextInt(3) : "households", oddValue(depth));
            return o;
        }
        if (node instanceof ArrayNode a && a.size() > 0 && random.nextBoolean()) {
            int i = random.nextInt(a.size());
            a.set(i, mutateTree(a.get(i), depth + 1));
            return a;
        }
        return oddValue(depth);
    }

    private JsonNode oddValue(int depth) {
        return switch (random.nextInt(14)) {
            case 0 -> F.nullNode();
            case 1 -> F.textNode(ODD_STRINGS[random.nextInt(ODD_STRINGS.length)]);
            case 2 -> F.numberNode(Long.MAX_VALUE);
            case 3 -> F.numberNode(Long.MIN_VALUE);
            case 4 -> F.numberNode(new java.math.BigInteger("9".repeat(random.nextInt(20, 400))));
            case 5 -> F.numberNode(new java.math.BigDecimal("1e" + random.nextInt(-400, 400)));
            case 6 -> F.numberNode(-0.0);
            case 7 -> F.textNode("x".repeat(random.nextInt(1, 5000)));
            case 8 -> {
                ArrayNode a = F.arrayNode();
                for (int i = random.nextInt(0, 200); i > 0; i--) {
                    a.add(random.nextBoolean() ? F.objectNode() : F.numberNode(i));
                }
                yield a;
            }
            case 9 -> {
                JsonNode deep = F.objectNode();
                for (int i = random.nextInt(1, 40); i > 0; i--) {
                    deep = random.nextBoolean() ? F.arrayNode().add(deep) : F.objectNode().set("a", deep);
                }
                yield deep;
            }
            case 10 -> F.booleanNode(random.nextBoolean());
            case 11 -> F.objectNode();
            case 12 -> F.numberNode(random.nextDouble() * 1e12 - 5e11);
            default -> generate(schema, depth);
        };
    }

    private String mutateText(String text) {
        StringBuilder b = new StringBuilder(text);
        for (int n = random.nextInt(1, 5); n > 0 && b.length() > 0; n--) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(6)) {
                case 0 -> b.setLength(at);
                case 1 -> b.setCharAt(at, (char) random.nextInt(0, 0x2FF));
                case 2 -> b.insert(at, TEXT_JUNK[random.nextInt(TEXT_JUNK.length)]);
                case 3 -> b.deleteCharAt(at);
                case 4 -> {
                    int end = Math.min(b.length(), at + random.nextInt(1, 40));
                    b.insert(at, b.substring(at, end));
                }
                default -> b.replace(0, b.length(), b.toString().replaceFirst("\\{", "{\"asOf\":\"2024-01-01\","));
            }
        }
        return b.toString();
    }
}
