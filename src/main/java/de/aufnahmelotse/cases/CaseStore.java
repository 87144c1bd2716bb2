package de.aufnahmelotse.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The SQL of cases, one method per statement; callers own the handle and the transaction. Standard SQL only. */
final class CaseStore {
    private CaseStore() {
    }

    /** A row of {@code cases}. */
    record CaseRow(String id, String keyHash, String label, String language, String requestJson,
                   OffsetDateTime createdAt, OffsetDateTime changedAt, int revision) {
    }

    /** A row of {@code case_evaluations}. */
    record EvaluationRow(int seq, OffsetDateTime evaluatedAt, LocalDate asOf, String rulesetVersion,
                         String adviceJson) {
    }

    /** A row of {@code case_steps}. */
    record StepRow(String programId, String stepId, boolean inChecklist, int position, String title, String phase,
                   String status, LocalDate due, String responsible, String note, int version,
                   OffsetDateTime changedAt) {
        String key() {
            return programId + "/" + stepId;
        }
    }

    /** A row of {@code case_history}. */
    record HistoryRow(OffsetDateTime at, String field, String oldValue, String newValue) {
    }

    private static final String CASE_COLUMNS =
            "id, key_hash, label, language, request_json, created_at, changed_at, revision";

    static void insertCase(Handle h, CaseRow c) {
        h.createUpdate("INSERT INTO cases (" + CASE_COLUMNS + ") VALUES (:id, :keyHash, :label, :language, "
                        + ":requestJson, :createdAt, :changedAt, :revision)")
                .bind("id", c.id()).bind("keyHash", c.keyHash()).bind("label", c.label())
                .bind("language", c.language()).bind("requestJson", c.requestJson())
                .bind("createdAt", c.createdAt()).bind("changedAt", c.changedAt()).bind("revision", c.revision())
                .execute();
    }

