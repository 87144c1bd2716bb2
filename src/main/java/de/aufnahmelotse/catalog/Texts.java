package de.aufnahmelotse.catalog;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders of catalog texts with a rule's parameters, formatted for the language: numbers
 * with the language's separators, dates as 23.11.2026 or 2026-11-23, enum values through the {@code labels} of
 * rules/common/texts.yaml. An unknown placeholder stays visible, so a text/rule mismatch shows up in tests.
 */
public final class Texts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Parsed templates: catalog texts are few and rendered for every answer. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String[]> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** NumberFormat is not thread-safe and costly to build: one per thread and language. */
    private static final ThreadLocal<NumberFormat> GERMAN_NUMBER = ThreadLocal.withInitial(
            () -> NumberFormat.getNumberInstance(Locale.GERMANY));
    private static final ThreadLocal<NumberFormat> ENGLISH_NUMBER = ThreadLocal.withInitial(
            () -> NumberFormat.getNumberInstance(Locale.UK));

    private final CommonTexts common;
    private final String language;

    public Texts(CommonTexts common, String language) {
        this.common = common;
        this.language = language;
    }

    public String language() {
        return language;
    }

    public String render(Localized template, Map<String, ?> params) {
        if (template == null) {
            return null;
        }
        String text = template.in(language);
        String[] parts = PARSED.computeIfAbsent(text, Texts::parse);
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                out.append(parts[i]);
            } else if (params.containsKey(parts[i])) {
                out.append(format(params.get(parts[i])));
            } else {
                out.append('{').append(parts[i]).append('}');
            }
        }
        return out.toString().replace(" .", ".").trim();
    }

    /** A template split into literal text (even indexes) and placeholder names (odd indexes). */
    private static String[] parse(String text) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            parts.add(text.substring(last, m.start()));
            parts.add(m.group(1));
            last = m.end();
        }
        parts.add(text.substring(last));
        return parts.toArray(String[]::new);
    }

    public String label(String key) {
        Localized l = common.labels().get(key);
        return l == null ? key : l.in(language);
    }

    /** A label as a template, for labels with placeholders. */
    public Localized labelText(String key) {
        Localized l = common.labels().get(key);
        return l == null ? Localized.of(key, key) : l;
    }

    public String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> byLanguage) {
            Object text = byLanguage.containsKey(language) ? byLanguage.get(language) : byLanguage.get("de");
            return text == null ? "" : text.toString();
        }
        if (value instanceof Enum<?> e) {
            return label(e.getDeclaringClass().getSimpleName() + "." + e.name());
        }
        if (value instanceof LocalDate d) {
            return "de".equals(language) ? d.format(GERMAN_DATE) : d.toString();
        }
        if (value instanceof Number raw && !Double.isFinite(raw.doubleValue())) {
            return "–";
        }
        if (value instanceof Number raw) {
            // money and rates are shown to the cent at most: 100000.00000000001 reads as 100.000
            double n = java.math.BigDecimal.valueOf(raw.doubleValue()).setScale(2, java.math.RoundingMode.HALF_UP)
                    .doubleValue();
            NumberFormat nf = ("de".equals(language) ? GERMAN_NUMBER : ENGLISH_NUMBER).get();
            nf.setMaximumFractionDigits(2);
            nf.setMinimumFractionDigits(n % 1 == 0 ? 0 : 2);
            return nf.format(n);
        }
        return String.valueOf(value);
    }
}
