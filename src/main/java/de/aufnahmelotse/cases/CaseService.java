package de.aufnahmelotse.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.advice.AdviceRequest;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.cases.CaseStore.CaseRow;
import de.aufnahmelotse.cases.CaseStore.EvaluationRow;
import de.aufnahmelotse.cases.CaseStore.HistoryRow;
import de.aufnahmelotse.cases.CaseStore.StepRow;
import de.aufnahmelotse.cases.CaseViews.Change;
import de.aufnahmelotse.cases.CaseViews.Changes;
import de.aufnahmelotse.cases.CaseViews.Created;
import de.aufnahmelotse.cases.CaseViews.Evaluation;
import de.aufnahmelotse.cases.CaseViews.Export;
import de.aufnahmelotse.cases.CaseViews.HistoryEntry;
import de.aufnahmelotse.cases.CaseViews.Stats;
import de.aufnahmelotse.cases.CaseViews.Step;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Cases (issue 14): a municipality's advice request kept over months, each evaluation's answer, the state of every
 * checklist step, and an append-only history. Evaluation goes through {@link AdviceService}; the rules decide, this
 * class only keeps and compares. Every read and write names the case by id and presents an {@link Access}; a case
 * that does not exist and a wrong or missing key both end in {@link CaseNotFoundException}.
 */
public final class CaseService {
    /** Program periods that begin or end within this many days after the as-of date are reported as changes. */
    public static final int HORIZON_DAYS = 60;
    public static final int DEFAULT_RETENTION_MONTHS = 24;
    static final String EXPORT_FORMAT = "aufnahmelotse-case/1";

    private final CaseDatabase db;
    private final AdviceService advice;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final int retentionMonths;
    private final AccessKeys keys = new AccessKeys();
    private final AdviceRequestParser parser;

    public CaseService(CaseDatabase db, AdviceService advice, ObjectMapper mapper, Clock clock, int retentionMonths) {
        if (retentionMonths < 1) {
            throw new IllegalArgumentException("retention must be at least one month: " + retentionMonths);
        }
        this.db = db;
        this.advice = advice;
        this.mapper = mapper;
        this.clock = clock;
        this.retentionMonths = retentionMonths;
        this.parser = new AdviceRequestParser(mapper);
    }

    public int retentionMonths() {
        return retentionMonths;
    }

