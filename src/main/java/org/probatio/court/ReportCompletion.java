package org.probatio.court;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.people.FieldError;

/**
 * Whether a report may be completed and, if not, everything still missing, each in words the author
 * can act on. A report needs every section its type requires, an outcome (or the reason there is
 * none) for each partner check, and a RoSH screening for its risk and needs section to rest on.
 */
public sealed interface ReportCompletion {

  record Ready() implements ReportCompletion {}

  record Blocked(List<FieldError> missing) implements ReportCompletion {}

  static ReportCompletion decide(ReportType type, ReportSections sections, Map<CheckKind, @Nullable CheckOutcome> checks,
      boolean roshScreened) {
    List<FieldError> missing = new ArrayList<>();
    for (ReportSection section : ReportSection.values()) {
      if (section.requiredFor(type) && !sections.written(section)) {
        missing.add(new FieldError(section.field(), "Write the ‘" + section.label() + "’ section"));
      }
    }
    for (CheckKind kind : CheckKind.values()) {
      if (checks.get(kind) == null) {
        missing.add(new FieldError(kind.field(), "Record the outcome of the " + kind.label().toLowerCase()
            + ", or why it could not be obtained"));
      }
    }
    if (!roshScreened) {
      missing.add(new FieldError("roshScreening",
          "Record a RoSH screening for this person: the risk and needs section rests on it"));
    }
    return missing.isEmpty() ? new Ready() : new Blocked(List.copyOf(missing));
  }

  default boolean ready() {
    return this instanceof Ready;
  }

  default List<FieldError> missing() {
    return this instanceof Blocked blocked ? blocked.missing() : List.of();
  }
}
