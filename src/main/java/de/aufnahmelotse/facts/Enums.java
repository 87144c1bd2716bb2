package de.aufnahmelotse.facts;

/** Closed value sets of the request and the result. Each is mirrored by an enum in the request JSON Schema. */
public final class Enums {
    private Enums() {
    }

    /** Kind of local authority. */
    public enum MunicipalityKind { GEMEINDE, STADT, KREISFREIE_STADT, LANDKREIS, GEMEINDEVERBAND }

    /**
     * The Gemeindeverband a municipality belongs to (Destatis Textkennzeichen of its satzart-50 row): NONE for a
     * verbandsfreie Gemeinde (50), AMT (51, and 55 Kirchspielslandgemeinde: the two Ämter Eider and Heider Umland in
     * Schleswig-Holstein), SAMTGEMEINDE (52), VERBANDSGEMEINDE (53), VERWALTUNGSGEMEINSCHAFT (54, 57 Trägermodell),
     * OTHER for Verwaltungsverband (56, e.g. Gemeindeverwaltungsverband) and erfüllende or mitverwaltende Gemeinde (58).
     */
    public enum MunicipalityAssociation { NONE, AMT, VERBANDSGEMEINDE, SAMTGEMEINDE, VERWALTUNGSGEMEINSCHAFT, OTHER }

    public enum PublicTransport { GOOD, MEDIUM, POOR }

    public enum GrwArea { C, D, NONE }

    public enum SponsorLegalForm { INFORMAL_GROUP, ASSOCIATION, CHURCH_PARISH, MUNICIPALITY, FOUNDATION, COMPANY, OTHER }

    /** Where a household lives today. */
    public enum HouseholdLocation { FIRST_ASYLUM_COUNTRY, COUNTRY_OF_ORIGIN, GERMANY, OTHER }

    /** UNHCR resettlement submission categories (current handbook naming). */
    public enum UnhcrCategory {
        LEGAL_AND_PHYSICAL_PROTECTION_NEEDS, SURVIVORS_OF_VIOLENCE_AND_TORTURE, MEDICAL_NEEDS,
        WOMEN_AND_GIRLS_AT_RISK, RESTORING_FAMILY_UNITY, CHILDREN_AND_ADOLESCENTS_AT_RISK,
        LACK_OF_FORESEEABLE_ALTERNATIVE_DURABLE_SOLUTIONS
    }

    /** Residence status of a person in Germany (reference person of a Land programme, declarant of a § 68 declaration). */
    public enum ResidenceStatus {
        GERMAN_CITIZEN, SETTLEMENT_PERMIT, RESIDENCE_PERMIT, PERMISSION_TO_STAY, TOLERATION, VISA, FICTION_CERTIFICATE,
        LEGAL_PERSON
    }

    /** Relationship of a household to the reference person in Germany (family Land programmes). */
    public enum Relationship {
        SPOUSE, PARENT, CHILD, GRANDPARENT, GRANDCHILD, SIBLING, SPOUSE_OR_MINOR_CHILD_OF_RELATIVE, OTHER
    }

    /** Legal basis of the first residence permit or protection status in Germany (§ 12a AufenthG). */
    public enum ResidenceBasis {
        SECTION_22, SECTION_23, SECTION_24, SECTION_25_1, SECTION_25_2, SECTION_25_3, OTHER
    }

    public enum MedicalNeeds { NONE, MODERATE, SEVERE }

    public enum GermanLevel { NONE, A1, A2, B1, B2, C1, C2 }

    /** What a project is about; a project may have several themes. */
    public enum ProjectTheme {
        PRE_INTEGRATION, INITIAL_INTEGRATION, PARTICIPATION, INTERCULTURAL_DIALOGUE, LANGUAGE, LABOUR_MARKET, HOUSING,
        SOCIAL_INFRASTRUCTURE, CHILDCARE, SCHOOL, DEMOCRACY, VOLUNTEERING, SPORT, DIGITAL_INFRASTRUCTURE, MOBILITY,
        BUSINESS_SETTLEMENT, TOWN_CENTRE, ACCESSIBILITY, BASIC_SERVICES, CLIMATE
    }

    /** Who would apply for funding. */
    public enum ApplicantType {
        MUNICIPALITY, DISTRICT, PUBLIC_COMPANY, ASSOCIATION, NONPROFIT_COMPANY, FOUNDATION, CHURCH, COMPANY,
        NATURAL_PERSON
    }

    public enum ProjectPartner {
        JOBCENTER, EMPLOYMENT_AGENCY, WELFARE_ASSOCIATION, MIGRANT_ORGANISATION, BUSINESSES, CHAMBERS,
        NEIGHBOUR_MUNICIPALITIES, SPORTS_CLUB, SCHOOL, FOREIGN_PARTNER, DISTRICT
    }

    public enum TargetGroup {
        THIRD_COUNTRY_NATIONALS, REFUGEES, EU_CITIZENS, RECEIVING_SOCIETY, CHILDREN, YOUTH_12_27, ADULTS_27_PLUS
    }

    public enum Category { SPONSORSHIP, ADMISSION, FUNDING }

    public enum Level { EU, BUND, LAND, KOMMUNE, STIFTUNG }

    public enum CriterionStatus { MET, NOT_MET, UNKNOWN }

    public enum ProgramStatus { ELIGIBLE, NEEDS_INFO, NOT_ELIGIBLE }

    /** Status of a program on a date, from the catalog. OPEN and CALL_OPEN accept applications. */
    public enum Availability {
        OPEN, CALL_OPEN, CALL_CLOSED, SUSPENDED, CLOSED, NOT_YET_OPEN;

        public boolean isOpen() {
            return this == OPEN || this == CALL_OPEN;
        }
    }

    public enum Phase { PREPARATION, APPLICATION, BEFORE_ARRIVAL, ARRIVAL, FIRST_YEAR, FOLLOW_UP }

    public enum Responsible { MUNICIPALITY, SPONSOR_GROUP, REFUGEE_HOUSEHOLD, AUTHORITY, FUNDING_BODY }
}
