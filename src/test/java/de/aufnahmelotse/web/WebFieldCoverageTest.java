package de.aufnahmelotse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.scenarios.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page cannot drift from the API: every property of the request JSON Schema has an entry in web/fields.js with
 * the schema's kind, limits and enum values, a German and an English label and help text in web/i18n.js and a label
 * for every enum value; and every question any scenario asks (missing[].field) is answerable on the page. No browser:
 * fields.js and i18n.js are read as text (their one-entry-per-line format is part of the contract, see fields.js).
 */
class WebFieldCoverageTest {
    private static final Path WEB = Path.of("web");
    private static final Path SCHEMA = Path.of("src/main/resources/schema/advice-request.schema.json");
    private static final String STR = "'((?:[^'\\\\]|\\\\.)*)'";

    /** One fields.js entry: path, kind and options (numbers as Double, strings, booleans). */
    record Field(String path, String kind, Map<String, Object> opts) {
    }

    /** What the schema says about one leaf property. */
    record Expected(String path, String kind, JsonNode node, List<String> enumValues) {
    }

    private static Map<String, Field> fields;
    private static Map<String, List<String>> enums;
    private static Map<String, Map<String, String[]>> fieldTexts;
    private static Map<String, Map<String, Map<String, String>>> enumTexts;
    private static Map<String, Expected> schema;
    private static String fieldsJs;

    @BeforeAll
    static void read() throws IOException {
        fieldsJs = Files.readString(WEB.resolve("fields.js"));
        String i18n = Files.readString(WEB.resolve("i18n.js"));
        enums = parseEnums(section(fieldsJs, "export const ENUMS = {", "\n};"));
        fields = parseFields(fieldsJs);
        String ft = section(i18n, "export const FIELD_TEXTS = {", "export const ENUM_TEXTS");
        fieldTexts = Map.of("de", parseFieldTexts(section(ft, "  de: {", "\n  en: {")),
                "en", parseFieldTexts(section(ft, "\n  en: {", "\n};")));
        String et = section(i18n, "export const ENUM_TEXTS = {", "export const LANGS");
        enumTexts = Map.of("de", parseEnumTexts(section(et, "  de: {", "\n  en: {")),
                "en", parseEnumTexts(section(et, "\n  en: {", "\n};")));
        schema = new TreeMap<>();
        JsonNode root = new ObjectMapper().readTree(SCHEMA.toFile());
        walk(root, root, "", schema);
    }

    // ---------------------------------------------------------------------------------------------------------
    // the tests

    @Test
    void the_parsers_see_every_entry_of_fields_js() {
        long calls = Pattern.compile("^\\s*F\\('", Pattern.MULTILINE).matcher(fieldsJs).results().count();
        assertThat(fields).hasSize((int) calls).hasSizeGreaterThan(100);
        assertThat(schema).hasSizeGreaterThan(100);
        assertThat(fieldTexts.get("de")).hasSizeGreaterThanOrEqualTo(fields.size());
        assertThat(enumTexts.get("en")).containsKeys("Land", "ResidenceStatus");
    }

    @Test
    void every_schema_property_has_a_field_of_the_same_kind_with_the_same_limits() {
        List<String> problems = new ArrayList<>();
        for (Expected e : schema.values()) {
            Field f = fields.get(e.path());
            if (f == null) {
                problems.add(e.path() + ": no entry in web/fields.js");
                continue;
            }
            if (!f.kind().equals(e.kind())) {
                problems.add(e.path() + ": kind " + f.kind() + " in fields.js, " + e.kind() + " in the schema");
                continue;
            }
            JsonNode n = e.node();
            switch (e.kind()) {
                case "int", "num" -> {
                    same(problems, e.path(), "min", f.opts().get("min"), n.get("minimum"));
                    same(problems, e.path(), "max", f.opts().get("max"), n.get("maximum"));
                }
                case "text" -> {
                    same(problems, e.path(), "max", f.opts().get("max"), n.get("maxLength"));
                    same(problems, e.path(), "pattern", f.opts().get("pattern"), n.get("pattern"));
                    if (n.has("pattern") && !f.opts().containsKey("patternMsg")) {
                        problems.add(e.path() + ": a pattern needs patternMsg (the plain error text)");
                    }
                }
                case "list" -> {
                    same(problems, e.path(), "maxItems", f.opts().get("maxItems"), n.get("maxItems"));
                    same(problems, e.path(), "itemMax", f.opts().get("itemMax"), n.path("items").get("maxLength"));
                    boolean unique = n.path("uniqueItems").asBoolean(false);
                    if (unique != Boolean.TRUE.equals(f.opts().get("unique"))) {
                        problems.add(e.path() + ": unique is " + f.opts().get("unique") + ", uniqueItems " + unique);
                    }
                }
                case "multi" -> same(problems, e.path(), "maxItems", f.opts().get("maxItems"), n.get("maxItems"));
                default -> {
                }
            }
            if (e.enumValues() != null) {
                Object values = f.opts().get("values");
                List<String> mine = values == null ? null : enums.get(values.toString());
                if (mine == null) {
                    problems.add(e.path() + ": values " + values + " is not in ENUMS");
                } else if (!new TreeSet<>(mine).equals(new TreeSet<>(e.enumValues()))) {
                    problems.add(e.path() + ": ENUMS." + values + " " + mine + " but the schema says " + e.enumValues());
                }
            }
        }
        for (String path : fields.keySet()) {
            if (!schema.containsKey(path)) {
                problems.add(path + ": in web/fields.js but not in the request schema");
            }
        }
        assertThat(problems).as("web/fields.js against %s", SCHEMA).isEmpty();
    }

