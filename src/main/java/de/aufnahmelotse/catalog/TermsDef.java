package de.aufnahmelotse.catalog;

import de.aufnahmelotse.facts.Enums.ApplicantType;
import java.util.List;

/**
 * The generic terms of a funding program (the {@code terms:} block of its program.yaml), evaluated by
 * rules/common/funding.drl: who may apply, whether kreisangehörige municipalities go through their district, and the
 * cross-cutting prohibitions. {@code partner} names whom the municipality should involve when it cannot apply.
 */
public record TermsDef(List<ApplicantType> applicants, String applyVia, Boolean noStartBeforeApproval,
                       Boolean noDoubleFunding, Localized partner) {
    public TermsDef {
        applicants = applicants == null ? List.of() : List.copyOf(applicants);
    }
}