    public CaseDatabase database() {
        return db;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    // ------------------------------------------------------------------------------------------------ create/read

    public Created create(CaseRequests.NewCase body, String language) {
        AdviceResponse response = advice.advise(body.request(), new AdviceService.Options(language, false, false));
        JsonNode adviceJson = mapper.valueToTree(response);
        String id = keys.newId();
        String key = keys.newKey();
        OffsetDateTime now = now();
        CaseRow row = new CaseRow(id, AccessKeys.hash(key), body.label(), language, json(body.requestJson()), now,
                now, 1);
        EvaluationRow evaluation = new EvaluationRow(1, now, response.asOf(), response.rulesetVersion(),
                json(adviceJson));
        List<StepRow> steps = new ArrayList<>();
        int position = 0;
        for (Map.Entry<StepKey, JsonNode> e : checklist(adviceJson).entrySet()) {
            steps.add(new StepRow(e.getKey().programId(), e.getKey().stepId(), true, position++, title(e.getValue()),
                    phase(e.getValue()), StepStatus.OPEN.name(), null, null, null, 0, now));
        }
        return db.inTransaction(h -> {
            CaseStore.insertCase(h, row);
            CaseStore.insertEvaluation(h, id, evaluation);
            CaseStore.insertSteps(h, id, steps);
            CaseStore.appendHistory(h, id, List.of(new HistoryRow(now, "case", null, "created"),
                    new HistoryRow(now, "evaluation", null, describe(evaluation))));
            return new Created(id, key, view(row, evaluation, steps));
        });
    }

    public CaseViews.Case get(String id, Access access) {
        return db.withHandle(h -> {
            CaseRow row = open(h, id, access, false);
            EvaluationRow evaluation = CaseStore.latestEvaluation(h, id).orElseThrow();
            return view(row, evaluation, CaseStore.steps(h, id));
        });
    }

    /** The case row if {@code access} opens it, else {@link CaseNotFoundException}; locks the row when asked. */
    private static CaseRow open(Handle h, String id, Access access, boolean forUpdate) {
        Optional<CaseRow> row = plausibleId(id) ? CaseStore.findCase(h, id, forUpdate) : Optional.empty();
        if (!AccessKeys.permits(access, row.map(CaseRow::keyHash).orElse(null))) {
            throw new CaseNotFoundException();
        }
        return row.get();
    }

    private static boolean plausibleId(String id) {
        return id != null && id.length() == 36 && id.matches("[0-9a-f-]{36}");
    }

    // ---------------------------------------------------------------------------------------------------- update

    /** A changed profile: evaluated anew (outside the transaction), then stored; step states carry over by key. */
    public CaseViews.Case replaceRequest(String id, Access access, CaseRequests.CaseRequest request,
                                         String requestedLanguage) {
        CaseViews.Case current = get(id, access); // 404 before the cost of an evaluation
        String language = requestedLanguage != null ? requestedLanguage : current.language();
        AdviceResponse response = advice.advise(request.request(), new AdviceService.Options(language, false, false));
        JsonNode adviceJson = mapper.valueToTree(response);
        Map<StepKey, JsonNode> checklist = checklist(adviceJson);
        return db.inTransaction(h -> {
            CaseRow row = open(h, id, access, true);
            OffsetDateTime now = now();
            EvaluationRow previous = CaseStore.latestEvaluation(h, id).orElseThrow();
            EvaluationRow evaluation = new EvaluationRow(previous.seq() + 1, now, response.asOf(),
                    response.rulesetVersion(), json(adviceJson));
            CaseStore.insertEvaluation(h, id, evaluation);
            List<HistoryRow> history = new ArrayList<>();
            JsonDiff.diff("request", tree(row.requestJson()), request.json(), (path, before, after) ->
                    history.add(new HistoryRow(now, path, before, after)));
            if (!row.language().equals(language)) {
                history.add(new HistoryRow(now, "language", row.language(), language));
            }
            history.add(new HistoryRow(now, "evaluation", describe(previous), describe(evaluation)));
            Map<String, String> before = statuses(tree(previous.adviceJson()));
            Map<String, String> after = statuses(adviceJson);
            for (String program : union(before.keySet(), after.keySet())) {
                if (!Objects.equals(before.get(program), after.get(program))) {
                    history.add(new HistoryRow(now, "program." + program + ".status", before.get(program),
                            after.get(program)));
                }
            }
            Map<StepKey, StepRow> stored = new LinkedHashMap<>();
            CaseStore.steps(h, id).forEach(s -> stored.put(new StepKey(s.programId(), s.stepId()), s));
            List<StepRow> added = new ArrayList<>();
            int position = 0;
            for (Map.Entry<StepKey, JsonNode> e : checklist.entrySet()) {
                StepKey k = e.getKey();
                StepRow s = stored.get(k);
                if (s == null) {
                    added.add(new StepRow(k.programId(), k.stepId(), true, position, title(e.getValue()),
                            phase(e.getValue()), StepStatus.OPEN.name(), null, null, null, 0, now));
                    history.add(new HistoryRow(now, "step." + k, null, "added to the checklist"));
                } else {
                    if (!s.inChecklist()) {
                        history.add(new HistoryRow(now, "step." + k, null, "back in the checklist (" + s.status()
                                + ")"));
                    }
                    if (!s.inChecklist() || s.position() != position || !Objects.equals(s.title(), title(e.getValue()))
                            || !Objects.equals(s.phase(), phase(e.getValue()))) {
                        CaseStore.placeStep(h, id, k.programId(), k.stepId(), position, title(e.getValue()),
                                phase(e.getValue()));
                    }
                }
                position++;
            }
            for (Map.Entry<StepKey, StepRow> e : stored.entrySet()) {
                if (e.getValue().inChecklist() && !checklist.containsKey(e.getKey())) {
                    CaseStore.removeStep(h, id, e.getKey().programId(), e.getKey().stepId());
                    history.add(new HistoryRow(now, "step." + e.getKey(), "in the checklist (" + e.getValue().status()
                            + ")", "no longer in the checklist"));
                }
            }
            CaseStore.insertSteps(h, id, added);
            CaseStore.updateCase(h, id, json(request.json()), language, now, row.revision() + 1);
            CaseStore.appendHistory(h, id, history);
            CaseRow updated = new CaseRow(id, row.keyHash(), row.label(), language, json(request.json()),
                    row.createdAt(), now, row.revision() + 1);
            return view(updated, evaluation, CaseStore.steps(h, id));
        });
    }

    /** Updates one step if {@code update.version()} is current; a stale version is a {@link StaleVersionException}. */
    public Step updateStep(String id, Access access, CaseRequests.StepUpdate update, String language) {
        boolean de = !"en".equals(language);
        return db.inTransaction(h -> {
            CaseRow row = open(h, id, access, true);
            StepRow current = CaseStore.step(h, id, update.programId(), update.stepId())
                    .filter(StepRow::inChecklist).orElseThrow(() -> new InvalidRequestException(422,
                            de ? "Diesen Schritt hat die Checkliste des Falls nicht." : "The case's checklist has no such step.",
                            List.of(new InvalidRequestException.FieldError("stepId", (de
                                    ? "kein Schritt der Checkliste: " : "not a step of the checklist: ")
                                    + update.programId() + "/" + update.stepId()))));
            if (current.version() != update.version()) {
                throw new StaleVersionException(update.version(), current.version());
            }
            OffsetDateTime now = now();
            StepRow next = new StepRow(current.programId(), current.stepId(), true, current.position(),
                    current.title(), current.phase(), update.status() != null ? update.status().name() : current.status(),
                    update.dueGiven() ? update.due() : current.due(),
                    update.responsibleGiven() ? update.responsible() : current.responsible(),
                    update.noteGiven() ? update.note() : current.note(), current.version() + 1, now);
            List<HistoryRow> history = new ArrayList<>();
            String prefix = "step." + new StepKey(current.programId(), current.stepId()) + ".";
            compare(history, now, prefix + "status", current.status(), next.status());
            compare(history, now, prefix + "due", str(current.due()), str(next.due()));
            compare(history, now, prefix + "responsible", current.responsible(), next.responsible());
            compare(history, now, prefix + "note", current.note(), next.note());
            if (!CaseStore.updateStep(h, id, next, current.version())) {
                throw new StaleVersionException(update.version(), current.version() + 1);
            }
            CaseStore.appendHistory(h, id, history);
            CaseStore.touchCase(h, id, now, row.revision() + 1);
            return step(next);
        });
    }

    private static void compare(List<HistoryRow> history, OffsetDateTime now, String field, String before,
                                String after) {
        if (!Objects.equals(before, after)) {
            history.add(new HistoryRow(now, field, before, after));
        }
    }

    public void delete(String id, Access access) {
        db.inTransaction(h -> {
            open(h, id, access, true);
            return CaseStore.delete(h, id);
        });
    }

    // ------------------------------------------------------------------------------------- changes, calendar, export

    /** The stored evaluation against a new one on {@code asOf} (null: today in Europe/Berlin); nothing is stored. */
    public Changes changes(String id, Access access, LocalDate asOf) {
        LocalDate date = asOf != null ? asOf : advice.today();
        Snapshot s = snapshot(id, access);
        AdviceRequest request = parser.parse(tree(s.row().requestJson()), s.row().language());
        AdviceRequest onDate = new AdviceRequest(date, request.municipality(), request.sponsorGroup(),
                request.households(), request.project());
        AdviceResponse fresh = advice.advise(onDate, new AdviceService.Options(s.row().language(), true, false));
        JsonNode now = mapper.valueToTree(fresh);
        List<Change> changes = CaseChanges.between(tree(s.evaluation().adviceJson()), now, s.steps(),
                advice.ruleSet().catalog(), date, HORIZON_DAYS, s.row().language());
        return new Changes(id, s.evaluation().asOf(), s.evaluation().rulesetVersion(), date,
                fresh.rulesetVersion(), HORIZON_DAYS, changes);
    }

    /** Due dates of the checklist and program period boundaries of the case's programs as iCalendar text. */
    public String calendar(String id, Access access) {
        Snapshot s = snapshot(id, access);
        JsonNode adviceJson = tree(s.evaluation().adviceJson());
        return CaseCalendar.render(id, s.row().label(), s.row().language(), adviceJson, checklist(adviceJson),
                s.steps(), advice.ruleSet().catalog(), s.evaluation().asOf(), now());
    }

    public Export export(String id, Access access) {
        return db.withHandle(h -> {
            CaseRow row = open(h, id, access, false);
            List<EvaluationRow> evaluations = CaseStore.evaluations(h, id);
            List<Step> steps = CaseStore.steps(h, id).stream().map(CaseService::step).toList();
            return new Export(EXPORT_FORMAT, now(), id, row.label(), row.language(), row.createdAt(), row.changedAt(),
                    deleteAfter(row.changedAt()), row.revision(), tree(row.requestJson()),
                    evaluations.stream().map(e -> new Evaluation(e.seq(), e.evaluatedAt(), e.asOf(),
                            e.rulesetVersion(), e.adviceJson())).toList(),
                    steps, CaseStore.history(h, id).stream().map(r -> new HistoryEntry(r.at(), r.field(),
                            r.oldValue(), r.newValue())).toList());
        });
    }

    private record Snapshot(CaseRow row, EvaluationRow evaluation, List<StepRow> steps) {
    }

    private Snapshot snapshot(String id, Access access) {
        return db.withHandle(h -> {
            CaseRow row = open(h, id, access, false);
            return new Snapshot(row, CaseStore.latestEvaluation(h, id).orElseThrow(), CaseStore.steps(h, id));
        });
    }

    // ------------------------------------------------------------------------------------------------ retention

    /** Deletes every case whose last change is longer ago than the retention; returns how many. */
    public int purgeExpired() {
        OffsetDateTime before = now().minusMonths(retentionMonths);
        int purged = 0;
        while (true) {
            List<String> ids = db.withHandle(h -> CaseStore.expired(h, before, 500));
            for (String id : ids) {
                if (db.inTransaction(h -> CaseStore.findCase(h, id, true)
                        .filter(r -> r.changedAt().isBefore(before)).map(r -> CaseStore.delete(h, id)).orElse(false))) {
                    purged++;
                }
            }
            if (ids.size() < 500) {
                return purged;
            }
        }
    }

    public Stats stats() {
        OffsetDateTime now = now();
        return db.withHandle(h -> new Stats(CaseStore.count(h, "cases"), CaseStore.count(h, "case_evaluations"),
                CaseStore.count(h, "case_steps"), CaseStore.count(h, "case_history"),
                CaseStore.oldestChange(h).orElse(null),
                CaseStore.changedBefore(h, now.minusMonths(retentionMonths).plusDays(30)), retentionMonths));
    }

    private LocalDate deleteAfter(OffsetDateTime changedAt) {
        return changedAt.plusMonths(retentionMonths).toLocalDate();
    }

    // --------------------------------------------------------------------------------------------------- mapping

    /** A checklist step's key: program id and step id (step ids repeat across programs). */
    record StepKey(String programId, String stepId) {
        @Override
        public String toString() {
            return programId + "/" + stepId;
        }
    }

    /** The checklist of an advice by step key, in the advice's order; the first of duplicate keys wins. */
    static Map<StepKey, JsonNode> checklist(JsonNode adviceJson) {
        Map<StepKey, JsonNode> steps = new LinkedHashMap<>();
        for (JsonNode s : adviceJson.path("checklist")) {
            steps.putIfAbsent(new StepKey(s.path("programId").asText(), s.path("id").asText()), s);
        }
        return steps;
    }

    /** Program id → status of an advice. */
    static Map<String, String> statuses(JsonNode adviceJson) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (JsonNode p : adviceJson.path("programs")) {
            statuses.put(p.path("id").asText(), p.path("status").asText());
        }
        return statuses;
    }

