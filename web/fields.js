// The request fields the page knows: path in the advice request, input kind and limits (from the JSON Schema in
// src/main/resources/schema/advice-request.schema.json). Labels and help texts live in i18n.js under fields.<path>.
// Household fields use the path "households.<name>" (the API names missing household facts that way).

export const ENUMS = {
  Land: ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'],
  MunicipalityKind: ['GEMEINDE', 'STADT', 'KREISFREIE_STADT', 'LANDKREIS', 'GEMEINDEVERBAND'],
  MunicipalityAssociation: ['NONE', 'AMT', 'VERBANDSGEMEINDE', 'SAMTGEMEINDE', 'VERWALTUNGSGEMEINSCHAFT', 'OTHER'],
  Degurba: [1, 2, 3],
  PublicTransport: ['GOOD', 'MEDIUM', 'POOR'],
  GrwArea: ['C', 'D', 'NONE'],
  ThuenenType: ['NOT_RURAL', 'RATHER_RURAL_GOOD', 'RATHER_RURAL_LESS_GOOD', 'VERY_RURAL_GOOD', 'VERY_RURAL_LESS_GOOD'],
  EuRegionCategory: ['LESS_DEVELOPED', 'TRANSITION_EX_LESS_DEVELOPED', 'TRANSITION', 'MORE_DEVELOPED_EX_TRANSITION',
    'MORE_DEVELOPED'],
  SponsorLegalForm: ['INFORMAL_GROUP', 'ASSOCIATION', 'CHURCH_PARISH', 'MUNICIPALITY', 'FOUNDATION', 'COMPANY', 'OTHER'],
  HouseholdLocation: ['FIRST_ASYLUM_COUNTRY', 'COUNTRY_OF_ORIGIN', 'GERMANY', 'OTHER'],
  UnhcrCategory: ['LEGAL_AND_PHYSICAL_PROTECTION_NEEDS', 'SURVIVORS_OF_VIOLENCE_AND_TORTURE', 'MEDICAL_NEEDS',
    'WOMEN_AND_GIRLS_AT_RISK', 'RESTORING_FAMILY_UNITY', 'CHILDREN_AND_ADOLESCENTS_AT_RISK',
    'LACK_OF_FORESEEABLE_ALTERNATIVE_DURABLE_SOLUTIONS'],
  UnhcrPriority: ['EMERGENCY', 'URGENT', 'NORMAL'],
  ResidenceStatus: ['GERMAN_CITIZEN', 'SETTLEMENT_PERMIT', 'RESIDENCE_PERMIT', 'PERMISSION_TO_STAY', 'TOLERATION', 'VISA',
    'FICTION_CERTIFICATE', 'LEGAL_PERSON'],
  Relationship: ['SPOUSE', 'PARENT', 'CHILD', 'GRANDPARENT', 'GRANDCHILD', 'SIBLING', 'SPOUSE_OR_MINOR_CHILD_OF_RELATIVE',
    'OTHER'],
  ResidenceBasis: ['SECTION_22', 'SECTION_23', 'SECTION_24', 'SECTION_25_1', 'SECTION_25_2', 'SECTION_25_3', 'OTHER'],
  MedicalNeeds: ['NONE', 'MODERATE', 'SEVERE'],
  GermanLevel: ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'],
  ProjectTheme: ['PRE_INTEGRATION', 'INITIAL_INTEGRATION', 'PARTICIPATION', 'INTERCULTURAL_DIALOGUE', 'LANGUAGE',
    'LABOUR_MARKET', 'HOUSING', 'SOCIAL_INFRASTRUCTURE', 'CHILDCARE', 'SCHOOL', 'DEMOCRACY', 'VOLUNTEERING', 'SPORT',
    'DIGITAL_INFRASTRUCTURE', 'MOBILITY', 'BUSINESS_SETTLEMENT', 'TOWN_CENTRE', 'ACCESSIBILITY', 'BASIC_SERVICES',
    'CLIMATE'],
  ApplicantType: ['MUNICIPALITY', 'DISTRICT', 'PUBLIC_COMPANY', 'ASSOCIATION', 'NONPROFIT_COMPANY', 'FOUNDATION',
    'CHURCH', 'COMPANY', 'NATURAL_PERSON'],
  ProjectPartner: ['JOBCENTER', 'EMPLOYMENT_AGENCY', 'WELFARE_ASSOCIATION', 'MIGRANT_ORGANISATION', 'BUSINESSES',
    'CHAMBERS', 'NEIGHBOUR_MUNICIPALITIES', 'SPORTS_CLUB', 'SCHOOL', 'FOREIGN_PARTNER', 'DISTRICT'],
  TargetGroup: ['THIRD_COUNTRY_NATIONALS', 'REFUGEES', 'EU_CITIZENS', 'RECEIVING_SOCIETY', 'CHILDREN', 'YOUTH_12_27',
    'ADULTS_27_PLUS'],
};

