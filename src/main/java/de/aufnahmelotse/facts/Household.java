package de.aufnahmelotse.facts;

import java.util.List;

/** A refugee household the municipality or the sponsors have in view. */
public class Household {
    /** Identifier chosen by the caller, unique in the request. */
    private String id;
    /** Persons in the household. */
    private Integer size;
    /** Minors in the household. */
    private Integer children;
    /** Nationality, ISO 3166-1 alpha-2. */
    private String nationality;
    /** Where the household lives today. */
    private Enums.HouseholdLocation location;
    /** Recognised as refugees by UNHCR or the host state. */
    private Boolean unhcrRecognised;
    /** UNHCR submission categories that apply. */
    private List<Enums.UnhcrCategory> unhcrCategories;
    /** Medical needs. */
    private Enums.MedicalNeeds medicalNeeds;
    /** Has family members living in Germany. */
    private Boolean familyInGermany;
    /** Occupations or trades. */
    private List<String> occupations;
    /** Best German level in the household (CEFR). */
    private Enums.GermanLevel germanLevel;

    // --- fields for admission channels (resettlement, humanitarian admission, UNHCR, § 22) go here ---
    /** Stateless (no nationality); UNHCR may submit stateless non-refugees, HAP Turkey admits stateless persons from Syria in justified cases. */
    private Boolean stateless;
    /** Country of former habitual residence, ISO 3166-1 alpha-2 (for stateless persons). */
    private String formerResidenceCountry;
    /** UNHCR assessed all durable solutions and found resettlement the most appropriate one. */
    private Boolean resettlementMostAppropriate;
    /** UNHCR submission priority: EMERGENCY, URGENT or NORMAL. */
    private String unhcrPriority;
    /** Particularly endangered because of the person's work (women's/human rights, justice, politics, media, education, culture, sport, science) – BAP Afghanistan. */
    private Boolean particularlyEndangered;
    /** Reported by an authorised reporting body (meldeberechtigte Stelle) – BAP Afghanistan. */
    private Boolean reportedByAuthorisedBody;
    /** The BMI (or a body it designates) has declared admission to safeguard Germany's political interests (§ 22 sentence 2 AufenthG). */
    private Boolean bmiAdmissionDeclared;
    /** An exceptional individual emergency singles the person out (urgent humanitarian reasons, § 22 sentence 1 AufenthG). */
    private Boolean urgentHumanitarianEmergency;

    // --- fields for Land programmes, Verpflichtungserklärung, residence rules go here ---
    /** Residence status of the reference person (relative) in Germany. */
    private Enums.ResidenceStatus referencePersonStatus;
    /** Months the reference person has lived in Germany. */
    private Integer referencePersonMonthsInGermany;
    /** Months the reference person has had the main residence in the municipality's Land. */
    private Integer referencePersonMonthsInLand;
    /** Relationship of the household to the reference person. */
    private Enums.Relationship relationship;
    /** Country the household lives in today, ISO 3166-1 alpha-2. */
    private String currentCountry;
    /** Date of entry to Germany (planned or actual). */
    private java.time.LocalDate entryDate;
    /** Date a Verpflichtungserklärung (§ 68 AufenthG) for the household was signed. */
    private java.time.LocalDate declarationSignedOn;
    /** Residence status of the person or body giving the Verpflichtungserklärung. */
    private Enums.ResidenceStatus declarantStatus;
    /** The Ausländerbehörde has confirmed the declarant's creditworthiness. */
    private Boolean declarantCreditworthy;
    /** The Verpflichtungserklärung is given for a Land admission programme (§ 23 Abs. 1). */
    private Boolean declarationForLandProgramme;
    /** Legal basis of the first residence permit or protection status in Germany. */
    private Enums.ResidenceBasis residenceBasis;
    /** Date of that first residence permit (or of the BAMF recognition). */
    private java.time.LocalDate residenceGrantedOn;
    /** Weekly hours of a job subject to social insurance (person, spouse or minor child). */
    private Integer weeklyWorkHours;
    /** Someone in the household starts or is in vocational training or university studies. */
    private Boolean inTrainingOrStudies;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public Integer getChildren() {
        return children;
    }

