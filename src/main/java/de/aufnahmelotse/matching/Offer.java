package de.aufnahmelotse.matching;

/**
 * What a matching rule concluded a pledge offers in a domain: a token ({@code DIALYSIS} in {@code SERVICE}) or an
 * amount (a dwelling for 5 persons in {@code DWELLING_PERSONS}).
 */
public record Offer(String pledgeId, String domain, String token, Integer amount) {
}
