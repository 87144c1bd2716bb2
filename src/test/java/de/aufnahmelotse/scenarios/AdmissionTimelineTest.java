package de.aufnahmelotse.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceResponse.ProgramResult;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.facts.Enums.Availability;
import de.aufnahmelotse.facts.Enums.ProgramStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import de.aufnahmelotse.advice.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One and the same request – a sponsor group ready for NesT and three households abroad – evaluated at several
 * as-of dates: each admission channel must give the answer of that date (issue 3: "the same request with an earlier
 * asOf must give the answer of that time"). Expected values are the catalog periods, checked through the real rules.
 */
class AdmissionTimelineTest {
    private static final String REQUEST = """
            { "asOf": "%s",
              "sponsorGroup": { "members": 5, "trainingCompleted": true, "housingSecured": true,
                                "monthlyNetColdRentEur": 480, "rentLimitEur": 520, "rentCommitmentMonths": 24,
                                "mentoringMonths": 12, "requestsNamedPerson": false },
              "households": [
                { "id": "syr", "nationality": "SY", "currentCountry": "TR", "location": "FIRST_ASYLUM_COUNTRY",
                  "unhcrRecognised": true, "resettlementMostAppropriate": true, "medicalNeeds": "NONE",
                  "unhcrCategories": ["MEDICAL_NEEDS", "CHILDREN_AND_ADOLESCENTS_AT_RISK"],
                  "bmiAdmissionDeclared": false, "urgentHumanitarianEmergency": false },
                { "id": "afg", "nationality": "AF", "location": "COUNTRY_OF_ORIGIN", "particularlyEndangered": true,
                  "reportedByAuthorisedBody": true, "bmiAdmissionDeclared": true },
                { "id": "here", "nationality": "SY", "location": "GERMANY", "currentCountry": "DE" } ] }
            """;

    @ParameterizedTest(name = "as of {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # asOf      | NesT         | resettlement | UNHCR        | HAP Turkey   | BAP Afghanistan | § 22
            2016-04-03  | CLOSED       | OPEN         | OPEN         | CLOSED       | CLOSED          | OPEN
            2021-06-01  | OPEN         | OPEN         | OPEN         | OPEN         | CLOSED          | OPEN
            2022-12-18  | OPEN         | OPEN         | OPEN         | OPEN         | NOT_YET_OPEN    | OPEN
            2023-01-01  | OPEN         | OPEN         | OPEN         | OPEN         | OPEN            | OPEN
            2024-07-31  | OPEN         | OPEN         | OPEN         | OPEN         | OPEN            | OPEN
            2024-08-01  | OPEN         | OPEN         | OPEN         | OPEN         | SUSPENDED       | OPEN
            2025-03-31  | OPEN         | OPEN         | OPEN         | OPEN         | SUSPENDED       | OPEN
            2025-04-01  | SUSPENDED    | SUSPENDED    | SUSPENDED    | SUSPENDED    | SUSPENDED       | OPEN
            2025-12-31  | SUSPENDED    | SUSPENDED    | SUSPENDED    | SUSPENDED    | SUSPENDED       | OPEN
            2026-01-01  | CLOSED       | SUSPENDED    | SUSPENDED    | SUSPENDED    | SUSPENDED       | OPEN
            """)
    void each_channel_answers_as_of_the_date(String asOf, Availability nest, Availability resettlement,
                                              Availability unhcr, Availability turkey, Availability afghanistan,
                                              Availability section22) {
        AdviceService service = Scenarios.service();
        AdviceResponse r = service.advise(Scenarios.parser().parse(REQUEST.formatted(asOf), "de"),
                new AdviceService.Options("de", true, false));
        Map<String, ProgramResult> programs = r.programs().stream()
                .collect(Collectors.toMap(ProgramResult::id, p -> p));
        Map<String, Availability> expected = new LinkedHashMap<>();
        expected.put("DE-NEST", nest);
        expected.put("DE-RESETTLEMENT", resettlement);
        expected.put("DE-UNHCR-SUBMISSION", unhcr);
        expected.put("DE-HAP-TURKEY", turkey);
        expected.put("DE-BAP-AFGHANISTAN", afghanistan);
        expected.put("DE-AUFENTHG-22", section22);
        expected.forEach((id, availability) -> {
            ProgramResult p = programs.get(id);
            assertThat(p.availability().status()).as(id + " availability as of " + asOf).isEqualTo(availability);
            if (!availability.isOpen()) {
                assertThat(p.status()).as(id + " status as of " + asOf).isEqualTo(ProgramStatus.NOT_ELIGIBLE);
            }
        });
    }

    @ParameterizedTest(name = "households as of {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # asOf     | syr: resettlement | syr: HAP Turkey | afg: BAP     | afg: § 22 | here: § 22
            2023-06-01 | ELIGIBLE          | ELIGIBLE        | ELIGIBLE     | ELIGIBLE  | NOT_ELIGIBLE
            2026-06-01 | ELIGIBLE          | ELIGIBLE        | ELIGIBLE     | ELIGIBLE  | NOT_ELIGIBLE
            """)
    void each_household_is_judged_by_every_channel_with_its_own_facts(String asOf, ProgramStatus syrResettlement,
                                                                       ProgramStatus syrTurkey, ProgramStatus afgBap,
                                                                       ProgramStatus afg22, ProgramStatus here22) {
        AdviceService service = Scenarios.service();
        AdviceResponse r = service.advise(Scenarios.parser().parse(REQUEST.formatted(asOf), "de"),
                new AdviceService.Options("de", true, false));
        Map<String, Map<String, ProgramStatus>> households = new LinkedHashMap<>();
        r.households().forEach(h -> households.put(h.id(), h.programs().stream()
                .collect(Collectors.toMap(AdviceResponse.HouseholdProgram::programId,
                        AdviceResponse.HouseholdProgram::status))));
        assertThat(households.get("syr")).containsEntry("DE-RESETTLEMENT", syrResettlement)
                .containsEntry("DE-HAP-TURKEY", syrTurkey).containsEntry("DE-NEST", ProgramStatus.ELIGIBLE)
                .containsEntry("DE-BAP-AFGHANISTAN", ProgramStatus.NOT_ELIGIBLE)
                .containsEntry("DE-AUFENTHG-22", ProgramStatus.NOT_ELIGIBLE);
        assertThat(households.get("afg")).containsEntry("DE-BAP-AFGHANISTAN", afgBap)
                .containsEntry("DE-AUFENTHG-22", afg22).containsEntry("DE-RESETTLEMENT", ProgramStatus.NOT_ELIGIBLE)
                .containsEntry("DE-HAP-TURKEY", ProgramStatus.NOT_ELIGIBLE);
        assertThat(households.get("here")).containsEntry("DE-AUFENTHG-22", here22)
                .containsEntry("DE-NEST", ProgramStatus.NOT_ELIGIBLE)
                .containsEntry("DE-RESETTLEMENT", ProgramStatus.NOT_ELIGIBLE);
        // every channel of this work judges every household, with reasons
        for (String id : new String[] {"syr", "afg", "here"}) {
            assertThat(households.get(id)).containsKeys("DE-NEST", "DE-RESETTLEMENT", "DE-UNHCR-SUBMISSION",
                    "DE-HAP-TURKEY", "DE-BAP-AFGHANISTAN", "DE-AUFENTHG-22");
        }
    }

    @Test
    void bad_values_in_the_admission_fields_are_named_all_at_once() {
        String body = """
                { "asOf": "2024-06-01", "sponsorGroup": { "requestsNamedPerson": "yes" },
                  "households": [ { "id": "h1", "currentCountry": "Turkey", "unhcrPriority": "HIGH",
                                    "bmiAdmissionDeclared": 1 } ] }
                """;
        try {
            Scenarios.parser().parse(body, "en");
            throw new AssertionError("the request should have been rejected");
        } catch (InvalidRequestException e) {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field).containsExactlyInAnyOrder(
                    "sponsorGroup.requestsNamedPerson", "households[0].currentCountry",
                    "households[0].unhcrPriority", "households[0].bmiAdmissionDeclared");
        }
    }
}
