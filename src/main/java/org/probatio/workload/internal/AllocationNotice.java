package org.probatio.workload.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.web.Dates;

/**
 * The email telling a practitioner a case is theirs: in full, with the person, offence and sentence; or,
 * for a sensitive or limited-access case, cut down to the CRN and a request to sign in, so nothing about
 * the person travels by email.
 */
public record AllocationNotice(String subject, String body) {

  /** What the full notice says about the case. */
  public record CaseDetails(String name, String crn, List<String> offences, @Nullable String sentence,
      @Nullable String tier, String justification) {}

  public static AllocationNotice full(String practitioner, String allocatedBy, LocalDate on, boolean reallocation,
      CaseDetails c, String link) {
    StringBuilder body = new StringBuilder()
        .append("Dear ").append(practitioner).append(",\n\n")
        .append(allocatedBy).append(' ').append(reallocation ? "reallocated" : "allocated").append(" a case to you on ")
        .append(Dates.inWords(on)).append(". You are now the responsible officer.\n\n")
        .append("Name: ").append(c.name()).append('\n')
        .append("CRN: ").append(c.crn()).append('\n');
    if (!c.offences().isEmpty()) {
      body.append("Offence: ").append(String.join("; ", c.offences())).append('\n');
    }
    if (c.sentence() != null) {
      body.append("Sentence: ").append(c.sentence()).append('\n');
    }
    body.append("Tier: ").append(c.tier() == null ? "not calculated yet" : c.tier()).append('\n')
        .append("Why you: ").append(c.justification()).append("\n\n")
        .append("See the case: ").append(link).append('\n');
    return new AllocationNotice(heading(reallocation) + ": " + c.name() + " (" + c.crn() + ")", body.toString());
  }

  public static AllocationNotice cutDown(String practitioner, LocalDate on, boolean reallocation, String crn, String link) {
    String body = "Dear " + practitioner + ",\n\n"
        + "A case was " + (reallocation ? "reallocated" : "allocated") + " to you on " + Dates.inWords(on)
        + ": CRN " + crn + ". You are now the responsible officer.\n\n"
        + "This case is restricted, so its details are not sent by email. Sign in to see the case: " + link + "\n";
    return new AllocationNotice(heading(reallocation) + ": CRN " + crn, body);
  }

  private static String heading(boolean reallocation) {
    return reallocation ? "Case reallocated to you" : "Case allocated to you";
  }
}
