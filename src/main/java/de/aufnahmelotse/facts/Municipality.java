package de.aufnahmelotse.facts;

import java.util.List;

/** The municipality (Gemeinde, Stadt or Landkreis) that asks; every field may be absent (UNKNOWN). */
public class Municipality {
    /** Amtlicher Gemeindeschlüssel, 8 digits. */
    private String ags;
    /** Official name. */
    private String name;
    /** Land the municipality lies in. */
    private Land state;
    /** District (Landkreis or kreisfreie Stadt) name. */
    private String district;
    /** District key, the first five AGS digits. */
    private String districtAgs;
    /** Kind of local authority. */
    private Enums.MunicipalityKind kind;
    /** Inhabitants. */
    private Integer population;
    /** Area in km². */
    private Double areaKm2;
    /** Inhabitants per km². */
    private Double densityPerKm2;
    /** Population change over the last ten years in percent. */
    private Double populationChange10yPct;
    /** EU DEGURBA: 1 densely, 2 intermediate, 3 thinly populated. */
    private Integer degreeOfUrbanisation;
    /** Vacant dwellings. */
    private Integer vacantDwellings;
    /** A local school is threatened with closure. */
    private Boolean schoolAtRisk;
    /** Quality of public transport. */
    private Enums.PublicTransport publicTransport;
    /** Unemployment rate in percent. */
    private Double unemploymentRatePct;
    /** Sectors with labour shortage, e.g. CARE, CRAFTS. */
    private List<String> labourShortage;
    /** Lies in a recognised LEADER region (LAG). */
    private Boolean leaderRegion;
    /** GRW assisted-area status (C, D or NONE). */
    private Enums.GrwArea grwArea;
    /** Budget emergency or Haushaltssicherungskonzept. */
    private Boolean budgetEmergency;
    /** Has an integration concept adopted by the council. */
    private Boolean hasIntegrationConcept;
    /** An active volunteer network exists. */
    private Boolean volunteerNetwork;
    /** A pledge to take in people, if made. */
    private AdmissionPledge admissionPledge;

    // --- fields for funding rules (EU/Bund) go here ---
    /** EU cohesion region category of the NUTS-2 region (CPR Art. 108/112): LESS_DEVELOPED, TRANSITION_EX_LESS_DEVELOPED, TRANSITION, MORE_DEVELOPED_EX_TRANSITION, MORE_DEVELOPED. */
    private String euRegionCategory;
    /** Interreg programmes whose area covers the municipality, e.g. "Interreg VI A Großregion"; empty: none. */
    private List<String> interregProgrammes;
    /** A GAK Regionalbudget is run in the municipality's LEADER or ILE region. */
    private Boolean regionalbudgetAvailable;
    /** A regional development concept exists (GRW Daseinsvorsorge). */
    private Boolean regionalDevelopmentConcept;
    /** An urban renewal area is designated (BauGB §§ 142, 165, 171b, 171e, 172 or council resolution). */
    private Boolean urbanRenewalAreaDesignated;
    /** An integrated urban development concept (ISEK) prepared with citizen participation exists. */
    private Boolean isekWithParticipation;
    /** A quarter is significantly disadvantaged by its residents' composition and economic situation (§ 171e BauGB). */
    private Boolean disadvantagedNeighbourhood;

    // --- fields for funding rules (Länder, rurality, advice) go here ---

    public String getAgs() {
        return ags;
    }

