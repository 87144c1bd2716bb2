package de.aufnahmelotse.facts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The generic funding terms of a program from the catalog, inserted with the Program facts. */
public final class ProgramTerms {
    private final String programId;
    private final Set<Enums.ApplicantType> applicants;
    private final boolean applyViaDistrict;
    private final boolean noStartBeforeApproval;
    private final boolean noDoubleFunding;
    private final Map<String, String> partner;

    public ProgramTerms(String programId, Set<Enums.ApplicantType> applicants, boolean applyViaDistrict,
                        boolean noStartBeforeApproval, boolean noDoubleFunding, Map<String, String> partner) {
        this.partner = partner == null ? Map.of() : Map.copyOf(partner);
        this.programId = programId;
        this.applicants = applicants.isEmpty() ? Set.of() : EnumSet.copyOf(applicants);
        this.applyViaDistrict = applyViaDistrict;
        this.noStartBeforeApproval = noStartBeforeApproval;
        this.noDoubleFunding = noDoubleFunding;
    }

    public String getProgramId() {
        return programId;
    }

    public Set<Enums.ApplicantType> getApplicants() {
        return applicants;
    }

    /** True when the catalog lists who may apply. */
    public boolean isApplicantsListed() {
        return !applicants.isEmpty();
    }

    public boolean allows(Enums.ApplicantType type) {
        return applicants.contains(type);
    }

    public boolean isApplyViaDistrict() {
        return applyViaDistrict;
    }

    public boolean isNoStartBeforeApproval() {
        return noStartBeforeApproval;
    }

    public boolean isNoDoubleFunding() {
        return noDoubleFunding;
    }

    /** Whom the municipality should involve when it cannot apply itself, by language (may be empty). */
    public Map<String, String> getPartner() {
        return partner;
    }
}
