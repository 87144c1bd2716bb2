package de.aufnahmelotse.cases;

/** What a reported change is about; changes are listed in this order. */
public enum ChangeKind {
    /** A program's status differs between the stored evaluation and the new one (or it appeared). */
    PROGRAM_STATUS,
    /** A program's availability on the date differs (a call opened or closed, a program was suspended). */
    AVAILABILITY,
    /** A checklist step the new evaluation adds. */
    STEP_ADDED,
    /** A checklist step the new evaluation no longer has (its state is kept). */
    STEP_REMOVED,
    /** A step's deadline text changed. */
    DEADLINE_CHANGED,
    /** A step that is not done has a due date before the as-of date. */
    STEP_OVERDUE,
    /** A step that is not done is due within the horizon. */
    STEP_DUE_SOON,
    /** A program period begins within the horizon (a call opens). */
    PERIOD_BEGINS,
    /** A program period or the program itself ends within the horizon (a call about to close). */
    PERIOD_ENDS
}
