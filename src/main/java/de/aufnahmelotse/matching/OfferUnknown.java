package de.aufnahmelotse.matching;

/** A pledge leaves a domain open (the request field {@code missingField} is absent): its criteria are UNKNOWN. */
public record OfferUnknown(String pledgeId, String domain, String missingField) {
}
