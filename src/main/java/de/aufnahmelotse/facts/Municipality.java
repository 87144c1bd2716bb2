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
    /** The Gemeindeverband the municipality belongs to (Amt, Verbandsgemeinde, ...); NONE when verbandsfrei. */
    private Enums.MunicipalityAssociation association;
    /** Name of that Amt, Verbandsgemeinde, Samtgemeinde or Verwaltungsgemeinschaft. */
    private String associationName;
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

    /** Thünen rurality type of the district region: NOT_RURAL, RATHER_RURAL_GOOD, RATHER_RURAL_LESS_GOOD,
     * VERY_RURAL_GOOD, VERY_RURAL_LESS_GOOD (socio-economic situation good / less good). */
    private String thuenenType;
    /** Inhabitants of the village or Ortsteil where the project lies (GAK Dorfentwicklung: per place). */
    private Integer placePopulation;
    /** Share of addresses without a reliable 100 Mbit/s download ("graue Flecken"), in percent. */
    private Double shareAddressesBelow100MbitPct;
    /** A Migrationsberatung für erwachsene Zuwanderer (MBE) site is within reach. */
    private Boolean mbeSiteWithinReach;
    /** A Jugendmigrationsdienst (JMD) is within reach. */
    private Boolean jmdSiteWithinReach;
    /** An admitted integration course provider is within reach. */
    private Boolean integrationCourseProviderWithinReach;
    /** A local sports club is a member of the Landessportbund. */
    private Boolean sportsClubLsbMember;

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
    /** NRW: the Kreis or kreisfreie Stadt runs a Kommunales Integrationszentrum (KI). */
    private Boolean hasIntegrationCentre;
    /** Refugees living in follow-up accommodation (Anschlussunterbringung, BW) in the municipality. */
    private Integer refugeesInFollowUpHousing;
    /** The housing market is tight (angespannter Wohnungsmarkt, e.g. under the Land's rent-cap ordinance). */
    private Boolean tightHousingMarket;

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

    public Enums.MunicipalityAssociation getAssociation() {
        return association;
    }

    public void setAssociation(Enums.MunicipalityAssociation association) {
        this.association = association;
    }

    public String getAssociationName() {
        return associationName;
    }

    public void setAssociationName(String associationName) {
        this.associationName = associationName;
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

    public String getThuenenType() {
        return thuenenType;
    }

    public void setThuenenType(String thuenenType) {
        this.thuenenType = thuenenType;
    }

    public Integer getPlacePopulation() {
        return placePopulation;
    }

    public void setPlacePopulation(Integer placePopulation) {
        this.placePopulation = placePopulation;
    }

    public Double getShareAddressesBelow100MbitPct() {
        return shareAddressesBelow100MbitPct;
    }

    public void setShareAddressesBelow100MbitPct(Double shareAddressesBelow100MbitPct) {
        this.shareAddressesBelow100MbitPct = shareAddressesBelow100MbitPct;
    }

    public Boolean getMbeSiteWithinReach() {
        return mbeSiteWithinReach;
    }

    public void setMbeSiteWithinReach(Boolean mbeSiteWithinReach) {
        this.mbeSiteWithinReach = mbeSiteWithinReach;
    }

    public Boolean getJmdSiteWithinReach() {
        return jmdSiteWithinReach;
    }

    public void setJmdSiteWithinReach(Boolean jmdSiteWithinReach) {
        this.jmdSiteWithinReach = jmdSiteWithinReach;
    }

    public Boolean getIntegrationCourseProviderWithinReach() {
        return integrationCourseProviderWithinReach;
    }

    public void setIntegrationCourseProviderWithinReach(Boolean integrationCourseProviderWithinReach) {
        this.integrationCourseProviderWithinReach = integrationCourseProviderWithinReach;
    }

    public Boolean getSportsClubLsbMember() {
        return sportsClubLsbMember;
    }

    public void setSportsClubLsbMember(Boolean sportsClubLsbMember) {
        this.sportsClubLsbMember = sportsClubLsbMember;
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

    public Boolean getHasIntegrationCentre() {
        return hasIntegrationCentre;
    }

    public void setHasIntegrationCentre(Boolean hasIntegrationCentre) {
        this.hasIntegrationCentre = hasIntegrationCentre;
    }

    public Integer getRefugeesInFollowUpHousing() {
        return refugeesInFollowUpHousing;
    }

    public void setRefugeesInFollowUpHousing(Integer refugeesInFollowUpHousing) {
        this.refugeesInFollowUpHousing = refugeesInFollowUpHousing;
    }

    public Boolean getTightHousingMarket() {
        return tightHousingMarket;
    }

    public void setTightHousingMarket(Boolean tightHousingMarket) {
        this.tightHousingMarket = tightHousingMarket;
    }
}
