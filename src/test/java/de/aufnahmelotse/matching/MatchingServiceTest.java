package de.aufnahmelotse.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.http.WebApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MatchingServiceTest {
    static MatchingRules rules;
    @BeforeAll
    static void load() {
        rules = MatchingRules.load(Path.of("rules"));
    }

    static MatchingService service() {
        var table = de.aufnahmelotse.distribution.KoenigsteinerSchluessel.load(Path.of("rules"));
        return new MatchingService(() -> rules, Optional::empty, y -> MatchingService.keyFor(table, y),
                Clock.systemUTC());
    }

    static MatchRequest parse(String json) {
        return new MatchRequestParser(WebApp.objectMapper()).parse(json, "de");
    }

    @Test
    void a_household_goes_to_the_pledge_that_meets_its_need_and_one_no_pledge_can_take_falls_back_to_the_key() {
        MatchRequest req = parse("""
                {"asOf": "2026-12-06",
                 "pledges": [
                   {"id": "a", "ags": "05315000", "places": 4, "services": ["DIALYSIS"], "dwellings": [{"id": "a1", "maxPersons": 4}]},
                   {"id": "b", "ags": "12064172", "places": 4, "services": [], "sponsorGroup": {"members": 5, "mentoringMonths": 12},
                    "dwellings": [{"id": "b1", "maxPersons": 4}]}],
                 "households": [
                   {"id": "dialysis", "size": 3, "needs": ["DIALYSIS"]},
                   {"id": "other", "size": 4, "needs": []},
                   {"id": "too-big", "size": 6, "needs": []}]}""");
        MatchResponse r = service().match(req, "de");
        Map<String, MatchResponse.Assignment> by = new java.util.HashMap<>();
        r.assignments().forEach(a -> by.put(a.householdId(), a));
        assertThat(by.get("dialysis").pledgeId()).isEqualTo("a");
        assertThat(by.get("other").pledgeId()).isEqualTo("b");
        assertThat(by.get("too-big").pledgeId()).isNull();
        assertThat(by.get("too-big").fallback().land()).as("the Land with the largest share first").isEqualTo("NW");
        assertThat(by.get("too-big").fallback().keyYear()).isEqualTo(2017);
        assertThat(by.get("too-big").fallback().keyYearExact()).isFalse();
        assertThat(by.get("too-big").fallback().method()).isEqualTo("KOENIGSTEIN_ONLY");
        assertThat(by.get("too-big").fallback().reason()).contains("capacity.places").contains("unity.one-dwelling");
        assertThat(by.get("dialysis").reasons()).anySatisfy(x -> {
            assertThat(x.criterion()).isEqualTo("need.dialysis");
            assertThat(x.status()).isEqualTo("MET");
            assertThat(r.criteria().get(x.criterion()).bases().get(x.basis()).legalBasis()).contains("§ 50");
        });
        // texts once per answer: every reason's criterion is there with its kind and a text for its outcome
        assertThat(r.criteria().get("need.dialysis").kind()).isEqualTo("KNOCKOUT");
        r.assignments().forEach(a -> a.reasons().forEach(x -> {
            assertThat(r.criteria()).containsKey(x.criterion());
            assertThat(r.criteria().get(x.criterion()).texts()).containsKey(x.status());
            assertThat(x.basis()).isLessThan(r.criteria().get(x.criterion()).bases().size());
        }));
        assertThat(r.proposal()).isTrue();
        assertThat(r.notice()).contains("§ 24 Abs. 4 AufenthG").contains("§ 50 AsylG");
        assertThat(r.summary().totalFit()).isLessThanOrEqualTo(r.summary().upperBound());
        assertThat(r.proposalMetrics().knockOutViolations()).isZero();
        assertThat(r.weights().points()).containsEntry("job.field", 30);
        assertThat(r.pledges()).extracting(MatchResponse.PledgeUse::placesUsed).containsExactly(3, 4);
    }

    @Test
    void capacities_hold_and_the_key_baseline_counts_the_needs_it_ignores() {
        StringBuilder hs = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            hs.append(i == 0 ? "" : ",").append("{\"id\":\"h").append(i).append("\",\"size\":").append(1 + i % 4)
                    .append(",\"needs\":").append(i % 3 == 0 ? "[\"DIALYSIS\"]" : "[]").append('}');
        }
        MatchRequest req = parse("{\"asOf\":\"2026-12-06\",\"pledges\":["
                + "{\"id\":\"koeln\",\"ags\":\"05315000\",\"places\":20,\"services\":[\"DIALYSIS\"]},"
                + "{\"id\":\"golzow\",\"ags\":\"12064172\",\"places\":20,\"services\":[]},"
                + "{\"id\":\"muenchen\",\"ags\":\"09162000\",\"places\":20,\"services\":[\"KITA\"]}],"
                + "\"households\":[" + hs + "],\"options\":{\"timeLimitSeconds\":2}}");
        MatchResponse r = service().match(req, "en");
        for (MatchResponse.PledgeUse u : r.pledges()) {
            assertThat(u.placesUsed()).isLessThanOrEqualTo(u.places());
        }
        assertThat(r.proposalMetrics().knockOutViolations()).isZero();
        assertThat(r.baseline().metrics().knockOutViolations()).isPositive();
        assertThat(r.baseline().metrics().violationsByCriterion()).containsKey("need.dialysis");
        assertThat(r.summary().totalFit()).isGreaterThanOrEqualTo(r.baseline().metrics().totalFit());
        List<String> dialysisElsewhere = new ArrayList<>();
        r.assignments().stream().filter(a -> a.pledgeId() != null && !a.pledgeId().equals("koeln"))
                .filter(a -> Integer.parseInt(a.householdId().substring(1)) % 3 == 0)
                .forEach(a -> dialysisElsewhere.add(a.householdId()));
        assertThat(dialysisElsewhere).isEmpty();
    }

    @Test
    void one_household_per_dwelling_large_enough_and_step_free_where_needed() {
        MatchResponse r = service().match(parse("""
                {"asOf": "2026-12-06",
                 "pledges": [{"id": "p", "places": 20, "services": [],
                   "dwellings": [{"id": "small", "maxPersons": 2, "stepFree": false},
                                 {"id": "big", "maxPersons": 5, "stepFree": false},
                                 {"id": "ramp", "maxPersons": 3, "stepFree": true}]}],
                 "households": [{"id": "pair", "size": 2, "needs": []}, {"id": "four", "size": 4, "needs": []},
                                {"id": "wheelchair", "size": 3, "needs": ["STEP_FREE"]},
                                {"id": "single", "size": 1, "needs": []}],
                 "options": {"timeLimitSeconds": 1}}"""), "de");
        Map<String, String> dwelling = new java.util.HashMap<>();
        r.assignments().forEach(a -> dwelling.put(a.householdId(), a.dwellingId()));
        assertThat(dwelling.get("wheelchair")).isEqualTo("ramp");
        assertThat(dwelling.get("four")).isEqualTo("big");
        assertThat(r.assignments().stream().filter(a -> a.pledgeId() != null)).hasSize(3);
        assertThat(r.assignments().stream().map(MatchResponse.Assignment::dwellingId)
                .filter(java.util.Objects::nonNull).distinct()).hasSize(3);
        assertThat(r.pledges().get(0).dwellingsUnused()).isEmpty();
    }

    @Test
    void locked_and_forbidden_pairs_hold_and_a_locked_knock_out_is_refused() {
        String pledges = "\"pledges\":[{\"id\":\"a\",\"places\":10,\"services\":[\"DIALYSIS\"]},"
                + "{\"id\":\"b\",\"places\":10,\"services\":[],\"sponsorGroup\":{\"members\":5}}]";
        MatchResponse r = service().match(parse("{\"asOf\":\"2026-12-06\"," + pledges
                + ",\"households\":[{\"id\":\"x\",\"size\":2,\"needs\":[]},{\"id\":\"y\",\"size\":2,\"needs\":[]}],"
                + "\"options\":{\"locked\":[[\"x\",\"a\"]],\"forbidden\":[[\"y\",\"b\"]],\"timeLimitSeconds\":1}}"), "de");
        assertThat(r.assignments().get(0).pledgeId()).isEqualTo("a");
        assertThat(r.assignments().get(0).locked()).isTrue();
        assertThat(r.assignments().get(1).pledgeId()).isNotEqualTo("b");
        assertThatThrownBy(() -> service().match(parse("{\"asOf\":\"2026-12-06\"," + pledges
                + ",\"households\":[{\"id\":\"x\",\"size\":2,\"needs\":[\"DIALYSIS\"]}],"
                + "\"options\":{\"locked\":[[\"x\",\"b\"]]}}"), "de"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors()).anySatisfy(f -> {
                        assertThat(f.field()).isEqualTo("options.locked[0]");
                        assertThat(f.message()).contains("need.dialysis");
                    });
                });
    }

    @Test
    void bad_input_names_every_field_at_once() {
        assertThatThrownBy(() -> parse("""
                {"pledges": [{"id": "p", "places": 0}, {"id": "p", "places": 3, "dwellings": [{"id": "d", "maxPersons": 2}, {"id": "d", "maxPersons": 2}]}],
                 "households": [{"id": "h", "size": 0}, {"id": "h", "size": 2, "minors": [1, 2, 3]}],
                 "options": {"locked": [["h", "nope"]], "forbidden": [["ghost", "p"]]}}"""))
                .isInstanceOf(InvalidRequestException.class);
        try {
            parse("""
                {"pledges": [{"id": "p", "places": 0}], "households": [{"id": "h", "size": 0}]}""");
        } catch (InvalidRequestException e) {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                    .contains("pledges[0].places", "households[0].size");
        }
        try {
            parse("""
                {"pledges": [{"id": "p", "places": 3}, {"id": "p", "places": 3, "dwellings": [{"id": "d", "maxPersons": 2}, {"id": "d", "maxPersons": 2}]}],
                 "households": [{"id": "h", "size": 1}, {"id": "h", "size": 2, "minors": [1, 2, 3]}],
                 "options": {"locked": [["h", "nope"]], "forbidden": [["ghost", "p"]]}}""");
        } catch (InvalidRequestException e) {
            assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                    .contains("pledges[1].id", "pledges[1].dwellings[1].id", "households[1].id",
                            "households[1].minors", "options.locked[0][1]", "options.forbidden[0][0]");
        }
    }
}
