package org.probatio.workload.web;

import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.probatio.web.FormErrors;
import org.probatio.web.RequestKey;
import org.probatio.workload.PractitionerAllocation;
import org.probatio.workload.PractitionerChoice;
import org.probatio.workload.ReallocationReason;

/**
 * The allocation form as typed: the practitioner, why them, whether the case is sensitive, the oversight
 * note, an override of the grade rules, and for a reallocation the allocation being replaced and the
 * reason. The request key is drawn with the page, so a second click of the button allocates once; the
 * team is the one whose practitioners the page showed.
 */
record PractitionerForm(
    @Nullable String staffCode,
    @Nullable String justification,
    @Nullable String sensitive,
    @Nullable String oversightNote,
    @Nullable String gradeOverrideReason,
    @Nullable Long replacing,
    @Nullable String reallocationReason,
    @Nullable String reallocationDetails,
    @Nullable String copyManager,
    @Nullable String requestKey,
    @Nullable String team) {

  /** The longest key a user may send; longer ones are replaced, and every key is scoped to the user and case. */
  static final int MAX_KEY = 100;

  /** A new form for the case as it is now, with a fresh request key. */
  static PractitionerForm blank(@Nullable PractitionerAllocation current, @Nullable String team) {
    return new PractitionerForm(null, null, null, null, null, current == null ? null : current.id(), null, null, null,
        UUID.randomUUID().toString(), team);
  }

  boolean reallocating() {
    return replacing != null;
  }

  /** Whether the yes-or-no question was answered; the error is on the form otherwise. */
  boolean answered(FormErrors errors) {
    if (!"yes".equals(sensitive) && !"no".equals(sensitive)) {
      errors.add("sensitive", "Select yes if the case is sensitive, or no if it is not");
      return false;
    }
    return true;
  }

  PractitionerChoice choice(String username, long caseId) {
    ReallocationReason reason = Arrays.stream(ReallocationReason.values())
        .filter(r -> r.name().equals(reallocationReason)).findFirst().orElse(null);
    String key = requestKey == null || requestKey.isBlank() || requestKey.length() > MAX_KEY
        ? UUID.randomUUID().toString() : requestKey;
    return new PractitionerChoice(staffCode == null ? "" : staffCode, justification == null ? "" : justification,
        "yes".equals(sensitive), oversightNote, gradeOverrideReason, replacing, reason, reallocationDetails,
        RequestKey.scoped(username, caseId, key), "yes".equals(copyManager));
  }
}
