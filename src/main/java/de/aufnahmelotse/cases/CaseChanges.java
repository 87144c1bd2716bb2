package de.aufnahmelotse.cases;

import com.fasterxml.jackson.databind.JsonNode;
import de.aufnahmelotse.cases.CaseService.StepKey;
import de.aufnahmelotse.cases.CaseStore.StepRow;
import de.aufnahmelotse.cases.CaseViews.Change;
import de.aufnahmelotse.catalog.Catalog;
import de.aufnahmelotse.catalog.Period;
import de.aufnahmelotse.catalog.ProgramEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed for a case between its stored evaluation and a new one on a date: program statuses and availability,
 * steps added or removed, step deadlines, due dates that passed or come within the horizon, and catalog periods of
 * the case's programs that begin or end within the horizon. Each with a reason in the case's language. The reasons
 * are the rules' own texts (criterion explanations, questions, availability notes) where there are any.
 */
final class CaseChanges {
    private static final Comparator<Change> ORDER = Comparator.comparing((Change c) -> ChangeKind.valueOf(c.kind()))
            .thenComparing(Change::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Change::programId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Change::stepId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private CaseChanges() {
    }

    /**
     * {@code stored}: the stored advice; {@code fresh}: the new one with every program ({@code include=all}), so a
     * program that no longer applies still has its reason.
     */
    static List<Change> between(JsonNode stored, JsonNode fresh, List<StepRow> steps, Catalog catalog, LocalDate date,
                                int horizonDays, String language) {
        boolean de = !"en".equals(language);
        Map<String, JsonNode> before = programs(stored);
        Map<String, JsonNode> after = programs(fresh);
        TreeSet<String> relevant = new TreeSet<>(before.keySet());
        after.forEach((id, p) -> {
            if (!"NOT_ELIGIBLE".equals(p.path("status").asText())) {
                relevant.add(id);
            }
        });
        List<Change> changes = new ArrayList<>();
        for (String id : relevant) {
            JsonNode old = before.get(id);
            JsonNode now = after.get(id);
            String oldStatus = old == null ? null : old.path("status").asText();
            String newStatus = now == null ? null : now.path("status").asText();
            if (!Objects.equals(oldStatus, newStatus)) {
                changes.add(new Change(ChangeKind.PROGRAM_STATUS.name(), id, null, null, oldStatus, newStatus,
                        statusReason(now, de)));
            }
            String oldAvailability = old == null ? null : old.path("availability").path("status").asText(null);
            String newAvailability = now == null ? null : now.path("availability").path("status").asText(null);
            if (old != null && now != null && !Objects.equals(oldAvailability, newAvailability)) {
                changes.add(new Change(ChangeKind.AVAILABILITY.name(), id, null, null, oldAvailability,
                        newAvailability, availabilityReason(now.path("availability"), de)));
            }
        }
        Map<StepKey, JsonNode> oldSteps = CaseService.checklist(stored);
        Map<StepKey, JsonNode> newSteps = CaseService.checklist(fresh);
        Map<StepKey, StepRow> states = new LinkedHashMap<>();
        steps.forEach(s -> states.put(new StepKey(s.programId(), s.stepId()), s));
        for (Map.Entry<StepKey, JsonNode> e : newSteps.entrySet()) {
            JsonNode was = oldSteps.get(e.getKey());
            if (was == null) {
                changes.add(new Change(ChangeKind.STEP_ADDED.name(), e.getKey().programId(), e.getKey().stepId(),
                        null, null, e.getValue().path("title").asText(), (de ? "Neuer Schritt für " : "New step for ")
                        + name(after, e.getKey().programId()) + statusSuffix(after, e.getKey().programId(), de)));
            } else if (!Objects.equals(text(was, "deadline"), text(e.getValue(), "deadline"))) {
                changes.add(new Change(ChangeKind.DEADLINE_CHANGED.name(), e.getKey().programId(),
                        e.getKey().stepId(), null, text(was, "deadline"), text(e.getValue(), "deadline"),
                        e.getValue().path("title").asText()));
            }
        }
        for (Map.Entry<StepKey, JsonNode> e : oldSteps.entrySet()) {
            if (!newSteps.containsKey(e.getKey())) {
                StepRow state = states.get(e.getKey());
                changes.add(new Change(ChangeKind.STEP_REMOVED.name(), e.getKey().programId(), e.getKey().stepId(),
                        null, e.getValue().path("title").asText(), null, (de ? "Nicht mehr in der Checkliste"
                        : "No longer in the checklist") + statusSuffix(after, e.getKey().programId(), de)
                        + (state == null ? "" : (de ? "; Stand des Schritts bleibt erhalten: "
                        : "; the step's state is kept: ") + state.status())));
            }
        }
        LocalDate horizon = date.plusDays(horizonDays);
        for (StepRow s : steps) {
            if (!s.inChecklist() || s.due() == null || s.status().equals(StepStatus.DONE.name())
                    || s.status().equals(StepStatus.NOT_APPLICABLE.name())) {
                continue;
            }
            JsonNode step = newSteps.getOrDefault(new StepKey(s.programId(), s.stepId()),
                    oldSteps.get(new StepKey(s.programId(), s.stepId())));
            String title = step == null ? s.stepId() : step.path("title").asText();
            if (s.due().isBefore(date)) {
                changes.add(new Change(ChangeKind.STEP_OVERDUE.name(), s.programId(), s.stepId(), s.due(), null,
                        s.status(), (de ? "Überfällig seit " : "Overdue since ") + s.due() + ": " + title
                        + responsible(s, de)));
            } else if (!s.due().isAfter(horizon)) {
                changes.add(new Change(ChangeKind.STEP_DUE_SOON.name(), s.programId(), s.stepId(), s.due(), null,
                        s.status(), (de ? "Fällig am " : "Due on ") + s.due() + ": " + title + responsible(s, de)));
            }
        }
        for (String id : relevant) {
            ProgramEntry program = catalog.program(id).orElse(null);
            if (program == null) {
                continue;
            }
            String name = program.name().in(language);
            for (Period p : program.periods()) {
                if (p.from() != null && p.from().isAfter(date) && !p.from().isAfter(horizon)) {
                    changes.add(new Change(ChangeKind.PERIOD_BEGINS.name(), id, null, p.from(), null,
                            p.status().name(), (de ? "Ab " : "From ") + p.from() + ": " + name + " → "
                            + p.status() + note(p, language)));
                }
                if (p.until() != null && !p.until().isBefore(date) && !p.until().isAfter(horizon)) {
                    changes.add(new Change(ChangeKind.PERIOD_ENDS.name(), id, null, p.until(), p.status().name(),
                            null, (de ? "Bis " : "Until ") + p.until() + ": " + name + " (" + p.status() + ")"
                            + note(p, language)));
                }
            }
            if (program.validUntil() != null && !program.validUntil().isBefore(date)
                    && !program.validUntil().isAfter(horizon)
                    && program.periods().stream().noneMatch(p -> program.validUntil().equals(p.until()))) {
                changes.add(new Change(ChangeKind.PERIOD_ENDS.name(), id, null, program.validUntil(), null, null,
                        (de ? "Das Programm gilt bis " : "The programme is valid until ") + program.validUntil()
                        + ": " + name));
            }
        }
        changes.sort(ORDER);
        return changes;
    }

    private static Map<String, JsonNode> programs(JsonNode advice) {
        Map<String, JsonNode> programs = new LinkedHashMap<>();
        for (JsonNode p : advice.path("programs")) {
            programs.put(p.path("id").asText(), p);
        }
        return programs;
    }

    /** Why a program has its new status, in the rules' words. */
    private static String statusReason(JsonNode program, boolean de) {
        if (program == null) {
            return de ? "Das Programm ist nicht mehr im Katalog." : "The programme is no longer in the catalogue.";
        }
        String name = program.path("name").asText();
        List<String> parts = new ArrayList<>();
        JsonNode availability = program.path("availability");
        boolean notMet = false;
        for (JsonNode c : program.path("criteria")) {
            notMet |= "NOT_MET".equals(c.path("status").asText());
        }
        if (!notMet && !List.of("OPEN", "CALL_OPEN").contains(availability.path("status").asText("OPEN"))) {
            parts.add(availabilityReason(availability, de)); // the criteria say it otherwise
        }
        switch (program.path("status").asText()) {
            case "NOT_ELIGIBLE" -> program.path("criteria").forEach(c -> {
                if ("NOT_MET".equals(c.path("status").asText()) && parts.size() < 3) {
                    parts.add(c.path("explanation").asText());
                }
            });
            case "NEEDS_INFO" -> {
                JsonNode missing = program.path("missing");
                parts.add((de ? "Offene Fragen: " : "Open questions: ") + missing.size()
                        + (missing.isEmpty() ? "" : " — " + missing.get(0).path("question").asText()));
            }
            default -> parts.add(de ? "Alle Kriterien erfüllt." : "All criteria met.");
        }
        return name + ": " + String.join(" ", parts.stream().filter(s -> !s.isBlank()).toList());
    }

    private static String availabilityReason(JsonNode a, boolean de) {
        StringBuilder s = new StringBuilder(a.path("status").asText());
        if (a.hasNonNull("from")) {
            s.append(de ? " ab " : " from ").append(a.get("from").asText());
        }
        if (a.hasNonNull("until")) {
            s.append(de ? " bis " : " until ").append(a.get("until").asText());
        }
        if (a.hasNonNull("note")) {
            s.append(": ").append(a.get("note").asText());
        }
        return s.toString();
    }

    private static String name(Map<String, JsonNode> programs, String id) {
        JsonNode p = programs.get(id);
        return p == null ? id : p.path("name").asText(id);
    }

    private static String statusSuffix(Map<String, JsonNode> programs, String id, boolean de) {
        JsonNode p = programs.get(id);
        return p == null ? "" : (de ? " (Status jetzt " : " (status now ") + p.path("status").asText() + ")";
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String responsible(StepRow s, boolean de) {
        return s.responsible() == null ? "" : (de ? " (zuständig: " : " (responsible: ") + s.responsible() + ")";
    }

    private static String note(Period p, String language) {
        String note = p.note() == null ? null : p.note().in(language);
        return note == null || note.isBlank() ? "" : " — " + note;
    }
}
