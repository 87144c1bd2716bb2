package de.aufnahmelotse.distribution;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.aufnahmelotse.facts.Land;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Königsteiner Schlüssel by year of use (BAMF EASY distribution), read from
 * {@code rules/data/koenigsteiner-schluessel.yaml}. {@link #forYear} gives the newest recorded year not after the
 * asked one and says whether it is that exact year, so an answer can name the year it really uses.
 * A broken table fails the load with {@code path:line:col} problems ({@link TableException}); a rules directory
 * without the file has an empty table (every year unknown).
 */
public final class KoenigsteinerSchluessel {
    /** The file, relative to the rules directory. */
    public static final String FILE = "data/koenigsteiner-schluessel.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** One year of the key as used: the 16 shares in per cent, its source, and whether it is the year asked for. */
    public record KeyYear(int year, Map<Land, BigDecimal> sharesPct, String source, boolean exactYear) {
        public KeyYear {
            sharesPct = Collections.unmodifiableMap(new EnumMap<>(sharesPct));
        }

        public BigDecimal share(Land land) {
            return sharesPct.get(land);
        }
    }

    /** One year as written in the file. */
    public record Entry(int year, Map<Land, BigDecimal> sharesPct, String source, boolean primary,
                        String secondaryReason, String note) {
    }

    /** A problem in the file, printed as {@code path:line:col message} (path relative to the rules directory). */
    public record Problem(String path, int line, int column, String message) {
        @Override
        public String toString() {
            return path + ":" + line + ":" + column + " " + message;
        }
    }

    /** The table could not be read; {@link #problems()} says where. */
    public static final class TableException extends RuntimeException {
        private final List<Problem> problems;

        public TableException(List<Problem> problems) {
            super(problems.stream().map(Problem::toString).reduce((a, b) -> a + "\n" + b).orElse("invalid table"));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private record YearDoc(Map<String, BigDecimal> shares, String source, Boolean primary, String secondaryReason,
                           String note) {
    }

    private record FileDoc(String programId, Map<Integer, YearDoc> years) {
    }

    private final String programId;
    private final NavigableMap<Integer, Entry> years;

    private KoenigsteinerSchluessel(String programId, NavigableMap<Integer, Entry> years) {
        this.programId = programId;
        this.years = Collections.unmodifiableNavigableMap(years);
    }

    /** The table of {@code rulesDir}/{@value #FILE}; empty when the file does not exist. */
    public static KoenigsteinerSchluessel load(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new KoenigsteinerSchluessel(null, new TreeMap<>());
        }
        List<Problem> problems = new ArrayList<>();
        FileDoc doc;
        try {
            doc = YAML.readValue(file.toFile(), FileDoc.class);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            problems.add(new Problem(FILE, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    e.getOriginalMessage().replace('\n', ' ')));
            throw new TableException(problems);
        } catch (IOException e) {
            throw new TableException(List.of(new Problem(FILE, 0, 0, "cannot read: " + e.getMessage())));
        }
        Map<Integer, int[]> lines = yearLines(file);
        NavigableMap<Integer, Entry> years = new TreeMap<>();
        if (doc == null || doc.years() == null || doc.years().isEmpty()) {
            problems.add(new Problem(FILE, 1, 1, "years: at least one year is required"));
        } else {
            doc.years().forEach((year, y) -> {
                int[] at = lines.getOrDefault(year, new int[] {0, 0});
                Entry e = check(year, y, at, problems);
                if (e != null) {
                    years.put(year, e);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new TableException(problems);
        }
        return new KoenigsteinerSchluessel(doc.programId(), years);
    }

    private static Entry check(int year, YearDoc y, int[] at, List<Problem> problems) {
        String where = "years." + year;
        int before = problems.size();
        if (y == null) {
            problems.add(new Problem(FILE, at[0], at[1], where + " is empty"));
            return null;
        }
        if (y.source() == null || !y.source().matches("https?://\\S+")) {
            problems.add(new Problem(FILE, at[0], at[1], where + ".source must be an http(s) URL"));
        }
        if (y.primary() == null) {
            problems.add(new Problem(FILE, at[0], at[1], where + ".primary (true or false) is required"));
        } else if (!y.primary() && (y.secondaryReason() == null || y.secondaryReason().isBlank())) {
            problems.add(new Problem(FILE, at[0], at[1], where + ": a secondary source needs a one-line "
                    + "secondaryReason"));
        }
        Map<Land, BigDecimal> shares = new EnumMap<>(Land.class);
        if (y.shares() == null) {
            problems.add(new Problem(FILE, at[0], at[1], where + ".shares is required"));
        } else {
            y.shares().forEach((code, value) -> {
                Land land;
                try {
                    land = Land.valueOf(code);
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(FILE, at[0], at[1], where + ".shares: unknown Land code " + code));
                    return;
                }
                if (value == null || value.signum() <= 0) {
                    problems.add(new Problem(FILE, at[0], at[1], where + ".shares." + code + " must be positive"));
                    return;
                }
                shares.put(land, value);
            });
            for (Land land : Land.values()) {
                if (!y.shares().containsKey(land.name())) {
                    problems.add(new Problem(FILE, at[0], at[1], where + ".shares." + land + " is missing"));
                }
            }
            if (shares.size() == Land.values().length) {
                BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal tolerance = tolerance(shares.values());
                if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(tolerance) > 0) {
                    problems.add(new Problem(FILE, at[0], at[1], where + ".shares sum to " + sum.toPlainString()
                            + ", not 100 within the rounding of their decimals (± " + tolerance.toPlainString()
                            + ")"));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Entry(year, shares, y.source(), y.primary(), y.secondaryReason(), y.note());
    }

    /** Sixteen values each rounded to d decimals can miss 100 by at most 16 × half a unit in the last place. */
    static BigDecimal tolerance(java.util.Collection<BigDecimal> values) {
        int decimals = values.stream().mapToInt(v -> Math.max(0, v.stripTrailingZeros().scale())).max().orElse(0);
        return BigDecimal.valueOf(values.size()).multiply(new BigDecimal("0.5")).movePointLeft(decimals);
    }

    /** Line and column of each year's key under {@code years:}, for problem locations. */
    private static Map<Integer, int[]> yearLines(Path file) {
        Map<Integer, int[]> lines = new HashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(file.toFile())) {
            int depth = 0;
            boolean inYears = false;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth <= 1) {
                        inYears = false;
                    }
                } else if (t == JsonToken.FIELD_NAME) {
                    if (depth == 1) {
                        inYears = "years".equals(p.currentName());
                    } else if (depth == 2 && inYears) {
                        JsonLocation loc = p.currentTokenLocation();
                        try {
                            lines.put(Integer.parseInt(p.currentName()), new int[] {loc.getLineNr(),
                                    loc.getColumnNr()});
                        } catch (NumberFormatException ignored) {
                            // reported by the typed read
                        }
                    }
                }
            }
        } catch (IOException ignored) {
            // the typed read has already reported unreadable YAML
        }
        return lines;
    }

    /** The newest recorded year not after {@code year}; empty when the table starts later (or is empty). */
    public Optional<KeyYear> forYear(int year) {
        Map.Entry<Integer, Entry> e = years.floorEntry(year);
        if (e == null) {
            return Optional.empty();
        }
        Entry y = e.getValue();
        return Optional.of(new KeyYear(y.year(), y.sharesPct(), y.source(), y.year() == year));
    }

    /** Every recorded year, oldest first. */
    public List<Entry> years() {
        return List.copyOf(years.values());
    }

    /** The program whose rules read the key (the file's {@code programId}); null for an empty table. */
    public String programId() {
        return programId;
    }
}