// kind: int | num | text | bool | enum | multi | list | date.
// group: where the input sits on the page. Each group is one box in index.html (id "group-<group>"); the groups
// "…More"/"hh…" are collapsible "weitere Angaben" sections. Household groups (hh…) are repeated per household.
// group "page": the page fills the field itself (asOf has its own input in step 3, household ids are h1, h2, …).
// min/max: numeric limits; max on text: maxLength; itemMax/maxItems on lists; pattern: the schema's pattern (upper:
// the page upper-cases the input first); patternMsg: the key of the plain error text (err.<patternMsg>).
// WebFieldCoverageTest checks every schema property against this list (kind, limits, enum values) and i18n.js.
const F = (path, kind, opts = {}) => ({ path, kind, ...opts });
const COUNTRY = { pattern: '^[A-Z]{2}$', patternMsg: 'country', upper: true };

export const FIELDS = [
  F('asOf', 'date', { group: 'page' }),

  // municipality: basics (always visible)
  F('municipality.name', 'text', { group: 'mun', max: 200 }),
  F('municipality.ags', 'text', { group: 'mun', pattern: '^[0-9]{8}$', patternMsg: 'ags' }),
  F('municipality.state', 'enum', { group: 'mun', values: 'Land' }),
  F('municipality.kind', 'enum', { group: 'mun', values: 'MunicipalityKind' }),
  F('municipality.population', 'int', { group: 'mun', min: 0, max: 100000000 }),
  F('municipality.leaderRegion', 'bool', { group: 'mun' }),
  F('municipality.admissionPledge.places', 'int', { group: 'pledge', min: 0, max: 1000000 }),
  F('municipality.admissionPledge.beyondQuota', 'bool', { group: 'pledge' }),
  // location and structure
  F('municipality.district', 'text', { group: 'munMore', max: 200 }),
  F('municipality.districtAgs', 'text', { group: 'munMore', pattern: '^[0-9]{5}$', patternMsg: 'districtAgs' }),
  F('municipality.association', 'enum', { group: 'munMore', values: 'MunicipalityAssociation' }),
  F('municipality.associationName', 'text', { group: 'munMore', max: 200 }),
  F('municipality.degreeOfUrbanisation', 'enum', { group: 'munMore', values: 'Degurba', numeric: true }),
  F('municipality.areaKm2', 'num', { group: 'munMore', min: 0, max: 1000000 }),
  F('municipality.densityPerKm2', 'num', { group: 'munMore', min: 0, max: 100000 }),
  F('municipality.populationChange10yPct', 'num', { group: 'munMore', min: -100, max: 1000 }),
  F('municipality.placePopulation', 'int', { group: 'munMore', min: 0, max: 100000000 }),
  F('municipality.thuenenType', 'enum', { group: 'munMore', values: 'ThuenenType' }),
  F('municipality.vacantDwellings', 'int', { group: 'munMore', min: 0, max: 10000000 }),
  F('municipality.tightHousingMarket', 'bool', { group: 'munMore' }),
  F('municipality.schoolAtRisk', 'bool', { group: 'munMore' }),
  F('municipality.publicTransport', 'enum', { group: 'munMore', values: 'PublicTransport' }),
  F('municipality.shareAddressesBelow100MbitPct', 'num', { group: 'munMore', min: 0, max: 100 }),
  F('municipality.unemploymentRatePct', 'num', { group: 'munMore', min: 0, max: 100 }),
  F('municipality.labourShortage', 'list', { group: 'munMore', maxItems: 30, itemMax: 60 }),
  F('municipality.budgetEmergency', 'bool', { group: 'munMore' }),
  // integration on site
  F('municipality.hasIntegrationConcept', 'bool', { group: 'munIntegration' }),
  F('municipality.hasIntegrationCentre', 'bool', { group: 'munIntegration' }),
  F('municipality.volunteerNetwork', 'bool', { group: 'munIntegration' }),
  F('municipality.refugeesInFollowUpHousing', 'int', { group: 'munIntegration', min: 0, max: 10000000 }),
  F('municipality.mbeSiteWithinReach', 'bool', { group: 'munIntegration' }),
  F('municipality.jmdSiteWithinReach', 'bool', { group: 'munIntegration' }),
  F('municipality.integrationCourseProviderWithinReach', 'bool', { group: 'munIntegration' }),
  F('municipality.sportsClubLsbMember', 'bool', { group: 'munIntegration' }),
  // funding regions and plans
  F('municipality.grwArea', 'enum', { group: 'munFunding', values: 'GrwArea' }),
  F('municipality.euRegionCategory', 'enum', { group: 'munFunding', values: 'EuRegionCategory' }),
  F('municipality.interregProgrammes', 'list', { group: 'munFunding', maxItems: 20, itemMax: 120, unique: true }),
  F('municipality.regionalbudgetAvailable', 'bool', { group: 'munFunding' }),
  F('municipality.regionalDevelopmentConcept', 'bool', { group: 'munFunding' }),
  F('municipality.urbanRenewalAreaDesignated', 'bool', { group: 'munFunding' }),
  F('municipality.isekWithParticipation', 'bool', { group: 'munFunding' }),
  F('municipality.disadvantagedNeighbourhood', 'bool', { group: 'munFunding' }),

  F('sponsorGroup.members', 'int', { group: 'sponsor', min: 0, max: 100000 }),
  F('sponsorGroup.legalForm', 'enum', { group: 'sponsor', values: 'SponsorLegalForm' }),
  F('sponsorGroup.trainingCompleted', 'bool', { group: 'sponsor' }),
  F('sponsorGroup.goodConductCertificates', 'int', { group: 'sponsor', min: 0, max: 100000 }),
  F('sponsorGroup.housingSecured', 'bool', { group: 'sponsor' }),
  F('sponsorGroup.monthlyNetColdRentEur', 'num', { group: 'sponsor', min: 0, max: 100000 }),
  F('sponsorGroup.rentLimitEur', 'num', { group: 'sponsor', min: 0, max: 100000 }),
  F('sponsorGroup.rentCommitmentMonths', 'int', { group: 'sponsor', min: 0, max: 120 }),
  F('sponsorGroup.mentoringMonths', 'int', { group: 'sponsor', min: 0, max: 120 }),
  F('sponsorGroup.requestsNamedPerson', 'bool', { group: 'sponsorMore' }),
  F('sponsorGroup.inArchdioceseMunichFreising', 'bool', { group: 'sponsorMore' }),
  F('sponsorGroup.formerRefugeesAmongMembers', 'bool', { group: 'sponsorMore' }),
  F('sponsorGroup.ehrenamtAllowanceEur', 'num', { group: 'sponsorMore', min: 0, max: 100000 }),
  F('sponsorGroup.trainerAllowanceEur', 'num', { group: 'sponsorMore', min: 0, max: 100000 }),
  F('sponsorGroup.allowancesSameActivity', 'bool', { group: 'sponsorMore' }),

  F('households.id', 'text', { group: 'page', pattern: '^[A-Za-z0-9_.-]{1,40}$', patternMsg: 'householdId' }),
  F('households.size', 'int', { group: 'household', min: 1, max: 50 }),
  F('households.children', 'int', { group: 'household', min: 0, max: 49 }),
  F('households.nationality', 'text', { group: 'household', ...COUNTRY, patternMsg: 'nationality' }),
  F('households.location', 'enum', { group: 'household', values: 'HouseholdLocation' }),
  F('households.familyInGermany', 'bool', { group: 'household' }),
  F('households.medicalNeeds', 'enum', { group: 'household', values: 'MedicalNeeds' }),
  F('households.germanLevel', 'enum', { group: 'household', values: 'GermanLevel' }),
  F('households.occupations', 'list', { group: 'household', maxItems: 20, itemMax: 80 }),
  // protection abroad: UNHCR, resettlement, humanitarian admission
  F('households.unhcrRecognised', 'bool', { group: 'hhProtection' }),
  F('households.unhcrCategories', 'multi', { group: 'hhProtection', values: 'UnhcrCategory', maxItems: 7 }),
  F('households.unhcrPriority', 'enum', { group: 'hhProtection', values: 'UnhcrPriority' }),
  F('households.resettlementMostAppropriate', 'bool', { group: 'hhProtection' }),
  F('households.stateless', 'bool', { group: 'hhProtection' }),
  F('households.formerResidenceCountry', 'text', { group: 'hhProtection', ...COUNTRY }),
  F('households.particularlyEndangered', 'bool', { group: 'hhProtection' }),
  F('households.reportedByAuthorisedBody', 'bool', { group: 'hhProtection' }),
  F('households.bmiAdmissionDeclared', 'bool', { group: 'hhProtection' }),
  F('households.urgentHumanitarianEmergency', 'bool', { group: 'hhProtection' }),
  // relatives in Germany (Land admission programmes)
  F('households.referencePersonStatus', 'enum', { group: 'hhFamily', values: 'ResidenceStatus' }),
  F('households.referencePersonMonthsInGermany', 'int', { group: 'hhFamily', min: 0, max: 1200 }),
  F('households.referencePersonMonthsInLand', 'int', { group: 'hhFamily', min: 0, max: 1200 }),
  F('households.relationship', 'enum', { group: 'hhFamily', values: 'Relationship' }),
  F('households.currentCountry', 'text', { group: 'hhFamily', ...COUNTRY }),
  F('households.entryDate', 'date', { group: 'hhFamily' }),
  // Verpflichtungserklärung
  F('households.declarationSignedOn', 'date', { group: 'hhDeclaration' }),
  F('households.declarantStatus', 'enum', { group: 'hhDeclaration', values: 'ResidenceStatus' }),
  F('households.declarantCreditworthy', 'bool', { group: 'hhDeclaration' }),
  F('households.declarationForLandProgramme', 'bool', { group: 'hhDeclaration' }),
  // already in Germany: residence, work, § 12a
  F('households.residenceBasis', 'enum', { group: 'hhResidence', values: 'ResidenceBasis' }),
  F('households.residenceGrantedOn', 'date', { group: 'hhResidence' }),
  F('households.weeklyWorkHours', 'int', { group: 'hhResidence', min: 0, max: 80 }),
  F('households.inTrainingOrStudies', 'bool', { group: 'hhResidence' }),

  F('project.themes', 'multi', { group: 'project', values: 'ProjectTheme', maxItems: 20 }),
  F('project.investive', 'bool', { group: 'project' }),
  F('project.productive', 'bool', { group: 'project' }),
  F('project.totalCostEur', 'num', { group: 'project', min: 0, max: 10000000000 }),
  F('project.requestedAmountEur', 'num', { group: 'project', min: 0, max: 10000000000 }),
  F('project.ownFundsEur', 'num', { group: 'project', min: 0, max: 10000000000 }),
  F('project.startDate', 'date', { group: 'project' }),
  F('project.applicationDate', 'date', { group: 'project' }),
  F('project.durationMonths', 'int', { group: 'project', min: 1, max: 240 }),
  F('project.started', 'bool', { group: 'project' }),
  F('project.applicantType', 'enum', { group: 'project', values: 'ApplicantType' }),
  F('project.partners', 'multi', { group: 'project', values: 'ProjectPartner', maxItems: 20 }),
  F('project.targetGroups', 'multi', { group: 'project', values: 'TargetGroup', maxItems: 10 }),
  F('project.alreadyFundedElsewhere', 'bool', { group: 'project' }),
  F('project.interMunicipal', 'bool', { group: 'project' }),
];

// The boxes of the form in page order: the municipality and project groups sit in index.html, the household groups
// are built per household (the hh… ones as collapsible sections inside each household).
export const PAGE_GROUPS = ['mun', 'pledge', 'munMore', 'munIntegration', 'munFunding', 'sponsor', 'sponsorMore', 'project'];
export const HOUSEHOLD_GROUPS = ['hhProtection', 'hhFamily', 'hhDeclaration', 'hhResidence'];

export const FIELD_BY_PATH = Object.fromEntries(FIELDS.map((f) => [f.path, f]));

/** The field definition for an API field path such as "households[0].size" or "households.location". */
export function fieldFor(apiPath) {
  return FIELD_BY_PATH[apiPath.replace(/\[\d+\]/g, '')] || null;
}

/** DOM id of the input for a concrete path: municipality.population → f-municipality-population,
 *  households[1].size → f-households-1-size. */
export function inputId(concretePath) {
  return 'f-' + concretePath.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
}