    public void setAgs(String ags) {
        this.ags = ags;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Land getState() {
        return state;
    }

    public void setState(Land state) {
        this.state = state;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getDistrictAgs() {
        return districtAgs;
    }

    public void setDistrictAgs(String districtAgs) {
        this.districtAgs = districtAgs;
    }

    public Double getDensityPerKm2() {
        return densityPerKm2;
    }

    public void setDensityPerKm2(Double densityPerKm2) {
        this.densityPerKm2 = densityPerKm2;
    }

    public Enums.MunicipalityKind getKind() {
        return kind;
    }

    public void setKind(Enums.MunicipalityKind kind) {
        this.kind = kind;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public Double getAreaKm2() {
        return areaKm2;
    }

    public void setAreaKm2(Double areaKm2) {
        this.areaKm2 = areaKm2;
    }

    public Double getPopulationChange10yPct() {
        return populationChange10yPct;
    }

    public void setPopulationChange10yPct(Double populationChange10yPct) {
        this.populationChange10yPct = populationChange10yPct;
    }

    public Integer getDegreeOfUrbanisation() {
        return degreeOfUrbanisation;
    }

    public void setDegreeOfUrbanisation(Integer degreeOfUrbanisation) {
        this.degreeOfUrbanisation = degreeOfUrbanisation;
    }

    public Integer getVacantDwellings() {
        return vacantDwellings;
    }

    public void setVacantDwellings(Integer vacantDwellings) {
        this.vacantDwellings = vacantDwellings;
    }

    public Boolean getSchoolAtRisk() {
        return schoolAtRisk;
    }

    public void setSchoolAtRisk(Boolean schoolAtRisk) {
        this.schoolAtRisk = schoolAtRisk;
    }

    public Enums.PublicTransport getPublicTransport() {
        return publicTransport;
    }

    public void setPublicTransport(Enums.PublicTransport publicTransport) {
        this.publicTransport = publicTransport;
    }

    public Double getUnemploymentRatePct() {
        return unemploymentRatePct;
    }

    public void setUnemploymentRatePct(Double unemploymentRatePct) {
        this.unemploymentRatePct = unemploymentRatePct;
    }

    public List<String> getLabourShortage() {
        return labourShortage;
    }

    public void setLabourShortage(List<String> labourShortage) {
        this.labourShortage = labourShortage;
    }

    public Boolean getLeaderRegion() {
        return leaderRegion;
    }

    public void setLeaderRegion(Boolean leaderRegion) {
        this.leaderRegion = leaderRegion;
    }

    public Enums.GrwArea getGrwArea() {
        return grwArea;
    }

    public void setGrwArea(Enums.GrwArea grwArea) {
        this.grwArea = grwArea;
    }

    public Boolean getBudgetEmergency() {
        return budgetEmergency;
    }

    public void setBudgetEmergency(Boolean budgetEmergency) {
        this.budgetEmergency = budgetEmergency;
    }

    public Boolean getHasIntegrationConcept() {
        return hasIntegrationConcept;
    }

    public void setHasIntegrationConcept(Boolean hasIntegrationConcept) {
        this.hasIntegrationConcept = hasIntegrationConcept;
    }

    public Boolean getVolunteerNetwork() {
        return volunteerNetwork;
    }

    public void setVolunteerNetwork(Boolean volunteerNetwork) {
        this.volunteerNetwork = volunteerNetwork;
    }

    public AdmissionPledge getAdmissionPledge() {
        return admissionPledge;
    }

    public void setAdmissionPledge(AdmissionPledge admissionPledge) {
        this.admissionPledge = admissionPledge;
    }

    // --- getters/setters for funding rules (EU/Bund) go here ---
    public String getEuRegionCategory() {
        return euRegionCategory;
    }

    public void setEuRegionCategory(String euRegionCategory) {
        this.euRegionCategory = euRegionCategory;
    }

    public List<String> getInterregProgrammes() {
        return interregProgrammes;
    }

    public void setInterregProgrammes(List<String> interregProgrammes) {
        this.interregProgrammes = interregProgrammes;
    }

    public Boolean getRegionalbudgetAvailable() {
        return regionalbudgetAvailable;
    }

    public void setRegionalbudgetAvailable(Boolean regionalbudgetAvailable) {
        this.regionalbudgetAvailable = regionalbudgetAvailable;
    }

    public Boolean getRegionalDevelopmentConcept() {
        return regionalDevelopmentConcept;
    }

    public void setRegionalDevelopmentConcept(Boolean regionalDevelopmentConcept) {
        this.regionalDevelopmentConcept = regionalDevelopmentConcept;
    }

    public Boolean getUrbanRenewalAreaDesignated() {
        return urbanRenewalAreaDesignated;
    }

    public void setUrbanRenewalAreaDesignated(Boolean urbanRenewalAreaDesignated) {
        this.urbanRenewalAreaDesignated = urbanRenewalAreaDesignated;
    }

    public Boolean getIsekWithParticipation() {
        return isekWithParticipation;
    }

    public void setIsekWithParticipation(Boolean isekWithParticipation) {
        this.isekWithParticipation = isekWithParticipation;
    }

    public Boolean getDisadvantagedNeighbourhood() {
        return disadvantagedNeighbourhood;
    }

    public void setDisadvantagedNeighbourhood(Boolean disadvantagedNeighbourhood) {
        this.disadvantagedNeighbourhood = disadvantagedNeighbourhood;
    }


    // --- getters/setters for funding rules (Länder, rurality, advice) go here ---
}
