package de.aufnahmelotse.matching;

/** One value of {@code rules/matching/weights.yaml} (points of a criterion, or a parameter) as a rule fact. */
public final class Weight {
    private final String name;
    private final int value;

    public Weight(String name, int value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public int getValue() {
        return value;
    }
}
