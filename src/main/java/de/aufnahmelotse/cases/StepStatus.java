package de.aufnahmelotse.cases;

/** Where a checklist step stands in a case. */
public enum StepStatus { OPEN, IN_PROGRESS, DONE, NOT_APPLICABLE }