    private static List<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** A case as read: the stored answer as it was stored, the steps of the current checklist in its order. */
    private CaseViews.Case view(CaseRow row, EvaluationRow evaluation, List<StepRow> rows) {
        List<Step> steps = rows.stream().filter(StepRow::inChecklist)
                .sorted(java.util.Comparator.comparingInt(StepRow::position)).map(CaseService::step).toList();
        return new CaseViews.Case(row.id(), row.label(), row.language(), row.createdAt(), row.changedAt(),
                deleteAfter(row.changedAt()), row.revision(), tree(row.requestJson()),
                new Evaluation(evaluation.seq(), evaluation.evaluatedAt(), evaluation.asOf(),
                        evaluation.rulesetVersion(), evaluation.adviceJson()), steps);
    }

    /** Title and phase are null for a step no longer in the checklist: they describe the current checklist. */
    private static Step step(StepRow r) {
        return new Step(r.programId(), r.stepId(), r.inChecklist() ? r.title() : null,
                r.inChecklist() ? r.phase() : null, r.inChecklist(), r.status(), r.due(), r.responsible(), r.note(),
                r.version(), r.changedAt());
    }

    private static String title(JsonNode checklistStep) {
        return checklistStep.path("title").asText(null);
    }

    private static String phase(JsonNode checklistStep) {
        return checklistStep.path("phase").asText(null);
    }

    private static String describe(EvaluationRow e) {
        return "#" + e.seq() + " asOf " + e.asOf() + ", rules " + e.rulesetVersion();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private String json(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