    @Test
    void every_field_has_a_german_and_english_label_and_help_and_every_enum_value_a_label() {
        List<String> problems = new ArrayList<>();
        for (Field f : fields.values()) {
            for (String lang : List.of("de", "en")) {
                String[] t = fieldTexts.get(lang).get(f.path());
                if (t == null || t[0].isBlank() || t[1].isBlank()) {
                    problems.add(f.path() + ": label or help missing in " + lang);
                }
            }
            String[] de = fieldTexts.get("de").get(f.path());
            String[] en = fieldTexts.get("en").get(f.path());
            if (de != null && en != null && de[0].equals(en[0]) && de[1].equals(en[1])) {
                problems.add(f.path() + ": not translated");
            }
            Object values = f.opts().get("values");
            if (values != null) {
                for (String v : enums.getOrDefault(values.toString(), List.of())) {
                    for (String lang : List.of("de", "en")) {
                        String label = enumTexts.get(lang).getOrDefault(values.toString(), Map.of()).get(v);
                        if (label == null || label.isBlank()) {
                            problems.add(values + "." + v + ": no value label in " + lang);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_field_sits_in_a_group_the_page_builds() throws IOException {
        String index = Files.readString(WEB.resolve("index.html"));
        Set<String> pageGroups = new HashSet<>(quoted(section(fieldsJs, "export const PAGE_GROUPS = [", "];")));
        Set<String> householdGroups = new HashSet<>(quoted(section(fieldsJs, "export const HOUSEHOLD_GROUPS = [", "];")));
        for (String g : pageGroups) {
            assertThat(index).as("box for group %s in index.html", g).contains("id=\"group-" + g + "\"");
        }
        for (Field f : fields.values()) {
            String g = String.valueOf(f.opts().get("group"));
            boolean household = f.path().startsWith("households.");
            boolean ok = g.equals("page") || (household ? g.equals("household") || householdGroups.contains(g)
                    : pageGroups.contains(g));
            assertThat(ok).as("group %s of %s", g, f.path()).isTrue();
        }
    }

    @Test
    void every_question_a_scenario_asks_is_answerable_on_the_page() {
        AdviceService service = Scenarios.service();
        Map<String, String> asked = new TreeMap<>();
        for (Scenarios.Case c : Scenarios.cases()) {
            AdviceResponse r = Scenarios.evaluate(c, service);
            for (AdviceResponse.ProgramResult p : r.programs()) {
                for (AdviceResponse.MissingResult m : p.missing()) {
                    asked.putIfAbsent(m.field(), c + " (" + p.id() + ")");
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(30);
        Map<String, String> unanswerable = new TreeMap<>(asked);
        unanswerable.keySet().removeIf(field -> fields.containsKey(field.replaceAll("\\[\\d+]", ""))
                && !"page".equals(fields.get(field.replaceAll("\\[\\d+]", "")).opts().get("group")));
        assertThat(unanswerable).as("questions without an input on the page (field → first scenario)").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // reading the schema

    private static void walk(JsonNode root, JsonNode node, String prefix, Map<String, Expected> out) {
        JsonNode props = resolve(root, node).path("properties");
        props.fields().forEachRemaining(entry -> {
            String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            JsonNode p = resolve(root, entry.getValue());
            String type = p.path("type").asText();
            if (type.equals("object")) {
                walk(root, p, path, out);
            } else if (type.equals("array") && resolve(root, p.path("items")).path("type").asText().equals("object")) {
                walk(root, p.path("items"), path, out);
            } else {
                out.put(path, expected(root, path, p));
            }
        });
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            return root.at(ref.substring(1));
        }
        return node;
    }

    private static Expected expected(JsonNode root, String path, JsonNode p) {
        String type = p.path("type").asText();
        if (p.has("enum")) {
            return new Expected(path, "enum", p, texts(p.get("enum")));
        }
        return switch (type) {
            case "integer" -> new Expected(path, "int", p, null);
            case "number" -> new Expected(path, "num", p, null);
            case "boolean" -> new Expected(path, "bool", p, null);
            case "string" -> new Expected(path, "date".equals(p.path("format").asText()) ? "date" : "text", p, null);
            case "array" -> {
                JsonNode items = resolve(root, p.path("items"));
                yield items.has("enum") ? new Expected(path, "multi", p, texts(items.get("enum")))
                        : new Expected(path, "list", p, null);
            }
            default -> throw new IllegalStateException(path + ": unexpected schema type " + type);
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(v -> list.add(v.asText()));
        return list;
    }

    private static void same(List<String> problems, String path, String what, Object mine, JsonNode theirs) {
        Object expected = theirs == null ? null : theirs.isNumber() ? (Object) theirs.asDouble() : theirs.asText();
        if (!java.util.Objects.equals(mine, expected)) {
            problems.add(path + ": " + what + " is " + mine + " in fields.js, " + expected + " in the schema");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // reading fields.js and i18n.js

    private static String section(String text, String from, String to) {
        int a = text.indexOf(from);
        assertThat(a).as("'%s' in the file", from).isNotNegative();
        int b = text.indexOf(to, a + from.length());
        assertThat(b).as("'%s' after '%s'", to, from).isNotNegative();
        return text.substring(a + from.length(), b);
    }

    private static List<String> quoted(String s) {
        List<String> list = new ArrayList<>();
        Matcher m = Pattern.compile(STR + "|(-?\\d+(?:\\.\\d+)?)").matcher(s);
        while (m.find()) {
            list.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return list;
    }

    private static Map<String, List<String>> parseEnums(String body) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\w+): \\[([^\\]]*)\\]", Pattern.DOTALL).matcher(body);
        while (m.find()) {
            map.put(m.group(1), quoted(m.group(2)));
        }
        return map;
    }

    private static Map<String, Object> parseOpts(String body, Map<String, Map<String, Object>> constants) {
        Map<String, Object> opts = new LinkedHashMap<>();
        if (body == null) {
            return opts;
        }
        Matcher m = Pattern.compile("\\.\\.\\.(\\w+)|(\\w+): (?:" + STR + "|(-?\\d+(?:\\.\\d+)?)|(true|false))")
                .matcher(body);
        while (m.find()) {
            if (m.group(1) != null) {
                Map<String, Object> c = constants.get(m.group(1));
                assertThat(c).as("constant %s in fields.js", m.group(1)).isNotNull();
                opts.putAll(c);
            } else if (m.group(3) != null) {
                opts.put(m.group(2), m.group(3).replace("\\\\", "\\"));
            } else if (m.group(4) != null) {
                opts.put(m.group(2), Double.valueOf(m.group(4)));
            } else {
                opts.put(m.group(2), Boolean.valueOf(m.group(5)));
            }
        }
        return opts;
    }

    private static Map<String, Field> parseFields(String js) {
        Map<String, Map<String, Object>> constants = new LinkedHashMap<>();
        Matcher c = Pattern.compile("^const (\\w+) = \\{(.*)\\};$", Pattern.MULTILINE).matcher(js);
        while (c.find()) {
            constants.put(c.group(1), parseOpts(c.group(2), constants));
        }
        Map<String, Field> map = new LinkedHashMap<>();
        Matcher m = Pattern.compile("^\\s*F\\('([\\w.]+)', '(\\w+)'(?:, \\{(.*)\\})?\\),$", Pattern.MULTILINE).matcher(js);
        while (m.find()) {
            Field previous = map.put(m.group(1), new Field(m.group(1), m.group(2), parseOpts(m.group(3), constants)));
            assertThat(previous).as("%s twice in fields.js", m.group(1)).isNull();
        }
        return map;
    }

    private static Map<String, String[]> parseFieldTexts(String body) {
        Map<String, String[]> map = new LinkedHashMap<>();
        Matcher m = Pattern.compile("'([\\w.]+)': \\[" + STR + ", " + STR + "\\]").matcher(body);
        while (m.find()) {
            map.put(m.group(1), new String[] {m.group(2), m.group(3)});
        }
        return map;
    }

    private static Map<String, Map<String, String>> parseEnumTexts(String body) {
        Map<String, Map<String, String>> map = new LinkedHashMap<>();
        Matcher m = Pattern.compile("^\\s*(\\w+): \\{(.*)\\},$", Pattern.MULTILINE).matcher(body);
        while (m.find()) {
            Map<String, String> values = new LinkedHashMap<>();
            Matcher v = Pattern.compile("(\\w+): " + STR).matcher(m.group(2));
            while (v.find()) {
                values.put(v.group(1), v.group(2));
            }
            map.put(m.group(1), values);
        }
        return map;
    }
}
