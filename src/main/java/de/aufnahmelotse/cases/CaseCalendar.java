package de.aufnahmelotse.cases;

import com.fasterxml.jackson.databind.JsonNode;
import de.aufnahmelotse.cases.CaseService.StepKey;
import de.aufnahmelotse.cases.CaseStore.StepRow;
import de.aufnahmelotse.catalog.Catalog;
import de.aufnahmelotse.catalog.Period;
import de.aufnahmelotse.catalog.ProgramEntry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A case as iCalendar (RFC 5545, written by ical4j): one all-day event per due date of a checklist step that is not
 * done, and one per begin or end of a period of the case's programs on or after the evaluation's as-of date. UIDs
 * are stable (case, program, step or period), so a calendar that subscribes updates its events instead of adding
 * new ones.
 */
final class CaseCalendar {
    private CaseCalendar() {
    }

    static String render(String caseId, String label, String language, JsonNode advice,
                         Map<StepKey, JsonNode> checklist, Iterable<StepRow> steps, Catalog catalog, LocalDate asOf,
                         OffsetDateTime now) {
        boolean de = !"en".equals(language);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Aufnahmelotse//Cases//" + (de ? "DE" : "EN")));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        DtStamp stamp = new DtStamp(now.toInstant());
        for (StepRow s : steps) {
            if (!s.inChecklist() || s.due() == null || StepStatus.DONE.name().equals(s.status())
                    || StepStatus.NOT_APPLICABLE.name().equals(s.status())) {
                continue;
            }
            JsonNode step = checklist.get(new StepKey(s.programId(), s.stepId()));
            String title = step == null ? s.stepId() : step.path("title").asText(s.stepId());
            VEvent event = new VEvent(s.due(), (de ? "Fällig: " : "Due: ") + title + " — " + label);
            event.replace(stamp);
            event.add(new Uid("step-" + caseId + "-" + s.programId() + "-" + s.stepId() + "@aufnahmelotse"));
            StringBuilder text = new StringBuilder(s.programId()).append(" / ").append(s.stepId())
                    .append(de ? "\nStatus: " : "\nStatus: ").append(s.status());
            if (s.responsible() != null) {
                text.append(de ? "\nZuständig: " : "\nResponsible: ").append(s.responsible());
            }
            if (step != null && step.hasNonNull("deadline")) {
                text.append(de ? "\nFrist: " : "\nDeadline: ").append(step.get("deadline").asText());
            }
            if (s.note() != null) {
                text.append(de ? "\nNotiz: " : "\nNote: ").append(s.note());
            }
            event.add(new Description(text.toString()));
            event.add(new Categories(de ? "Schritt" : "Step"));
            calendar.add(event);
        }
        TreeSet<String> programs = new TreeSet<>();
        advice.path("programs").forEach(p -> programs.add(p.path("id").asText()));
        for (String id : programs) {
            ProgramEntry program = catalog.program(id).orElse(null);
            if (program == null) {
                continue;
            }
            String name = program.name().in(language);
            int index = 0;
            for (Period p : program.periods()) {
                index++;
                if (p.from() != null && !p.from().isBefore(asOf)) {
                    calendar.add(periodEvent(caseId, id, index, "begin", p.from(), (de ? "Beginnt: " : "Begins: ")
                            + name + " (" + p.status() + ")", p, language, stamp));
                }
                if (p.until() != null && !p.until().isBefore(asOf)) {
                    calendar.add(periodEvent(caseId, id, index, "end", p.until(), (de ? "Endet: " : "Ends: ")
                            + name + " (" + p.status() + ")", p, language, stamp));
                }
            }
        }
        return calendar.toString();
    }

    private static VEvent periodEvent(String caseId, String programId, int index, String edge, LocalDate date,
                                      String summary, Period p, String language, DtStamp stamp) {
        VEvent event = new VEvent(date, summary);
        event.replace(stamp);
        event.add(new Uid("period-" + caseId + "-" + programId + "-" + index + "-" + edge + "@aufnahmelotse"));
        String note = p.note() == null ? null : p.note().in(language);
        StringBuilder text = new StringBuilder(programId);
        if (note != null && !note.isBlank()) {
            text.append('\n').append(note);
        }
        if (p.source() != null) {
            text.append('\n').append(p.source());
        }
        event.add(new Description(text.toString()));
        event.add(new Categories("de".equals(language) ? "Programm" : "Programme"));
        return event;
    }
}
