package de.aufnahmelotse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.scenarios.Scenarios;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The case service against a real database — each test once on H2 (file mode) and once on PostgreSQL
 * ({@link TestDatabases}): access, step versions, re-evaluation carrying states over, history, changes, calendar,
 * export, delete and retention.
 */
class CaseServiceTest {
    static final List<String> KINDS = TestDatabases.KINDS;
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** NesT, resettlement and the UNHCR submission are open until 2025-03-31 and suspended from 2025-04-01. */
    static final String REQUEST = """
            { "asOf": "%s",
              "sponsorGroup": { "members": 5, "trainingCompleted": true, "housingSecured": true,
                                "monthlyNetColdRentEur": 480, "rentLimitEur": 520, "rentCommitmentMonths": 24,
                                "mentoringMonths": 12, "requestsNamedPerson": false },
              "households": [
                { "id": "h1", "nationality": "SY", "currentCountry": "TR", "location": "FIRST_ASYLUM_COUNTRY",
                  "unhcrRecognised": true, "resettlementMostAppropriate": true, "medicalNeeds": "NONE",
                  "unhcrCategories": ["MEDICAL_NEEDS", "CHILDREN_AND_ADOLESCENTS_AT_RISK"],
                  "bmiAdmissionDeclared": false, "urgentHumanitarianEmergency": false },
                { "nationality": "SY", "location": "GERMANY", "currentCountry": "DE" } ] }
            """;

