// The request fields the page knows: path in the advice request, input kind and limits (from the JSON Schema in
// src/main/resources/schema/advice-request.schema.json). Labels and help texts live in i18n.js under fields.<path>.
// Household fields use the path "households.<name>" (the API names missing household facts that way).

export const ENUMS = {
  Land: ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'],
  MunicipalityKind: ['GEMEINDE', 'STADT', 'KREISFREIE_STADT', 'LANDKREIS', 'GEMEINDEVERBAND'],
  Degurba: [1, 2, 3],
  PublicTransport: ['GOOD', 'MEDIUM', 'POOR'],
  GrwArea: ['C', 'D', 'NONE'],
  SponsorLegalForm: ['INFORMAL_GROUP', 'ASSOCIATION', 'CHURCH_PARISH', 'MUNICIPALITY', 'FOUNDATION', 'COMPANY', 'OTHER'],
  HouseholdLocation: ['FIRST_ASYLUM_COUNTRY', 'COUNTRY_OF_ORIGIN', 'GERMANY', 'OTHER'],
  UnhcrCategory: ['LEGAL_AND_PHYSICAL_PROTECTION_NEEDS', 'SURVIVORS_OF_VIOLENCE_AND_TORTURE', 'MEDICAL_NEEDS',
    'WOMEN_AND_GIRLS_AT_RISK', 'RESTORING_FAMILY_UNITY', 'CHILDREN_AND_ADOLESCENTS_AT_RISK',
    'LACK_OF_FORESEEABLE_ALTERNATIVE_DURABLE_SOLUTIONS'],
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

// kind: int | num | text | bool | enum | multi | list | date. group: where the input sits on the page.
const F = (path, kind, opts = {}) => ({ path, kind, ...opts });

export const FIELDS = [
  F('municipality.name', 'text', { group: 'mun', max: 200 }),
  F('municipality.ags', 'text', { group: 'mun', pattern: '^[0-9]{8}$', patternMsg: 'ags' }),
  F('municipality.state', 'enum', { group: 'mun', values: 'Land' }),
  F('municipality.kind', 'enum', { group: 'mun', values: 'MunicipalityKind' }),
  F('municipality.population', 'int', { group: 'mun', min: 0, max: 100000000 }),
  F('municipality.leaderRegion', 'bool', { group: 'mun' }),
  F('municipality.admissionPledge.places', 'int', { group: 'pledge', min: 0, max: 1000000 }),
  F('municipality.admissionPledge.beyondQuota', 'bool', { group: 'pledge' }),
  F('municipality.district', 'text', { group: 'munMore', max: 200 }),
  F('municipality.districtAgs', 'text', { group: 'munMore', pattern: '^[0-9]{5}$', patternMsg: 'districtAgs' }),
  F('municipality.degreeOfUrbanisation', 'enum', { group: 'munMore', values: 'Degurba', numeric: true }),
  F('municipality.areaKm2', 'num', { group: 'munMore', min: 0, max: 1000000 }),
  F('municipality.densityPerKm2', 'num', { group: 'munMore', min: 0, max: 100000 }),
  F('municipality.populationChange10yPct', 'num', { group: 'munMore', min: -100, max: 1000 }),
  F('municipality.vacantDwellings', 'int', { group: 'munMore', min: 0, max: 10000000 }),
  F('municipality.schoolAtRisk', 'bool', { group: 'munMore' }),
  F('municipality.publicTransport', 'enum', { group: 'munMore', values: 'PublicTransport' }),
  F('municipality.unemploymentRatePct', 'num', { group: 'munMore', min: 0, max: 100 }),
  F('municipality.labourShortage', 'list', { group: 'munMore' }),
  F('municipality.grwArea', 'enum', { group: 'munMore', values: 'GrwArea' }),
  F('municipality.budgetEmergency', 'bool', { group: 'munMore' }),
  F('municipality.hasIntegrationConcept', 'bool', { group: 'munMore' }),
  F('municipality.volunteerNetwork', 'bool', { group: 'munMore' }),

  F('sponsorGroup.members', 'int', { group: 'sponsor', min: 0, max: 100000 }),
  F('sponsorGroup.legalForm', 'enum', { group: 'sponsor', values: 'SponsorLegalForm' }),
  F('sponsorGroup.trainingCompleted', 'bool', { group: 'sponsor' }),
  F('sponsorGroup.goodConductCertificates', 'int', { group: 'sponsor', min: 0, max: 100000 }),
  F('sponsorGroup.housingSecured', 'bool', { group: 'sponsor' }),
  F('sponsorGroup.monthlyNetColdRentEur', 'num', { group: 'sponsor', min: 0, max: 100000 }),
  F('sponsorGroup.rentLimitEur', 'num', { group: 'sponsor', min: 0, max: 100000 }),
  F('sponsorGroup.rentCommitmentMonths', 'int', { group: 'sponsor', min: 0, max: 120 }),
  F('sponsorGroup.mentoringMonths', 'int', { group: 'sponsor', min: 0, max: 120 }),

  F('households.size', 'int', { group: 'household', min: 1, max: 50 }),
  F('households.children', 'int', { group: 'household', min: 0, max: 49 }),
  F('households.nationality', 'text', { group: 'household', pattern: '^[A-Za-z]{2}$', patternMsg: 'nationality', upper: true }),
  F('households.location', 'enum', { group: 'household', values: 'HouseholdLocation' }),
  F('households.unhcrRecognised', 'bool', { group: 'household' }),
  F('households.unhcrCategories', 'multi', { group: 'household', values: 'UnhcrCategory' }),
  F('households.medicalNeeds', 'enum', { group: 'household', values: 'MedicalNeeds' }),
  F('households.familyInGermany', 'bool', { group: 'household' }),
  F('households.occupations', 'list', { group: 'household' }),
  F('households.germanLevel', 'enum', { group: 'household', values: 'GermanLevel' }),

  F('project.themes', 'multi', { group: 'project', values: 'ProjectTheme' }),
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
  F('project.partners', 'multi', { group: 'project', values: 'ProjectPartner' }),
  F('project.targetGroups', 'multi', { group: 'project', values: 'TargetGroup' }),
  F('project.alreadyFundedElsewhere', 'bool', { group: 'project' }),
  F('project.interMunicipal', 'bool', { group: 'project' }),
];

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
