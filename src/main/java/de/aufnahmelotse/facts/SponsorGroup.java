package de.aufnahmelotse.facts;

/** A sponsor (mentoring) group: private people, an association, a parish or the municipality itself. */
public class SponsorGroup {
    /** Members who commit to support. */
    private Integer members;
    /** Legal form of the group. */
    private Enums.SponsorLegalForm legalForm;
    /** Members with a certificate of good conduct (Führungszeugnis). */
    private Integer goodConductCertificates;
    /** The group completed the program training (NesT: ZKS basic training). */
    private Boolean trainingCompleted;
    /** A flat for the household is secured. */
    private Boolean housingSecured;
    /** Monthly net cold rent of that flat in euro. */
    private Double monthlyNetColdRentEur;
    /** Local appropriateness limit for the rent (KdU) in euro per month, if known. */
    private Double rentLimitEur;
    /** Months of net cold rent the group commits to pay. */
    private Integer rentCommitmentMonths;
    /** Months of non-material support the group commits to. */
    private Integer mentoringMonths;

    // --- fields for NesT and admission channels go here ---
    /** The group wants to take in a particular, named person (NesT does not allow this: BAMF matches). */
    private Boolean requestsNamedPerson;
    /** The group is located in the Archdiocese of Munich and Freising (church NesT rent subsidy). */
    private Boolean inArchdioceseMunichFreising;

    // --- fields for Land programmes, Verpflichtungserklärung, volunteers go here ---
    /** Allowance per volunteer and year under the Ehrenamtspauschale (§ 3 Nr. 26a EStG), euro. */
    private Double ehrenamtAllowanceEur;
    /** Allowance per volunteer and year under the Übungsleiterpauschale (§ 3 Nr. 26 EStG), euro. */
    private Double trainerAllowanceEur;
    /** Both allowances are paid to the same volunteer for the same activity. */
    private Boolean allowancesSameActivity;
    /** Former refugees belong to the sponsor group. */
    private Boolean formerRefugeesAmongMembers;

    public Integer getMembers() {
        return members;
    }

    public void setMembers(Integer members) {
        this.members = members;
    }

    public Enums.SponsorLegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(Enums.SponsorLegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public Integer getGoodConductCertificates() {
        return goodConductCertificates;
    }

    public void setGoodConductCertificates(Integer goodConductCertificates) {
        this.goodConductCertificates = goodConductCertificates;
    }

    public Boolean getTrainingCompleted() {
        return trainingCompleted;
    }

    public void setTrainingCompleted(Boolean trainingCompleted) {
        this.trainingCompleted = trainingCompleted;
    }

    public Boolean getHousingSecured() {
        return housingSecured;
    }

    public void setHousingSecured(Boolean housingSecured) {
        this.housingSecured = housingSecured;
    }

    public Double getMonthlyNetColdRentEur() {
        return monthlyNetColdRentEur;
    }

    public void setMonthlyNetColdRentEur(Double monthlyNetColdRentEur) {
        this.monthlyNetColdRentEur = monthlyNetColdRentEur;
    }

    public Double getRentLimitEur() {
        return rentLimitEur;
    }

    public void setRentLimitEur(Double rentLimitEur) {
        this.rentLimitEur = rentLimitEur;
    }

    public Integer getRentCommitmentMonths() {
        return rentCommitmentMonths;
    }

    public void setRentCommitmentMonths(Integer rentCommitmentMonths) {
        this.rentCommitmentMonths = rentCommitmentMonths;
    }

    public Integer getMentoringMonths() {
        return mentoringMonths;
    }

    public void setMentoringMonths(Integer mentoringMonths) {
        this.mentoringMonths = mentoringMonths;
    }

    // --- getters/setters for NesT and admission channels go here ---

    public Boolean getRequestsNamedPerson() {
        return requestsNamedPerson;
    }

    public void setRequestsNamedPerson(Boolean requestsNamedPerson) {
        this.requestsNamedPerson = requestsNamedPerson;
    }

    public Boolean getInArchdioceseMunichFreising() {
        return inArchdioceseMunichFreising;
    }

    public void setInArchdioceseMunichFreising(Boolean inArchdioceseMunichFreising) {
        this.inArchdioceseMunichFreising = inArchdioceseMunichFreising;
    }

    // --- getters/setters for Land programmes, Verpflichtungserklärung, volunteers go here ---

    public Double getEhrenamtAllowanceEur() {
        return ehrenamtAllowanceEur;
    }

    public void setEhrenamtAllowanceEur(Double ehrenamtAllowanceEur) {
        this.ehrenamtAllowanceEur = ehrenamtAllowanceEur;
    }

    public Double getTrainerAllowanceEur() {
        return trainerAllowanceEur;
    }

    public void setTrainerAllowanceEur(Double trainerAllowanceEur) {
        this.trainerAllowanceEur = trainerAllowanceEur;
    }

    public Boolean getAllowancesSameActivity() {
        return allowancesSameActivity;
    }

    public void setAllowancesSameActivity(Boolean allowancesSameActivity) {
        this.allowancesSameActivity = allowancesSameActivity;
    }

    public Boolean getFormerRefugeesAmongMembers() {
        return formerRefugeesAmongMembers;
    }

    public void setFormerRefugeesAmongMembers(Boolean formerRefugeesAmongMembers) {
        this.formerRefugeesAmongMembers = formerRefugeesAmongMembers;
    }
}
