package de.aufnahmelotse.facts;

/** A program of the catalog under review in this evaluation; inserted for every catalog entry. */
public final class Program {
    private final String id;
    private final Enums.Category category;
    private final Enums.Level level;
    private final Land land;

    public Program(String id, Enums.Category category, Enums.Level level, Land land) {
        this.id = id;
        this.category = category;
        this.level = level;
        this.land = land;
    }

    public String getId() {
        return id;
    }

    public Enums.Category getCategory() {
        return category;
    }

    public Enums.Level getLevel() {
        return level;
    }

    /** The Land a Land program belongs to, or null for programs of the EU, the Bund or foundations. */
    public Land getLand() {
        return land;
    }

    @Override
    public String toString() {
        return "Program(" + id + ")";
    }
}
