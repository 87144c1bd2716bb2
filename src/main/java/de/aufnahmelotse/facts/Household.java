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

    // --- fields for Land programmes, Verpflichtungserklärung, residence rules go here ---

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

    // --- getters/setters for Land programmes, Verpflichtungserklärung, residence rules go here ---
}