    private final List<CaseDatabase> opened = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));

    @AfterEach
    void close() {
        opened.forEach(CaseDatabase::close);
    }

    CaseService service(String kind) throws Exception {
        CaseDatabase db = new CaseDatabase(TestDatabases.fresh(kind));
        opened.add(db);
        AdviceService advice = new AdviceService(new RuleSetHolder(Scenarios.ruleSet()), clock);
        return new CaseService(db, advice, MAPPER, clock, 24);
    }

    static CaseRequests requests() {
        return new CaseRequests(new AdviceRequestParser(MAPPER), MAPPER);
    }

    static CaseRequests.NewCase newCase(String label, String asOf) throws Exception {
        ObjectNode body = MAPPER.createObjectNode().put("label", label);
        body.set("request", MAPPER.readTree(REQUEST.formatted(asOf)));
        return requests().newCase(body, "de");
    }

    static CaseRequests.StepUpdate update(CaseViews.Step s, String json) throws Exception {
        ObjectNode body = (ObjectNode) MAPPER.readTree(json);
        body.put("programId", s.programId()).put("stepId", s.stepId());
        if (!body.has("version")) {
            body.put("version", s.version());
        }
        return requests().stepUpdate(body, "de");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void a_case_is_reachable_only_with_its_key_and_a_miss_looks_like_a_wrong_key(String kind) throws Exception {
        CaseService cases = service(kind);
        CaseViews.Created created = cases.create(newCase("Golzow 2025", "2025-03-01"), "de");
        assertThat(created.accessKey()).hasSize(43); // 256 bits, base64url
        assertThat(created.id()).matches("[0-9a-f-]{36}");
        CaseViews.Case c = cases.get(created.id(), new Access.Key(created.accessKey()));
        assertThat(c.label()).isEqualTo("Golzow 2025");
        assertThat(c.evaluation().asOf()).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(c.evaluation().adviceTree().path("programs")).isNotEmpty();
        assertThat(c.steps()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.status()).isEqualTo("OPEN");
            assertThat(s.version()).isZero();
            assertThat(s.title()).isNotBlank();
        });
        java.util.Set<String> keys = new java.util.HashSet<>();
        c.evaluation().adviceTree().path("checklist").forEach(s -> keys.add(s.path("programId").asText() + "/"
                + s.path("id").asText()));
        assertThat(c.steps()).hasSize(keys.size()); // one state per key, even where a step repeats per household
        assertThat(c.deleteAfter()).isEqualTo(LocalDate.parse("2027-03-01"));
        CaseViews.Created other = cases.create(newCase("other", "2025-03-01"), "de");
        for (Access wrong : List.of(Access.none(), new Access.Key(""), new Access.Key(other.accessKey()),
                new Access.Key(created.accessKey() + "x"))) {
            assertThatThrownBy(() -> cases.get(created.id(), wrong)).isInstanceOf(CaseNotFoundException.class)
                    .hasMessage("case not found");
        }
        assertThatThrownBy(() -> cases.get("00000000-0000-4000-8000-000000000000",
                new Access.Key(created.accessKey()))).isInstanceOf(CaseNotFoundException.class)
                .hasMessage("case not found");
        assertThatThrownBy(() -> cases.get("'; DROP TABLE cases; --", new Access.Key(created.accessKey())))
                .isInstanceOf(CaseNotFoundException.class);
        // the key itself is stored nowhere: only its hash
        String exported = MAPPER.writeValueAsString(cases.export(created.id(), new Access.Key(created.accessKey())));
        assertThat(exported).doesNotContain(created.accessKey()).doesNotContain(AccessKeys.hash(created.accessKey()));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void a_stale_step_version_is_refused_and_every_change_is_in_the_history(String kind) throws Exception {
        CaseService cases = service(kind);
        CaseViews.Created created = cases.create(newCase("Steps", "2025-03-01"), "de");
        Access key = new Access.Key(created.accessKey());
        CaseViews.Step first = created.caseView().steps().get(0);
        CaseViews.Step updated = cases.updateStep(created.id(), key, update(first,
                "{\"status\":\"IN_PROGRESS\",\"due\":\"2025-03-20\",\"responsible\":\"Ordnungsamt, Frau K.\","
                        + "\"note\":\"Antrag angefordert\"}"), "de");
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.status()).isEqualTo("IN_PROGRESS");
        assertThat(updated.due()).isEqualTo(LocalDate.parse("2025-03-20"));
        assertThatThrownBy(() -> cases.updateStep(created.id(), key, update(first, "{\"status\":\"DONE\"}"), "de"))
                .isInstanceOf(StaleVersionException.class).hasMessageContaining("current 1");
        // absent fields stay, explicit null clears
        CaseViews.Step cleared = cases.updateStep(created.id(), key, update(updated, "{\"due\":null}"), "de");
        assertThat(cleared.due()).isNull();
        assertThat(cleared.note()).isEqualTo("Antrag angefordert");
        assertThat(cleared.status()).isEqualTo("IN_PROGRESS");
        // not a step of this case
        assertThatThrownBy(() -> cases.updateStep(created.id(), key, requests().stepUpdate(MAPPER.readTree(
                "{\"programId\":\"DE-NEST\",\"stepId\":\"no-such-step\",\"version\":0}"), "de"), "de"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors().get(0).field()).isEqualTo("stepId"));
        CaseViews.Export export = cases.export(created.id(), key);
        String prefix = "step." + first.programId() + "/" + first.stepId() + ".";
        assertThat(export.history()).extracting(CaseViews.HistoryEntry::what).containsExactly("case", "evaluation",
                prefix + "status", prefix + "due", prefix + "responsible", prefix + "note", prefix + "due");
        assertThat(export.history()).anySatisfy(h -> {
            assertThat(h.what()).isEqualTo(prefix + "status");
            assertThat(h.oldValue()).isEqualTo("OPEN");
            assertThat(h.newValue()).isEqualTo("IN_PROGRESS");
        });
        assertThat(export.revision()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void concurrent_updates_of_one_step_never_lose_one(String kind) throws Exception {
        CaseService cases = service(kind);
        CaseViews.Created created = cases.create(newCase("Race", "2025-03-01"), "de");
        Access key = new Access.Key(created.accessKey());
        CaseViews.Step step = created.caseView().steps().get(0);
        int threads = 8;
        int incrementsEach = 15;
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < incrementsEach; ) {
                    CaseViews.Step now = cases.get(created.id(), key).steps().stream()
                            .filter(s -> s.stepId().equals(step.stepId()) && s.programId().equals(step.programId()))
                            .findFirst().orElseThrow();
                    int counter = now.note() == null ? 0 : Integer.parseInt(now.note());
                    try {
                        cases.updateStep(created.id(), key, update(now, "{\"note\":\"" + (counter + 1) + "\"}"), "de");
                        i++;
                    } catch (StaleVersionException e) {
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        CaseViews.Step last = cases.get(created.id(), key).steps().stream()
                .filter(s -> s.stepId().equals(step.stepId()) && s.programId().equals(step.programId()))
                .findFirst().orElseThrow();
        assertThat(last.note()).isEqualTo(Integer.toString(threads * incrementsEach));
        assertThat(last.version()).isEqualTo(threads * incrementsEach);
        assertThat(conflicts.get()).as("the race was real").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void a_changed_request_is_evaluated_anew_and_step_states_carry_over_by_key(String kind) throws Exception {
        CaseService cases = service(kind);
        CaseViews.Created created = cases.create(newCase("Carry over", "2025-03-01"), "de");
        Access key = new Access.Key(created.accessKey());
        CaseViews.Step nestStep = created.caseView().steps().stream().filter(s -> s.programId().equals("DE-NEST"))
                .findFirst().orElseThrow();
        cases.updateStep(created.id(), key, update(nestStep, "{\"status\":\"DONE\",\"note\":\"erledigt\"}"), "de");
        // same profile a month later: NesT is suspended, its steps leave the checklist
        CaseViews.Case later = cases.replaceRequest(created.id(), key, requests().request(MAPPER.readTree(
                REQUEST.formatted("2025-04-01")), "de"), "de");
        assertThat(later.evaluation().seq()).isEqualTo(2);
        assertThat(later.evaluation().asOf()).isEqualTo(LocalDate.parse("2025-04-01"));
        assertThat(later.steps()).noneMatch(s -> s.programId().equals("DE-NEST"));
        // and back: the step returns with its state
        CaseViews.Case back = cases.replaceRequest(created.id(), key, requests().request(MAPPER.readTree(
                REQUEST.formatted("2025-03-01")), "de"), "de");
        CaseViews.Step again = back.steps().stream().filter(s -> s.programId().equals(nestStep.programId())
                && s.stepId().equals(nestStep.stepId())).findFirst().orElseThrow();
        assertThat(again.status()).isEqualTo("DONE");
        assertThat(again.note()).isEqualTo("erledigt");
        assertThat(again.version()).isEqualTo(1);
        CaseViews.Export export = cases.export(created.id(), key);
        assertThat(export.evaluations()).hasSize(3);
        assertThat(export.history()).anySatisfy(h -> {
            assertThat(h.what()).isEqualTo("request.asOf");
            assertThat(h.oldValue()).isEqualTo("2025-03-01");
            assertThat(h.newValue()).isEqualTo("2025-04-01");
        });
        assertThat(export.history()).anySatisfy(h -> {
            assertThat(h.what()).isEqualTo("program.DE-NEST.status");
            assertThat(h.oldValue()).isEqualTo("ELIGIBLE");
            assertThat(h.newValue()).isEqualTo("NOT_ELIGIBLE"); // suspended from 2025-04-01
        });
        assertThat(export.history()).anySatisfy(h -> assertThat(h.newValue()).isEqualTo("no longer in the checklist"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void changes_name_status_changes_removed_steps_due_dates_and_periods_about_to_end_with_reasons(String kind)
            throws Exception {
        CaseService cases = service(kind);
        CaseViews.Created created = cases.create(newCase("Changes", "2025-03-01"), "de");
        Access key = new Access.Key(created.accessKey());
        CaseViews.Step nestStep = created.caseView().steps().stream().filter(s -> s.programId().equals("DE-NEST"))
                .findFirst().orElseThrow();
        CaseViews.Step other = created.caseView().steps().stream().filter(s -> !s.programId().equals("DE-NEST"))
                .findFirst().orElseThrow();
        cases.updateStep(created.id(), key, update(other, "{\"due\":\"2025-04-20\",\"responsible\":\"Sozialamt\"}"),
                "de");
        // the same day: nothing changed in the rules, but NesT's period ends within 60 days
        CaseViews.Changes same = cases.changes(created.id(), key, LocalDate.parse("2025-03-01"));
        assertThat(same.changes()).noneMatch(c -> c.kind().equals("PROGRAM_STATUS"));
        assertThat(same.changes()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("PERIOD_ENDS");
            assertThat(c.programId()).isEqualTo("DE-NEST");
            assertThat(c.date()).isEqualTo(LocalDate.parse("2025-03-31"));
            assertThat(c.reason()).contains("2025-03-31");
        });
        assertThat(same.changes()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("STEP_DUE_SOON");
            assertThat(c.stepId()).isEqualTo(other.stepId());
            assertThat(c.reason()).contains("Fällig am 2025-04-20").contains("Sozialamt");
        });
        // on 2025-04-01 the programme is suspended: status change with the availability as reason, steps removed
        CaseViews.Changes april = cases.changes(created.id(), key, LocalDate.parse("2025-04-01"));
        assertThat(april.storedAsOf()).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(april.asOf()).isEqualTo(LocalDate.parse("2025-04-01"));
        assertThat(april.horizonDays()).isEqualTo(60);
        assertThat(april.changes()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("PROGRAM_STATUS");
            assertThat(c.programId()).isEqualTo("DE-NEST");
            assertThat(c.newValue()).isEqualTo("NOT_ELIGIBLE");
            assertThat(c.reason()).contains("ausgesetzt");
        });
        assertThat(april.changes()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("AVAILABILITY");
            assertThat(c.programId()).isEqualTo("DE-NEST");
            assertThat(c.oldValue()).isEqualTo("OPEN");
            assertThat(c.newValue()).isEqualTo("SUSPENDED");
        });
        assertThat(april.changes()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("STEP_REMOVED");
            assertThat(c.stepId()).isEqualTo(nestStep.stepId());
        });
        assertThat(april.changes()).allSatisfy(c -> assertThat(c.reason()).isNotBlank());
        // after the due date it is overdue; nothing was stored by asking
        CaseViews.Changes may = cases.changes(created.id(), key, LocalDate.parse("2025-05-01"));
        assertThat(may.changes()).anySatisfy(c -> assertThat(c.kind()).isEqualTo("STEP_OVERDUE"));
        assertThat(cases.export(created.id(), key).evaluations()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void the_calendar_has_due_dates_and_period_ends_as_all_day_events(String kind) throws Exception {
        CaseService cases = service(kind);
        CaseViews.Created created = cases.create(newCase("Kalender; mit, Sonderzeichen", "2025-03-01"), "de");
        Access key = new Access.Key(created.accessKey());
        CaseViews.Step step = created.caseView().steps().get(0);
        cases.updateStep(created.id(), key, update(step, "{\"due\":\"2025-04-20\",\"note\":\"Zeile 1\\nZeile 2\"}"),
                "de");
        String ics = cases.calendar(created.id(), key);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20250420");
        assertThat(ics).contains("UID:step-" + created.id() + "-" + step.programId() + "-" + step.stepId());
        assertThat(ics).contains("DTSTART;VALUE=DATE:20250331"); // NesT's period ends
        assertThat(ics.replace("\r\n ", "")).contains("Kalender\\; mit\\, Sonderzeichen").contains("Zeile 1\\nZeile 2");
        // parses back
        net.fortuna.ical4j.model.Calendar parsed = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics));
        assertThat(parsed.getComponents("VEVENT")).hasSizeGreaterThan(1);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void delete_removes_the_case_with_its_history_and_retention_purges_cases_unchanged_for_too_long(String kind)
            throws Exception {
        CaseService cases = service(kind);
        CaseViews.Created gone = cases.create(newCase("to delete", "2025-03-01"), "de");
        CaseViews.Created old = cases.create(newCase("old", "2025-03-01"), "de");
        clock.advance(Duration.ofDays(400));
        CaseViews.Created recent = cases.create(newCase("recent", "2025-03-01"), "de");
        CaseViews.Stats before = cases.stats();
        assertThat(before.cases()).isEqualTo(3);
        assertThat(before.historyEntries()).isPositive();
        cases.delete(gone.id(), new Access.Key(gone.accessKey()));
        assertThatThrownBy(() -> cases.get(gone.id(), new Access.Key(gone.accessKey())))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.delete(gone.id(), new Access.Key(gone.accessKey())))
                .isInstanceOf(CaseNotFoundException.class);
        CaseViews.Stats after = cases.stats();
        assertThat(after.cases()).isEqualTo(2);
        assertThat(after.evaluations()).isEqualTo(2);
        assertThat(after.historyEntries()).isEqualTo(before.historyEntries() * 2 / 3);
        assertThat(cases.purgeExpired()).isZero();
        clock.advance(Duration.ofDays(365 * 2 - 400 + 10)); // "old" is 24 months + 10 days unchanged
        assertThat(cases.stats().expiringWithin30Days()).isEqualTo(1);
        assertThat(cases.purgeExpired()).isEqualTo(1);
        assertThatThrownBy(() -> cases.get(old.id(), new Access.Key(old.accessKey())))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(cases.get(recent.id(), new Access.Key(recent.accessKey())).label()).isEqualTo("recent");
        assertThat(cases.stats().cases()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KINDS")
    void households_in_a_case_carry_no_names(String kind) throws Exception {
        service(kind); // the same rules on either database: validation happens before storage
        for (String household : List.of("{\"name\":\"Familie Haddad\"}", "{\"id\":\"Haddad\"}",
                "{\"firstName\":\"Amal\",\"size\":3}")) {
            ObjectNode body = MAPPER.createObjectNode().put("label", "x");
            body.set("request", MAPPER.readTree("{\"households\":[" + household + "]}"));
            assertThatThrownBy(() -> requests().newCase(body, "de")).isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                            .extracting(InvalidRequestException.FieldError::field)
                            .anyMatch(f -> f.startsWith("request.households[0].")));
        }
        ObjectNode ok = MAPPER.createObjectNode().put("label", "x");
        ok.set("request", MAPPER.readTree("{\"households\":[{\"id\":\"h1\",\"size\":3},{\"size\":2}]}"));
        assertThat(requests().newCase(ok, "de").request().households()).hasSize(2);
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static JsonNode json(String s) throws Exception {
        return MAPPER.readTree(s);
    }
}
