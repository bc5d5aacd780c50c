package org.probatio.workforce;

/** A member of staff was added, or their record changed: their grade, team, hours or dates may differ. */
public record StaffChanged(String staffCode) {}