    public void setChildren(Integer children) {
        this.children = children;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public Enums.HouseholdLocation getLocation() {
        return location;
    }

    public void setLocation(Enums.HouseholdLocation location) {
        this.location = location;
    }

    public Boolean getUnhcrRecognised() {
        return unhcrRecognised;
    }

    public void setUnhcrRecognised(Boolean unhcrRecognised) {
        this.unhcrRecognised = unhcrRecognised;
    }

    public List<Enums.UnhcrCategory> getUnhcrCategories() {
        return unhcrCategories;
    }

    public void setUnhcrCategories(List<Enums.UnhcrCategory> unhcrCategories) {
        this.unhcrCategories = unhcrCategories;
    }

    public Enums.MedicalNeeds getMedicalNeeds() {
        return medicalNeeds;
    }

    public void setMedicalNeeds(Enums.MedicalNeeds medicalNeeds) {
        this.medicalNeeds = medicalNeeds;
    }

    public Boolean getFamilyInGermany() {
        return familyInGermany;
    }

    public void setFamilyInGermany(Boolean familyInGermany) {
        this.familyInGermany = familyInGermany;
    }

    public List<String> getOccupations() {
        return occupations;
    }

    public void setOccupations(List<String> occupations) {
        this.occupations = occupations;
    }

    public Enums.GermanLevel getGermanLevel() {
        return germanLevel;
    }

    public void setGermanLevel(Enums.GermanLevel germanLevel) {
        this.germanLevel = germanLevel;
    }

    // --- getters/setters for admission channels (resettlement, humanitarian admission, UNHCR, § 22) go here ---

    public Boolean getStateless() {
        return stateless;
    }

    public void setStateless(Boolean stateless) {
        this.stateless = stateless;
    }

    public String getFormerResidenceCountry() {
        return formerResidenceCountry;
    }

    public void setFormerResidenceCountry(String formerResidenceCountry) {
        this.formerResidenceCountry = formerResidenceCountry;
    }

    public Boolean getResettlementMostAppropriate() {
        return resettlementMostAppropriate;
    }

    public void setResettlementMostAppropriate(Boolean resettlementMostAppropriate) {
        this.resettlementMostAppropriate = resettlementMostAppropriate;
    }

    public String getUnhcrPriority() {
        return unhcrPriority;
    }

    public void setUnhcrPriority(String unhcrPriority) {
        this.unhcrPriority = unhcrPriority;
    }

    public Boolean getParticularlyEndangered() {
        return particularlyEndangered;
    }

    public void setParticularlyEndangered(Boolean particularlyEndangered) {
        this.particularlyEndangered = particularlyEndangered;
    }

    public Boolean getReportedByAuthorisedBody() {
        return reportedByAuthorisedBody;
    }

    public void setReportedByAuthorisedBody(Boolean reportedByAuthorisedBody) {
        this.reportedByAuthorisedBody = reportedByAuthorisedBody;
    }

    public Boolean getBmiAdmissionDeclared() {
        return bmiAdmissionDeclared;
    }

    public void setBmiAdmissionDeclared(Boolean bmiAdmissionDeclared) {
        this.bmiAdmissionDeclared = bmiAdmissionDeclared;
    }

    public Boolean getUrgentHumanitarianEmergency() {
        return urgentHumanitarianEmergency;
    }

    public void setUrgentHumanitarianEmergency(Boolean urgentHumanitarianEmergency) {
        this.urgentHumanitarianEmergency = urgentHumanitarianEmergency;
    }

    // --- getters/setters for Land programmes, Verpflichtungserklärung, residence rules go here ---

    public Enums.ResidenceStatus getReferencePersonStatus() {
        return referencePersonStatus;
    }

    public void setReferencePersonStatus(Enums.ResidenceStatus referencePersonStatus) {
        this.referencePersonStatus = referencePersonStatus;
    }

    public Integer getReferencePersonMonthsInGermany() {
        return referencePersonMonthsInGermany;
    }

    public void setReferencePersonMonthsInGermany(Integer referencePersonMonthsInGermany) {
        this.referencePersonMonthsInGermany = referencePersonMonthsInGermany;
    }

    public Integer getReferencePersonMonthsInLand() {
        return referencePersonMonthsInLand;
    }

    public void setReferencePersonMonthsInLand(Integer referencePersonMonthsInLand) {
        this.referencePersonMonthsInLand = referencePersonMonthsInLand;
    }

    public Enums.Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(Enums.Relationship relationship) {
        this.relationship = relationship;
    }

    public String getCurrentCountry() {
        return currentCountry;
    }

    public void setCurrentCountry(String currentCountry) {
        this.currentCountry = currentCountry;
    }

    public java.time.LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(java.time.LocalDate entryDate) {
        this.entryDate = entryDate;
    }

    public java.time.LocalDate getDeclarationSignedOn() {
        return declarationSignedOn;
    }

    public void setDeclarationSignedOn(java.time.LocalDate declarationSignedOn) {
        this.declarationSignedOn = declarationSignedOn;
    }

    public Enums.ResidenceStatus getDeclarantStatus() {
        return declarantStatus;
    }

    public void setDeclarantStatus(Enums.ResidenceStatus declarantStatus) {
        this.declarantStatus = declarantStatus;
    }

    public Boolean getDeclarantCreditworthy() {
        return declarantCreditworthy;
    }

    public void setDeclarantCreditworthy(Boolean declarantCreditworthy) {
        this.declarantCreditworthy = declarantCreditworthy;
    }

    public Boolean getDeclarationForLandProgramme() {
        return declarationForLandProgramme;
    }

    public void setDeclarationForLandProgramme(Boolean declarationForLandProgramme) {
        this.declarationForLandProgramme = declarationForLandProgramme;
    }

    public Enums.ResidenceBasis getResidenceBasis() {
        return residenceBasis;
    }

    public void setResidenceBasis(Enums.ResidenceBasis residenceBasis) {
        this.residenceBasis = residenceBasis;
    }

    public java.time.LocalDate getResidenceGrantedOn() {
        return residenceGrantedOn;
    }

    public void setResidenceGrantedOn(java.time.LocalDate residenceGrantedOn) {
        this.residenceGrantedOn = residenceGrantedOn;
    }

    public Integer getWeeklyWorkHours() {
        return weeklyWorkHours;
    }

    public void setWeeklyWorkHours(Integer weeklyWorkHours) {
        this.weeklyWorkHours = weeklyWorkHours;
    }

    public Boolean getInTrainingOrStudies() {
        return inTrainingOrStudies;
    }

    public void setInTrainingOrStudies(Boolean inTrainingOrStudies) {
        this.inTrainingOrStudies = inTrainingOrStudies;
    }
}