    static Optional<CaseRow> findCase(Handle h, String id, boolean forUpdate) {
        return h.createQuery("SELECT " + CASE_COLUMNS + " FROM cases WHERE id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .bind("id", id).map((rs, ctx) -> caseRow(rs)).findOne();
    }

    private static CaseRow caseRow(ResultSet rs) throws SQLException {
        return new CaseRow(rs.getString("id"), rs.getString("key_hash"), rs.getString("label"),
                rs.getString("language"), rs.getString("request_json"), time(rs, "created_at"),
                time(rs, "changed_at"), rs.getInt("revision"));
    }

    static void updateCase(Handle h, String id, String requestJson, String language, OffsetDateTime changedAt,
                           int revision) {
        h.createUpdate("UPDATE cases SET request_json = :requestJson, language = :language, changed_at = :changedAt, "
                        + "revision = :revision WHERE id = :id")
                .bind("id", id).bind("requestJson", requestJson).bind("language", language)
                .bind("changedAt", changedAt).bind("revision", revision).execute();
    }

    static void touchCase(Handle h, String id, OffsetDateTime changedAt, int revision) {
        h.createUpdate("UPDATE cases SET changed_at = :changedAt, revision = :revision WHERE id = :id")
                .bind("id", id).bind("changedAt", changedAt).bind("revision", revision).execute();
    }

    static void insertEvaluation(Handle h, String caseId, EvaluationRow e) {
        h.createUpdate("INSERT INTO case_evaluations (case_id, seq, evaluated_at, as_of, ruleset_version, advice_json) "
                        + "VALUES (:caseId, :seq, :evaluatedAt, :asOf, :rulesetVersion, :adviceJson)")
                .bind("caseId", caseId).bind("seq", e.seq()).bind("evaluatedAt", e.evaluatedAt())
                .bind("asOf", e.asOf()).bind("rulesetVersion", e.rulesetVersion()).bind("adviceJson", e.adviceJson())
                .execute();
    }

    static Optional<EvaluationRow> latestEvaluation(Handle h, String caseId) {
        return h.createQuery("SELECT seq, evaluated_at, as_of, ruleset_version, advice_json FROM case_evaluations "
                        + "WHERE case_id = :caseId ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .bind("caseId", caseId).map((rs, ctx) -> evaluationRow(rs)).findOne();
    }

    static List<EvaluationRow> evaluations(Handle h, String caseId) {
        return h.createQuery("SELECT seq, evaluated_at, as_of, ruleset_version, advice_json FROM case_evaluations "
                        + "WHERE case_id = :caseId ORDER BY seq")
                .bind("caseId", caseId).map((rs, ctx) -> evaluationRow(rs)).list();
    }

    private static EvaluationRow evaluationRow(ResultSet rs) throws SQLException {
        return new EvaluationRow(rs.getInt("seq"), time(rs, "evaluated_at"), rs.getObject("as_of", LocalDate.class),
                rs.getString("ruleset_version"), rs.getString("advice_json"));
    }

    static List<StepRow> steps(Handle h, String caseId) {
        return h.createQuery("SELECT " + STEP_COLUMNS + " FROM case_steps WHERE case_id = :caseId "
                        + "ORDER BY in_checklist DESC, position, program_id, step_id")
                .bind("caseId", caseId).map((rs, ctx) -> stepRow(rs)).list();
    }

    static Optional<StepRow> step(Handle h, String caseId, String programId, String stepId) {
        return h.createQuery("SELECT " + STEP_COLUMNS + " FROM case_steps WHERE case_id = :caseId "
                        + "AND program_id = :programId AND step_id = :stepId")
                .bind("caseId", caseId).bind("programId", programId).bind("stepId", stepId)
                .map((rs, ctx) -> stepRow(rs)).findOne();
    }

    private static final String STEP_COLUMNS = "program_id, step_id, in_checklist, position, title, phase, status, due, "
            + "responsible, note, step_version, changed_at";

    private static StepRow stepRow(ResultSet rs) throws SQLException {
        return new StepRow(rs.getString("program_id"), rs.getString("step_id"), rs.getBoolean("in_checklist"),
                rs.getInt("position"), rs.getString("title"), rs.getString("phase"), rs.getString("status"), rs.getObject("due", LocalDate.class), rs.getString("responsible"),
                rs.getString("note"), rs.getInt("step_version"), time(rs, "changed_at"));
    }

    static void insertSteps(Handle h, String caseId, List<StepRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO case_steps (case_id, " + STEP_COLUMNS + ") VALUES (:caseId, "
                + ":programId, :stepId, :inChecklist, :position, :title, :phase, :status, :due, :responsible, :note, "
                + ":version, :changedAt)");
        for (StepRow r : rows) {
            batch.bind("caseId", caseId).bind("programId", r.programId()).bind("stepId", r.stepId())
                    .bind("inChecklist", r.inChecklist()).bind("position", r.position())
                    .bind("title", clip(r.title(), 2000)).bind("phase", r.phase())
                    .bind("status", r.status()).bind("due", r.due())
                    .bind("responsible", r.responsible()).bind("note", r.note()).bind("version", r.version())
                    .bind("changedAt", r.changedAt()).add();
        }
        batch.execute();
    }

    /** Puts a step into the checklist at {@code position} with its current title and phase. */
    static void placeStep(Handle h, String caseId, String programId, String stepId, int position, String title,
                          String phase) {
        h.createUpdate("UPDATE case_steps SET in_checklist = TRUE, position = :position, title = :title, phase = :phase "
                        + "WHERE case_id = :caseId AND program_id = :programId AND step_id = :stepId")
                .bind("position", position).bind("title", clip(title, 2000)).bind("phase", phase)
                .bind("caseId", caseId).bind("programId", programId).bind("stepId", stepId).execute();
    }

    /** Takes a step out of the checklist; its state stays. */
    static void removeStep(Handle h, String caseId, String programId, String stepId) {
        h.createUpdate("UPDATE case_steps SET in_checklist = FALSE WHERE case_id = :caseId AND program_id = :programId "
                        + "AND step_id = :stepId")
                .bind("caseId", caseId).bind("programId", programId).bind("stepId", stepId).execute();
    }

    /** Updates a step if its version is still {@code expectedVersion}; false when it is not (someone was first). */
    static boolean updateStep(Handle h, String caseId, StepRow r, int expectedVersion) {
        return h.createUpdate("UPDATE case_steps SET status = :status, due = :due, responsible = :responsible, "
                        + "note = :note, step_version = :version, changed_at = :changedAt WHERE case_id = :caseId "
                        + "AND program_id = :programId AND step_id = :stepId AND step_version = :expected")
                .bind("status", r.status()).bind("due", r.due()).bind("responsible", r.responsible())
                .bind("note", r.note()).bind("version", r.version()).bind("changedAt", r.changedAt())
                .bind("caseId", caseId).bind("programId", r.programId()).bind("stepId", r.stepId())
                .bind("expected", expectedVersion).execute() == 1;
    }

    static void appendHistory(Handle h, String caseId, List<HistoryRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO case_history (case_id, happened_at, field, old_value, "
                + "new_value) VALUES (:caseId, :at, :field, :oldValue, :newValue)");
        for (HistoryRow r : rows) {
            batch.bind("caseId", caseId).bind("at", r.at()).bind("field", clip(r.field(), 300))
                    .bind("oldValue", clip(r.oldValue(), 4000)).bind("newValue", clip(r.newValue(), 4000)).add();
        }
        batch.execute();
    }

    static List<HistoryRow> history(Handle h, String caseId) {
        return h.createQuery("SELECT happened_at, field, old_value, new_value FROM case_history WHERE case_id = :caseId "
                        + "ORDER BY id")
                .bind("caseId", caseId)
                .map((rs, ctx) -> new HistoryRow(time(rs, "happened_at"), rs.getString("field"),
                        rs.getString("old_value"), rs.getString("new_value"))).list();
    }

    /** Deletes a case with everything it holds; false when there was none. */
    static boolean delete(Handle h, String id) {
        for (String table : List.of("case_history", "case_steps", "case_evaluations")) {
            h.createUpdate("DELETE FROM " + table + " WHERE case_id = :id").bind("id", id).execute();
        }
        return h.createUpdate("DELETE FROM cases WHERE id = :id").bind("id", id).execute() == 1;
    }

    /** Ids of cases whose last change is before {@code before}. */
    static List<String> expired(Handle h, OffsetDateTime before, int limit) {
        return h.createQuery("SELECT id FROM cases WHERE changed_at < :before ORDER BY changed_at FETCH FIRST "
                        + limit + " ROWS ONLY")
                .bind("before", before).mapTo(String.class).list();
    }

    static long count(Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    static Optional<OffsetDateTime> oldestChange(Handle h) {
        return h.createQuery("SELECT MIN(changed_at) AS oldest FROM cases")
                .map((rs, ctx) -> time(rs, "oldest")).findOne();
    }

    static long changedBefore(Handle h, OffsetDateTime before) {
        return h.createQuery("SELECT COUNT(*) FROM cases WHERE changed_at < :before").bind("before", before)
                .mapTo(Long.class).one();
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
